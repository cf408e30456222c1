import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as content from '../../../src/content';
import { briefingsDataBlock } from '../../../src/content/briefings-in-page';
import { LOCALES, type Scenario, type ScenarioBriefing } from '../../../src/engine';
import { PlayerScreen } from '../../../src/features/player/player-screen';
import { setupI18n } from '../../../src/i18n/setup-i18n';
import { useProgressStore } from '../../../src/stores/progress-store';
import { useSettingsStore } from '../../../src/stores/settings-store';
import { scenarioById } from '../../support/scenario-text';

// The content warning is a vignette's first screen, and it needs neither the story nor the
// machine: those arrive while it is read, so a link straight to a vignette is usable sooner.

vi.mock('../../../src/content', async (importOriginal) => {
  const actual = await importOriginal<typeof content>();
  return { ...actual, loadScenario: vi.fn(actual.loadScenario), loadBriefing: vi.fn(actual.loadBriefing) };
});

const scenario = scenarioById('hotel-room-214');
const nl = scenario.text.nl;

function renderPlayer(id = scenario.id) {
  useProgressStore.setState({ inProgress: {}, completed: {}, notice: null });
  useSettingsStore.setState({ locale: 'nl', sector: null });
  return render(
    <I18nextProvider i18n={setupI18n('nl')}>
      <PlayerScreen scenarioId={id} backHref="#/" onComplete={() => undefined} />
    </I18nextProvider>,
  );
}

afterEach(() => {
  vi.mocked(content.loadScenario).mockClear();
  vi.mocked(content.loadBriefing).mockClear();
});

describe('a vignette opens on its content warning', () => {
  it('shows the title, summary and warning, in focus, without loading the story', async () => {
    renderPlayer();
    const title = await screen.findByRole('heading', { level: 1, name: nl.title });
    expect(screen.getByText(nl.summary)).toBeInTheDocument();
    expect(screen.getByText(nl.contentWarning)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /start de casus/i })).toBeEnabled();
    // Focus moves in an effect after the screen has rendered (the warning's text arrives on its own).
    await waitFor(() => expect(title).toHaveFocus());
    expect(content.loadScenario).not.toHaveBeenCalled();
  });

  it('after "start" shows that the case is loading until the story has arrived, then its first scene', async () => {
    let arrive: () => void = () => undefined;
    const story = content.loadScenario(scenario.id);
    vi.mocked(content.loadScenario).mockImplementationOnce(() => new Promise<Scenario>((resolve) => (arrive = () => void story.then(resolve))));
    renderPlayer();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /start de casus/i }));
    expect(await screen.findByRole('status')).toHaveTextContent('Casus laden…');
    expect(useProgressStore.getState().inProgress[scenario.id]?.events).toEqual([{ type: 'learner.acknowledge' }]);
    // The story is asked for once the scenes' code is there (the first call above was this test's own).
    await vi.waitFor(() => expect(content.loadScenario).toHaveBeenCalledTimes(2));
    await act(async () => {
      arrive();
      await story;
    });
    expect(await screen.findByRole('heading', { level: 2, name: nl.scenes[scenario.start]?.heading })).toHaveFocus();
  });

  it('shows the warning in its first render, with no request for its text, when the page carries it (a link straight to a vignette)', () => {
    // A vignette no other test here has loaded: its text can only come from the page.
    const other = scenarioById('hotel-agency-cleaners');
    const briefing = Object.fromEntries(LOCALES.map((locale) => [locale, { summary: other.text[locale].summary, contentWarning: other.text[locale].contentWarning }]));
    document.body.insertAdjacentHTML('beforeend', briefingsDataBlock({ [other.id]: briefing as ScenarioBriefing }));
    renderPlayer(other.id);
    // Not awaited: it is in the render itself.
    expect(screen.getByText(other.text.nl.contentWarning)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /start de casus/i })).toBeEnabled();
    expect(content.loadBriefing).not.toHaveBeenCalled();
  });

  it('says so, with a retry, when the vignette is unknown', async () => {
    useProgressStore.setState({ inProgress: {}, completed: {}, notice: null });
    render(
      <I18nextProvider i18n={setupI18n('nl')}>
        <PlayerScreen scenarioId={'no-such-vignette' as Scenario['id']} backHref="#/" onComplete={() => undefined} />
      </I18nextProvider>,
    );
    expect(await screen.findByText('Deze casus kon niet worden geladen.')).toBeInTheDocument();
  });
});
