import { getSimplePaths } from 'xstate/graph';
import {
  createScenarioMachine,
  currentScene,
  type FragmentId,
  type LearnerEvent,
  type Scenario,
} from '../../src/engine';

/** Fragments that some content guard looks at: the only flags that can change the path. */
function guardFragments(scenario: Scenario): Set<FragmentId> {
  return new Set(
    scenario.scenes.flatMap((scene) =>
      scene.type === 'observe' ? scene.next.flatMap((branch) => branch.when?.params.fragments ?? []) : [],
    ),
  );
}

/**
 * Every path through a scenario's decision graph, from the content warning to the end, as the
 * learner events that walk it (XState's graph traversal over the real machine).
 */
export function enumeratePaths(scenario: Scenario): LearnerEvent[][] {
  const relevant = guardFragments(scenario);
  const machine = createScenarioMachine(scenario);
  const paths = getSimplePaths(machine, {
    input: { scenario },
    events: (snapshot): LearnerEvent[] => {
      if (snapshot.hasTag('briefing')) return [{ type: 'learner.acknowledge' }];
      const scene = scenario.scenes.find((s) => s.id === currentScene(snapshot.context));
      if (!scene) return [];
      const toggles: LearnerEvent[] = scene.fragments
        .filter((f) => relevant.has(f.id))
        .map((f) => ({ type: 'learner.toggle', fragment: f.id }));
      if (scene.type === 'decide') return [...toggles, ...scene.options.map((o): LearnerEvent => ({ type: 'learner.choose', option: o.id }))];
      return [...toggles, { type: 'learner.submit' }];
    },
    serializeState: (snapshot) =>
      JSON.stringify([snapshot.value, snapshot.context.flags.filter((f) => relevant.has(f)).sort()]),
    toState: (snapshot) => snapshot.status === 'done',
  });
  return paths.map((path) => path.steps.map((step) => step.event).filter((e) => e.type.startsWith('learner.')));
}
