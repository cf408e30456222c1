import { createActor } from 'xstate';
import type { LearnerEvent } from './attempt.types';
import type { ScenarioContext, ScenarioInput, ScenarioMachine } from './scenario.machine';

/**
 * Starts a scenario actor and replays a learner's recorded events; events that the machine does
 * not accept in its state are ignored, so a stale log can never put it in an impossible state.
 */
export function replayEvents(machine: ScenarioMachine, input: ScenarioInput, events: readonly LearnerEvent[]) {
  const actor = createActor(machine, { input });
  actor.start();
  for (const event of events) {
    if (actor.getSnapshot().can(event)) actor.send(event);
  }
  return actor;
}

/** The scene the learner is on, read from context rather than from generated state names. */
export const currentScene = (context: ScenarioContext) => context.path.at(-1);
