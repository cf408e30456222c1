import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createActor } from 'xstate';
import { expect, vi } from 'vitest';
import nlPlayer from '../../../content/locales/nl/player.json';
import {
  createScenarioMachine,
  currentScene,
  orderOptions,
  type AttemptRecord,
  type LearnerEvent,
  type Mode,
  type Scenario,
  type UnitId,
} from '../../../src/engine';
import { loadBriefing, loadScenario } from '../../../src/content';
import { loadPlayerRun, PlayerScreen } from '../../../src/features/player/player-screen';
import { setupI18n } from '../../../src/i18n/setup-i18n';
import { useProgressStore } from '../../../src/stores/progress-store';
import { useSettingsStore } from '../../../src/stores/settings-store';
import { fragmentText } from '../../support/scenario-text';

// A unit's Dutch text, as a reader finds it on screen: a fragment's or a neutral sentence's.
function unitText(scenario: Scenario, unit: UnitId): string {
  for (const scene of Object.values(scenario.text.nl.scenes)) {
    for (const segment of scene.body.flat()) {
      if ((segment.kind === 'fragment' && segment.fragment === unit) || (segment.kind === 'neutral' && segment.unit === unit)) return segment.text;
    }
  }
  throw new Error(`unit ${unit} has no text`);
}

const MODE_LABEL: Record<Mode, RegExp> = { practice: /^Oefenen/, assessment: /^Toets/ };
const i18n = setupI18n('nl');

/** The model: the scenario machine itself, with the run's mode and seed, fed the same events. */
function modelAttempt(scenario: Scenario, mode: Mode, seed: number) {
  const actor = createActor(createScenarioMachine(scenario), { input: { scenario, mode, seed } });
  actor.start();
  return { actor, send: (event: LearnerEvent) => actor.send(event), snapshot: () => actor.getSnapshot() };
}

/**
 * Plays one path of the model (learner events from xstate/graph) through the REAL player: the
 * content warning and mode choice, unit buttons, "Verder", the decision form and, in practice, the
 * feedback after each scene. After every step the screen is compared with the model's state: which
 * scene (or which scene's feedback) is shown and focused, its place in the case, the marks of the
 * units the path toggled, the options in the attempt's seeded order; at the end, the stored attempt
 * must be the model's (path, marks, choices, mode, seed).
 */
