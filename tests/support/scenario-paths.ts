import { getAdjacencyMap, getSimplePaths } from 'xstate/graph';
import {
  createScenarioMachine,
  currentScene,
  type FragmentId,
  type LearnerEvent,
  type Mode,
  type ScenarioContext,
  type ScenarioStructure,
} from '../../src/engine';

/** Fragments that some content guard looks at: the only marks that can change the path. */
export function guardFragments(scenario: ScenarioStructure): Set<FragmentId> {
  return new Set(
    scenario.scenes.flatMap((scene) =>
      scene.type === 'observe' ? scene.next.flatMap((branch) => branch.when?.params.fragments ?? []) : [],
    ),
  );
}

type Snapshot = { value: unknown; context: ScenarioContext; status: string; hasTag: (tag: string) => boolean };

/**
 * The events a learner can send in a state, as the graph traversal explores them: acknowledge the
 * content warning; in a scene, mark a fragment some guard looks at, go on, or choose an option;
 * in the feedback after a scene, continue. Marks no guard reads are left out: they never change
 * where a learner can go.
 */
export function learnerEvents(scenario: ScenarioStructure) {
  const relevant = guardFragments(scenario);
  return (snapshot: Snapshot): LearnerEvent[] => {
    if (snapshot.hasTag('briefing')) return [{ type: 'learner.acknowledge' }];
    if (snapshot.hasTag('feedback')) return [{ type: 'learner.continue' }];
    const scene = scenario.scenes.find((s) => s.id === currentScene(snapshot.context));
    if (!scene || snapshot.status === 'done') return [];
    const toggles = scene.fragments.filter((f) => relevant.has(f.id)).map((f): LearnerEvent => ({ type: 'learner.toggle', unit: f.id }));
    if (scene.type === 'decide') return [...toggles, ...scene.options.map((o): LearnerEvent => ({ type: 'learner.choose', option: o.id }))];
    return [...toggles, { type: 'learner.submit' }];
  };
}

/**
 * A state as the traversal tells states apart: where the learner is, the marks guards read, and in
 * the feedback after a decision the option chosen (it decides where the learner goes on to).
 */
export function serializeState(scenario: ScenarioStructure) {
  const relevant = guardFragments(scenario);
  return (snapshot: Snapshot) =>
    JSON.stringify([
      snapshot.value,
      snapshot.context.flags.filter((f) => relevant.has(f as FragmentId)).sort(),
      snapshot.hasTag('feedback') ? (snapshot.context.choices.at(-1)?.option ?? null) : null,
    ]);
}

const traversal = (scenario: ScenarioStructure, mode: Mode) => ({
  input: { scenario, mode, seed: 0 },
  events: learnerEvents(scenario),
  serializeState: serializeState(scenario),
});

/**
 * Every simple path from the content warning to the end of a vignette in a mode, as the learner
 * events that walk it (XState's graph traversal over the real machine). The player's model-based
 * tests drive the real UI along these.
 */
export function enumeratePaths(scenario: ScenarioStructure, mode: Mode = 'assessment'): LearnerEvent[][] {
  const paths = getSimplePaths(createScenarioMachine(scenario), {
    ...traversal(scenario, mode),
    toState: (snapshot) => snapshot.status === 'done',
  });
  return paths.map((path) => path.steps.map((step) => step.event).filter((e) => e.type.startsWith('learner.')));
}

/**
 * The reachable states of a vignette's machine and, for each, whether the end can still be
 * reached from it: a state that cannot is a dead end the learner could get stuck in.
 */
export function reachability(scenario: ScenarioStructure, mode: Mode) {
  const map = getAdjacencyMap(createScenarioMachine(scenario), traversal(scenario, mode));
  const entries = Object.entries(map);
  const key = serializeState(scenario);
  const ending = new Set(entries.filter(([, value]) => value.state.status === 'done').map(([k]) => k));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [k, value] of entries) {
      if (ending.has(k)) continue;
      const next = Object.values(value.transitions) as { state: typeof value.state }[];
      if (next.some((t) => ending.has(key(t.state)))) {
        ending.add(k);
        grew = true;
      }
    }
  }
  return entries.map(([k, value]) => ({ key: k, snapshot: value.state, canEnd: ending.has(k) }));
}
