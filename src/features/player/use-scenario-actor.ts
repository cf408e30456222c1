import { useSelector } from '@xstate/react';
import { useCallback, useState } from 'react';
import {
  createScenarioMachine,
  newSeed,
  replayEvents,
  type AttemptRecord,
  type LearnerEvent,
  type Mode,
  type Scenario,
} from '../../engine';
import { useProgressStore, type Run } from '../../stores/progress-store';

/**
 * Runs a vignette's machine, resumed from the learner's stored events when a run in the same mode
 * on the same content is in progress (its seed keeps the option order); otherwise a fresh run with
 * a new seed. Every accepted event is stored at once, so a reload or a closed tab loses nothing.
 */
export function useScenarioActor(scenario: Scenario, mode: Mode, onComplete: (attempt: AttemptRecord) => void) {
  const recordEvent = useProgressStore((s) => s.recordEvent);
  const [{ actor, run }] = useState(() => {
    const stored = useProgressStore.getState().inProgress[scenario.id];
    const resume = stored?.contentVersion === scenario.version && stored.mode === mode;
    const run: Run = resume ? stored : { contentVersion: scenario.version, mode, seed: newSeed() };
    const actor = replayEvents(createScenarioMachine(scenario), { scenario, mode: run.mode, seed: run.seed }, resume ? stored.events : []);
    return { actor, run };
  });
  const context = useSelector(actor, (s) => s.context);
  const phase = useSelector(actor, (s) =>
    s.hasTag('briefing')
      ? 'briefing'
      : s.hasTag('feedback')
        ? 'feedback'
        : s.hasTag('decision')
          ? 'decision'
          : s.hasTag('scene')
            ? 'observation'
            : 'complete',
  );
  const send = useCallback(
    (event: LearnerEvent) => {
      if (!actor.getSnapshot().can(event)) return;
      actor.send(event);
      const snapshot = actor.getSnapshot();
      if (snapshot.status === 'done') onComplete(snapshot.output);
      else recordEvent(scenario.id, run, event);
    },
    [actor, onComplete, recordEvent, scenario.id, run],
  );
  return { context, phase, send };
}
