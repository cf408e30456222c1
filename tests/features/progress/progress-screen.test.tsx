import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { asScenarioId, scoreAttempt, type AttemptRecord } from '../../../src/engine';
import { ProgressScreen } from '../../../src/features/progress/progress-screen';
import { setupI18n } from '../../../src/i18n/setup-i18n';
import { encodeProgressFile } from '../../../src/stores/progress-file';
import { useSettingsStore } from '../../../src/stores/settings-store';
import { latestAttempt, useProgressStore } from '../../../src/stores/progress-store';
import { scenarioById } from '../../support/scenario-text';

const scenario = scenarioById('hotel-room-214');
const decision = scenario.scenes.find((s) => s.type === 'decide');
const recommended = decision?.type === 'decide' ? decision.options.find((o) => o.quality === 'recommended') : undefined;
const signals = scenario.scenes.flatMap((s) => s.fragments).filter((f) => f.kind === 'signal');

function finishedAttempt(flagged: number): AttemptRecord {
  if (!decision || !recommended || recommended.target === 'end') throw new Error('unexpected vignette shape');
  const beforeDecision = scenario.scenes.slice(0, scenario.scenes.indexOf(decision) + 1).map((s) => s.id);
  return {
    scenarioId: scenario.id,
    contentVersion: scenario.version,
    mode: 'assessment',
    seed: 0,
    rules: 2,
    path: [...beforeDecision, recommended.target],
    flags: signals.slice(0, flagged).map((f) => f.id),
    choices: [{ scene: decision.id, option: recommended.id }],
  };
}

function renderScreen(onErased = vi.fn()) {
  render(
    <I18nextProvider i18n={setupI18n('nl')}>
      <ProgressScreen focusOnMount={false} onErased={onErased} />
    </I18nextProvider>,
  );
  return onErased;
}

const jsonFile = (text: string) => new File([text], 'voortgang.json', { type: 'application/json' });

