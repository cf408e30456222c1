import { useSelector } from '@xstate/react';
import { useCallback, useState } from 'react';
import { createScenarioMachine, replayEvents, type AttemptRecord, type LearnerEvent, type Scenario } from '../../engine';
import { useProgressStore, type Run } from '../../stores/progress-store';

/**
 * Runs a vignette's machine for one run (mode and option-order seed), replaying the events stored
 * for that run, so a reload, a closed tab or a language switch loses nothing. Every accepted event
 * is stored at once.
 */
export function useScenarioActor(scenario: Scenario, run: Run, onComplete: (attempt: AttemptRecord) => void) {
  const recordEvent = useProgressStore((s) => s.recordEvent);
  const [actor] = useState(() => {
    const stored = useProgressStore.getState().inProgress[scenario.id];
    const same = stored?.contentVersion === run.contentVersion && stored.mode === run.mode && stored.seed === run.seed;
    return replayEvents(createScenarioMachine(scenario), { scenario, mode: run.mode, seed: run.seed }, same ? stored.events : []);
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
