import { createActor } from 'xstate';
import { createScenarioMachine, type LearnerEvent, type Mode, type ScenarioStructure, type UnitId } from '../../../engine';

/**
 * The shortest event log that replays to the same vignette state: events the machine would drop
 * are left out, and within a run of flag toggles (which commute, and cancel in pairs) each
 * fragment keeps one toggle when it was toggled an odd number of times. However long a learner
 * hesitates, the log stays bounded by the vignette's size.
 */
export function compactEvents(
  scenario: ScenarioStructure,
  run: { mode: Mode; seed: number },
  events: readonly LearnerEvent[],
): LearnerEvent[] {
  const actor = createActor(createScenarioMachine(scenario), { input: { scenario, mode: run.mode, seed: run.seed } });
  actor.start();
  const kept: LearnerEvent[] = [];
  let toggles: UnitId[] = [];
  const flushToggles = () => {
    const odd = toggles.filter((fragment, i) => toggles.indexOf(fragment) === i && toggles.filter((f) => f === fragment).length % 2 === 1);
    kept.push(...odd.map((unit): LearnerEvent => ({ type: 'learner.toggle', unit })));
    toggles = [];
  };
  for (const event of events) {
    if (!actor.getSnapshot().can(event)) continue;
    actor.send(event);
    if (event.type === 'learner.toggle') {
      toggles.push(event.unit);
    } else {
      flushToggles();
      kept.push(event);
    }
  }
  flushToggles();
  actor.stop();
  return kept;
}