describe('my progress', () => {
  beforeEach(() => useProgressStore.setState({ inProgress: {}, completed: {}, notice: null }));

  it('says what to do when nothing is finished yet', async () => {
    renderScreen();
    expect(await screen.findByText(/Je hebt nog geen casus afgerond/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kies een casus' })).toHaveAttribute('href', '#/');
  });

  it('shows finished vignettes with recomputed scores, the profile as chart and table, and what to do next', async () => {
    useProgressStore.getState().complete(finishedAttempt(4));
    renderScreen();
    const completed = await screen.findByRole('region', { name: 'Afgeronde casussen' });
    expect(within(completed).getByRole('heading', { name: scenario.text.nl.title })).toBeInTheDocument();
    expect(within(completed).getByText('70% · geslaagd')).toBeInTheDocument();
    expect(within(completed).getByRole('link', { name: 'Terugkijken in het verhaal' })).toHaveAttribute('href', '#/review/hotel-room-214');

    const table = screen.getByRole('table', { name: 'Signalen per categorie' });
    const rows = within(table).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(1);
    const totals = rows.slice(1).reduce((sum, row) => sum + Number(within(row).getAllByRole('cell')[0]?.textContent) + Number(within(row).getAllByRole('cell')[1]?.textContent), 0);
    expect(totals).toBe(signals.length);
    expect(screen.getByText(/Met één casus zegt dit profiel nog weinig/)).toBeInTheDocument();
    expect(screen.getByText(/Onderscheidend vermogen \(d′\)/)).toBeInTheDocument();
    const next = screen.getByRole('region', { name: 'Wat kun je nu doen?' });
    expect(within(next).getAllByRole('link')).toHaveLength(2);
  });

  it('refuses a foreign file with a clear message and changes nothing', async () => {
    const user = userEvent.setup();
    useProgressStore.getState().complete(finishedAttempt(8));
    renderScreen();
    await user.upload(screen.getByLabelText('Voortgangsbestand inlezen'), jsonFile('{"hello": "world"}'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Dit is geen voortgangsbestand van Signaal.');
    expect(useProgressStore.getState().completed[scenario.id]).toHaveLength(1);
  });

  it('adds an imported file to the progress here only after confirmation, saying what it adds', async () => {
    const user = userEvent.setup();
    useProgressStore.getState().complete(finishedAttempt(4));
    renderScreen();
    const file = encodeProgressFile({ inProgress: {}, completed: { [scenario.id]: [finishedAttempt(4), finishedAttempt(8)] } }, new Date());
    await user.upload(screen.getByLabelText('Voortgangsbestand inlezen'), jsonFile(file));
    const dialog = await screen.findByRole('dialog', { name: 'Voortgang toevoegen?' });
    expect(dialog).toHaveTextContent('Dit bestand bevat 2 afgeronde pogingen. Eén daarvan staat nog niet in deze browser en wordt toegevoegd. Eén staat hier al.');
    expect(dialog).toHaveTextContent('Bij één casus die je hier al hebt gedaan, telt daarna de poging uit het bestand als je laatste poging.');
    expect(within(dialog).getByRole('button', { name: 'Annuleren' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Ja, voeg toe' }));
    expect(await screen.findByText('Je voortgang is aangevuld: één poging toegevoegd.')).toBeInTheDocument();
    expect(useProgressStore.getState().completed[scenario.id]?.map((a) => a.flags.length)).toEqual([4, 8]);
  });

  it('keeps attempts of a newer Signaal as unknown, leaves out impossible ones, and says how many of each', async () => {
    const user = userEvent.setup();
    const future = { ...finishedAttempt(8), scenarioId: asScenarioId('a-case-from-a-later-release'), contentVersion: 1 };
    const newer = { ...finishedAttempt(8), contentVersion: scenario.version + 1 };
    const impossible = { ...finishedAttempt(8), flags: ['not-in-the-story'] } as AttemptRecord;
    const text = JSON.stringify({
      format: 'signaal-progress',
      version: 1,
      exportedAt: '2026-12-01T10:00:00.000Z',
      progress: { inProgress: {}, completed: { 'a-case-from-a-later-release': [future], [scenario.id]: [finishedAttempt(8), newer, impossible], constructor: [finishedAttempt(8)] } },
    });
    renderScreen();
    await user.upload(screen.getByLabelText('Voortgangsbestand inlezen'), jsonFile(text));
    const dialog = await screen.findByRole('dialog', { name: 'Voortgang toevoegen?' });
    expect(dialog).toHaveTextContent('Dit bestand bevat 4 afgeronde pogingen. Eén daarvan staat nog niet in deze browser en wordt toegevoegd.');
    expect(within(dialog).getByText(/^2 pogingen horen bij een casus, of een versie van een casus, die deze versie van Signaal niet kent/)).toBeInTheDocument();
    expect(within(dialog).getByText(/^Eén poging klopt niet met het verhaal van de casus/)).toBeInTheDocument();
    expect(within(dialog).getByText(/^Eén onderdeel van het bestand kon niet worden gelezen/)).toBeInTheDocument();
    expect(dialog).not.toHaveTextContent(/telt daarna/);
    await user.click(within(dialog).getByRole('button', { name: 'Ja, voeg toe' }));

    // The screen shows what this Signaal can show, says what it keeps, and never waits for ever.
    const completed = await screen.findByRole('region', { name: 'Afgeronde casussen' });
    expect(within(completed).getByText(`${scoreAttempt(scenario, finishedAttempt(8)).overall}% · geslaagd`)).toBeInTheDocument();
    expect(screen.getByText(/^2 afgeronde pogingen horen bij een casus, of een versie van een casus, die deze versie van Signaal niet kent/)).toBeInTheDocument();
    expect(screen.queryByText(/Controleer je verbinding/)).not.toBeInTheDocument();
    const stored = useProgressStore.getState().completed;
    expect(stored[scenario.id]).toEqual([finishedAttempt(8), newer]);
    expect(stored['a-case-from-a-later-release']).toEqual([future]);
    expect(latestAttempt(useProgressStore.getState(), scenario.id)).toEqual(finishedAttempt(8));
    expect(Object.hasOwn(stored, 'constructor')).toBe(false);
  });

  it('offers what was kept aside from stored progress as a download', async () => {
    localStorage.setItem('signaal.progress.set-aside', JSON.stringify([{ where: 'progress/inProgress/x', foundAt: '2026-12-01T10:00:00.000Z', value: { events: 3 } }]));
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const user = userEvent.setup();
    renderScreen();
    expect(await screen.findByText(/^Eén onderdeel van je opgeslagen voortgang kon niet worden gelezen/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Apart bewaarde gegevens downloaden' }));
    expect(clicked).toHaveBeenCalledOnce();
    expect((clicked.mock.contexts[0] as HTMLAnchorElement).download).toMatch(/^signaal-apart-bewaard-\d{4}-\d{2}-\d{2}\.json$/);
    clicked.mockRestore();
  });

  it('erases everything only after a clearly confirmed action', async () => {
    const user = userEvent.setup();
    useProgressStore.getState().complete(finishedAttempt(8));
    const onErased = renderScreen();
    useSettingsStore.setState({ sector: 'hotel' });
    localStorage.setItem('signaal.trainer', '{"state":{"assignments":{}},"version":1}');
    await user.click(await screen.findByRole('button', { name: 'Alles wissen' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Alles wissen?' })).getByRole('button', { name: 'Annuleren' }));
    expect(localStorage.getItem('signaal.progress')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Alles wissen' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Alles wissen?' }));
    // The confirmation names what goes, the trainer's key and waiting LRS messages included.
    expect(dialog.getByText(/je voortgang en antwoorden.*als trainer je sleutel, je opdrachten, de namen van deelnemers.*de resultaten die je inlas.*naar een LRS.*LRS-adressen die je goedkeurde.*Alleen je taalkeuze blijft/)).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Ja, wis alles' }));
    await waitFor(() => expect(onErased).toHaveBeenCalledOnce());
    expect(localStorage.getItem('signaal.progress')).toBeNull();
    expect(localStorage.getItem('signaal.trainer')).toBeNull();
    // The language stays; nothing else does.
    expect(JSON.parse(localStorage.getItem('signaal.settings') ?? '{}')).toMatchObject({ state: { locale: 'nl', sector: null } });
  });
});