export async function playPath(scenario: Scenario, mode: Mode, events: readonly LearnerEvent[]) {
  const nl = scenario.text.nl;
  useProgressStore.setState({ inProgress: {}, completed: {}, notice: null });
  useSettingsStore.setState({ locale: 'nl', sector: null });
  const onComplete = vi.fn();
  // React's warnings (duplicate keys, updates outside act, …) fail the path.
  const errors = vi.spyOn(console, 'error');
  // Every load the player starts (warning text, scenes, story) settles within act, whatever the
  // machine's load: an update that lands between steps would make React warn.
  await Promise.all([loadBriefing(scenario.id), loadPlayerRun(), loadScenario(scenario.id)]);
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(
      <I18nextProvider i18n={i18n}>
        <PlayerScreen scenarioId={scenario.id} backHref="#/" onComplete={onComplete} />
      </I18nextProvider>,
    );
    await Promise.resolve();
  });
  let model: ReturnType<typeof modelAttempt> | undefined;
  const click = (element: Element) => act(() => void fireEvent.click(element));

  for (const [step, event] of events.entries()) {
    const where = `${scenario.id} ${mode} step ${step} ${JSON.stringify(event)}`;
    switch (event.type) {
      case 'learner.acknowledge': {
        await click(await screen.findByRole('radio', { name: MODE_LABEL[mode] }));
        // The scenes and the story load while the warning is read: here they arrive within act.
        await act(async () => {
          fireEvent.click(screen.getByRole('button', { name: nlPlayer.warning.continue }));
          await Promise.all([loadPlayerRun(), loadScenario(scenario.id)]);
        });
        const run = useProgressStore.getState().inProgress[scenario.id];
        expect(run?.mode, where).toBe(mode);
        model = modelAttempt(scenario, mode, run!.seed);
        break;
      }
      case 'learner.toggle':
        await click(screen.getByRole('button', { name: unitText(scenario, event.unit) }));
        break;
      case 'learner.submit':
        await click(screen.getByRole('button', { name: nlPlayer.next }));
        break;
      case 'learner.choose': {
        const scene = scenario.scenes.find((s) => s.id === currentScene(model!.snapshot().context));
        const options = nl.scenes[scene!.id]?.options ?? {};
        await click(screen.getByRole('radio', { name: options[event.option]?.label }));
        await click(screen.getByRole('button', { name: 'Bevestig mijn keuze' }));
        break;
      }
      case 'learner.continue':
        await click(screen.getByRole('button', { name: nlPlayer.feedback.continue }));
        break;
    }
    if (!model) throw new Error(`${where}: the path does not start with the content warning`);
    model.send(event);
    await expectScreenIs(scenario, model.snapshot(), onComplete, where);
  }

  expect(onComplete, `${scenario.id} ${mode}: the player said the vignette is done`).toHaveBeenCalledTimes(1);
  const stored: AttemptRecord | undefined = useProgressStore.getState().completed[scenario.id]?.[0];
  const { context } = model!.snapshot();
  expect(stored).toMatchObject({
    scenarioId: scenario.id,
    mode,
    seed: context.seed,
    path: context.path,
    choices: context.choices,
  });
  expect([...(stored?.flags ?? [])].sort()).toEqual([...context.flags].sort());
  expect(useProgressStore.getState().inProgress[scenario.id]).toBeUndefined();
  view.unmount();
  expect(errors.mock.calls.map((call) => String(call[0])), `${scenario.id} ${mode}: React warned`).toEqual([]);
  errors.mockRestore();
  return context.path.length;
}

type Snapshot = ReturnType<ReturnType<typeof modelAttempt>['snapshot']>;

async function expectScreenIs(scenario: Scenario, snapshot: Snapshot, onComplete: ReturnType<typeof vi.fn>, where: string) {
  if (snapshot.status === 'done') {
    expect(onComplete, where).toHaveBeenCalled();
    return;
  }
  expect(onComplete, where).not.toHaveBeenCalled();
  const { context } = snapshot;
  const scene = scenario.scenes.find((s) => s.id === currentScene(context))!;
  const sceneText = scenario.text.nl.scenes[scene.id]!;
  if (snapshot.hasTag('feedback')) {
    // Practice only: the scene again, with what was caught, missed and wrongly marked.
    const heading = await screen.findByRole('heading', { level: 2, name: nlPlayer.feedback.heading.replace('{{scene}}', sceneText.heading) });
    expect(heading, where).toHaveFocus();
    return;
  }
  const heading = await screen.findByRole('heading', { level: 2, name: sceneText.heading });
  expect(heading, where).toHaveFocus();
  // Where am I: the scene's number on the learner's own path.
  expect(heading.getAttribute('aria-describedby'), where).toBe('scene-position');
  expect(document.getElementById('scene-position')?.textContent, where).toMatch(new RegExp(`^Scène ${context.path.length}\\b`));
  expect(screen.queryByRole('heading', { level: 2, name: /^Terugblik/ }), where).toBeNull();
  // The marks of this scene's fragments are the model's.
  for (const fragment of scene.fragments) {
    const button = screen.getAllByRole('button', { name: fragmentText(scenario, fragment.id) })[0];
    expect(button?.getAttribute('aria-pressed'), `${where} ${fragment.id}`).toBe(String(context.flags.includes(fragment.id)));
  }
  if (scene.type === 'decide') {
    const labels = within(screen.getByRole('group', { name: sceneText.question })).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent);
    expect(labels, `${where}: options in the attempt's seeded order`).toEqual(orderOptions(scene, context.seed).map((o) => sceneText.options?.[o.id]?.label));
  }
}
