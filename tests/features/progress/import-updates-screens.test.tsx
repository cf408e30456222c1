import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { findIndicator } from '../../../src/content/reference';
import { buildProfile, scoreAttempt, type AttemptRecord, type IndicatorId } from '../../../src/engine';
import { encodeProgressFile } from '../../../src/stores/progress-file';
import { useProgressStore } from '../../../src/stores/progress-store';
import { renderApp } from '../../support/render-app';
import { scenarioById } from '../../support/scenario-text';

const scenario = scenarioById('hotel-room-214');
const decision = scenario.scenes.find((s) => s.type === 'decide');
const recommended = decision?.type === 'decide' ? decision.options.find((o) => o.quality === 'recommended') : undefined;
if (!decision || !recommended || recommended.target === 'end') throw new Error('unexpected vignette shape');
const path = [...scenario.scenes.slice(0, scenario.scenes.indexOf(decision) + 1).map((s) => s.id), recommended.target];
const onPath = scenario.scenes.filter((s) => path.includes(s.id)).flatMap((s) => s.fragments);
const signals = onPath.filter((f) => f.kind === 'signal');
const distractors = onPath.filter((f) => f.kind === 'distractor');

const attemptWith = (flags: typeof onPath): AttemptRecord => ({
  scenarioId: scenario.id,
  contentVersion: scenario.version,
  mode: 'assessment',
  seed: 0,
  rules: 2,
  path,
  flags: flags.map((f) => f.id),
  choices: [{ scene: decision.id, option: recommended.id }],
});

// Two attempts that look alike to a key made of lengths: same path, same number of flags.
const before = attemptWith(signals.slice(0, 4));
const imported = attemptWith([...signals.slice(0, 2), ...distractors.slice(0, 2)]);
const categoryOf = (id: IndicatorId) => findIndicator(id)?.category ?? 'setting';

// Screens load lazily, their vignette too: on a busy machine that takes longer than a second.
const slow = { timeout: 5000 };

const go = (hash: string) => act(() => {
  window.location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
});

describe('importing a progress file', () => {
  beforeEach(() => useProgressStore.setState({ inProgress: {}, completed: {}, notice: null }));

  it('updates every screen that shows the attempt, even when it has as many flags as the one before', async () => {
    const user = userEvent.setup();
    const oldScore = scoreAttempt(scenario, before).overall;
    const newScore = scoreAttempt(scenario, imported).overall;
    expect(imported.flags).toHaveLength(before.flags.length);
    expect(newScore).not.toBe(oldScore);

    renderApp('#/progress');
    useProgressStore.getState().complete(before);
    const completed = await screen.findByRole('region', { name: 'Afgeronde casussen' });
    await within(completed).findByText(new RegExp(`^${oldScore}% ·`), undefined, slow);

    const file = encodeProgressFile({ inProgress: {}, completed: { [scenario.id]: [imported] } }, new Date());
    await user.upload(screen.getByLabelText('Voortgangsbestand inlezen'), new File([file], 'voortgang.json', { type: 'application/json' }));
    const dialog = await screen.findByRole('dialog', { name: 'Voortgang toevoegen?' }, slow);
    await user.click(within(dialog).getByRole('button', { name: 'Ja, voeg toe' }));
    expect(await screen.findByText('Je voortgang is aangevuld: één poging toegevoegd.', undefined, slow)).toBeInTheDocument();

    // My progress: the card, and every figure of the profile, are those of the imported attempt.
    const card = await within(screen.getByRole('region', { name: 'Afgeronde casussen' })).findByText(new RegExp(`^${newScore}% ·`), undefined, slow);
    expect(card).toBeInTheDocument();
    const profile = buildProfile([{ scenario, attempt: imported }], categoryOf);
    const rows = within(screen.getByRole('table', { name: 'Signalen per categorie' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => Number(cell.textContent)))).toEqual(
      profile.categories.map((c) => [c.hits, c.misses, Math.round(c.hitShare * 100)]),
    );
    expect(screen.getByText(new RegExp(profile.dPrime.toLocaleString('nl', { minimumFractionDigits: 2, maximumFractionDigits: 2 })))).toBeInTheDocument();

    // The debrief scores the same attempt.
    go(`#/debrief/${scenario.id}`);
    expect(await screen.findByText(`Totaalscore: ${newScore}%`, undefined, slow)).toBeInTheDocument();

    // The catalogue calls it finished.
    go('#/sector/hotel');
    // The sector screen is a lazy chunk: wait for the vignette's own item, not the menu's.
    await waitFor(() => {
      const item = screen.getAllByRole('listitem').find((li) => li.textContent?.includes(scenario.text.nl.title));
      expect(item).toHaveTextContent('Afgerond');
    }, slow);
  });
});
