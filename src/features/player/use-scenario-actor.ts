import { useSelector } from '@xstate/react';
import { useCallback, useState } from 'react';
import {
  createScenarioMachine,
  replayEvents,
  type AttemptRecord,
  type LearnerEvent,
  type Scenario,
} from '../../engine';
import { useProgressStore } from '../../stores/progress-store';

/**
 * Runs a vignette's machine, resumed from the learner's stored events. Every accepted event is
 * stored at once, so a reload or a closed tab loses nothing.
 */
export function useScenarioActor(scenario: Scenario, onComplete: (attempt: AttemptRecord) => void) {
  const recordEvent = useProgressStore((s) => s.recordEvent);
  const [actor] = useState(() => {
    const stored = useProgressStore.getState().inProgress[scenario.id];
    const events = stored?.contentVersion === scenario.version ? stored.events : [];
    return replayEvents(createScenarioMachine(scenario), scenario, events);
  });
  const context = useSelector(actor, (s) => s.context);
  const phase = useSelector(actor, (s) =>
    s.hasTag('briefing') ? 'briefing' : s.hasTag('decision') ? 'decision' : s.hasTag('scene') ? 'observation' : 'complete',
  );
  const send = useCallback(
    (event: LearnerEvent) => {
      if (!actor.getSnapshot().can(event)) return;
      actor.send(event);
      const snapshot = actor.getSnapshot();
      if (snapshot.status === 'done') onComplete(snapshot.output);
      else recordEvent(scenario.id, scenario.version, event);
    },
    [actor, onComplete, recordEvent, scenario.id, scenario.version],
  );
  return { context, phase, send };
}
