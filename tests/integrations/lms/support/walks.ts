import { createActor } from 'xstate';
import { createScenarioMachine, currentScene, type AttemptRecord, type LearnerEvent, type Mode, type Scenario } from '../../../../src/engine';

/** How a walk is run: its mode and option-order seed (new attempts are scored under the current rules). */
export type WalkRun = { mode: Mode; seed: number };
const ASSESSMENT: WalkRun = { mode: 'assessment', seed: 0 };

const candidatesOf = (scenario: Scenario, actor: ReturnType<typeof start>): LearnerEvent[] => {
  const snapshot = actor.getSnapshot();
  if (snapshot.hasTag('briefing')) return [{ type: 'learner.acknowledge' }];
  if (snapshot.hasTag('feedback')) return [{ type: 'learner.continue' }];
  const scene = scenario.scenes.find((s) => s.id === currentScene(snapshot.context));
  if (!scene) return [];
  return [
    ...scene.fragments.map((f): LearnerEvent => ({ type: 'learner.toggle', unit: f.id })),
    ...scene.neutrals.slice(0, 3).map((unit): LearnerEvent => ({ type: 'learner.toggle', unit })),
    ...(scene.type === 'decide'
      ? scene.options.map((o): LearnerEvent => ({ type: 'learner.choose', option: o.id }))
      : [{ type: 'learner.submit' } as const]),
  ];
};

const start = (scenario: Scenario, run: WalkRun = ASSESSMENT) => {
  const actor = createActor(createScenarioMachine(scenario), { input: { scenario, ...run } });
  actor.start();
  return actor;
};

/**
 * Walks a vignette the way a learner could: at each step, one of the events the machine accepts
 * (flag or unflag a fragment of the scene, go on, choose an option) is picked by the next number.
 * Returns the events and, when the walk reached the end, the attempt.
 */
export function walk(scenario: Scenario, picks: readonly number[], run: WalkRun = ASSESSMENT): { events: LearnerEvent[]; attempt?: AttemptRecord } {
  const actor = start(scenario, run);
  const events: LearnerEvent[] = [];
  for (const pick of picks) {
    if (actor.getSnapshot().status === 'done') break;
    const candidates = candidatesOf(scenario, actor);
    const event = candidates[pick % Math.max(candidates.length, 1)];
    if (!event) break;
    actor.send(event);
    events.push(event);
  }
  const snapshot = actor.getSnapshot();
  actor.stop();
  return { events, ...(snapshot.status === 'done' ? { attempt: snapshot.output } : {}) };
}

/** Plays a vignette to its end: flags every signal, and takes option `choose` of each decision. */
export function playThrough(scenario: Scenario, choose = 0): { events: LearnerEvent[]; attempt: AttemptRecord } {
  const actor = start(scenario);
  const events: LearnerEvent[] = [];
  const send = (event: LearnerEvent) => {
    actor.send(event);
    events.push(event);
  };
  send({ type: 'learner.acknowledge' });
  for (let step = 0; actor.getSnapshot().status !== 'done' && step < 100; step += 1) {
    const scene = scenario.scenes.find((s) => s.id === currentScene(actor.getSnapshot().context));
    if (!scene) break;
    for (const fragment of scene.fragments.filter((f) => f.kind === 'signal')) send({ type: 'learner.toggle', unit: fragment.id });
    if (scene.type === 'decide') send({ type: 'learner.choose', option: scene.options[Math.min(choose, scene.options.length - 1)]!.id });
    else send({ type: 'learner.submit' });
  }
  const snapshot = actor.getSnapshot();
  actor.stop();
  if (snapshot.status !== 'done') throw new Error(`${scenario.id} did not finish`);
  return { events, attempt: snapshot.output };
}

/** The state a replay of the events reaches, with flags as a sorted list (their order carries no meaning). */
export function stateAfter(scenario: Scenario, events: readonly LearnerEvent[], run: WalkRun = ASSESSMENT) {
  const actor = start(scenario, run);
  for (const event of events) if (actor.getSnapshot().can(event)) actor.send(event);
  const { context, status } = actor.getSnapshot();
  actor.stop();
  return { status, path: context.path, choices: context.choices, flags: [...context.flags].sort() };
}
