import {
  createScenarioMachine,
  currentScene,
  replayEvents,
  type AttemptRecord,
  type OptionId,
  type Scene,
  type ScenarioStructure,
  type UnitId,
} from '../engine';

/** How an attempt was run: its mode, option-order seed and scoring rules. */
export type AttemptRun = Pick<AttemptRecord, 'mode' | 'seed' | 'rules'>;

/** Picks the option taken at the nth decision (0-based) of a walk; undefined if there is none. */
export type PickOption = (scene: Scene, nth: number) => OptionId | undefined;

/**
 * Walks a vignette through its real machine with a set of flags and a choice at each decision,
 * and returns the attempt record it ends with; undefined when the answers do not lead to the end.
 * The path is never taken from a file: it follows from the answers, as it did for the learner.
 */
export function replayAnswers(
  scenario: ScenarioStructure,
  run: AttemptRun,
  flags: ReadonlySet<UnitId>,
  pickOption: PickOption,
): AttemptRecord | undefined {
  const actor = replayEvents(createScenarioMachine(scenario), { scenario, mode: run.mode, seed: run.seed, rules: run.rules }, [{ type: 'learner.acknowledge' }]);
  const maxSteps = scenario.scenes.length * 4 + 4;
  let decisions = 0;
  try {
    for (let step = 0; step < maxSteps; step += 1) {
      const snapshot = actor.getSnapshot();
      if (snapshot.status === 'done') return snapshot.output;
      const scene = scenario.scenes.find((s) => s.id === currentScene(snapshot.context));
      if (!scene) return undefined;
      for (const unit of [...scene.fragments.map((f) => f.id), ...scene.neutrals]) {
        if (flags.has(unit) && !snapshot.context.flags.includes(unit)) actor.send({ type: 'learner.toggle', unit });
      }
      if (scene.type === 'decide') {
        const option = pickOption(scene, decisions);
        decisions += 1;
        if (option === undefined) return undefined;
        const event = { type: 'learner.choose', option } as const;
        if (!actor.getSnapshot().can(event)) return undefined;
        actor.send(event);
      } else {
        if (!actor.getSnapshot().can({ type: 'learner.submit' })) return undefined;
        actor.send({ type: 'learner.submit' });
      }
      if (actor.getSnapshot().hasTag('feedback')) actor.send({ type: 'learner.continue' });
    }
    return undefined;
  } finally {
    actor.stop();
  }
}

/**
 * Whether a recorded attempt is a walk the vignette allows: the same flags and choices, replayed,
 * give the same path and choices. An edited result file fails this check.
 */
export function isPossibleAttempt(scenario: ScenarioStructure, attempt: AttemptRecord): boolean {
  if (attempt.scenarioId !== scenario.id || attempt.contentVersion !== scenario.version) return false;
  const flags = new Set(attempt.flags);
  if (flags.size !== attempt.flags.length) return false;
  const replayed = replayAnswers(scenario, attempt, flags, (scene, nth) => {
    const choice = attempt.choices[nth];
    return choice?.scene === scene.id ? choice.option : undefined;
  });
  if (!replayed) return false;
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return (
    same(replayed.path, attempt.path) &&
    same(replayed.choices.map((c) => `${c.scene}/${c.option}`), attempt.choices.map((c) => `${c.scene}/${c.option}`)) &&
    same([...replayed.flags].sort(), [...attempt.flags].sort())
  );
}
