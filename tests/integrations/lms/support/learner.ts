import type { LearnerEvent, Scenario } from '../../../../src/engine';
import { useProgressStore } from '../../../../src/stores/progress-store';
import { playThrough } from './walks';

/** Does what the player does when a learner acts: records each accepted event, then the attempt. */
export function learnerPlays(scenario: Scenario, { choose = 0, stopBefore }: { choose?: number; stopBefore?: number } = {}) {
  const { events, attempt } = playThrough(scenario, choose);
  const upTo = stopBefore ?? events.length;
  const store = useProgressStore.getState();
  events.slice(0, upTo).forEach((event: LearnerEvent, i) => {
    if (i === events.length - 1) store.complete(attempt);
    else store.recordEvent(scenario.id, { contentVersion: scenario.version, mode: 'assessment', seed: 0 }, event);
  });
  return { events, attempt };
}

/** A fresh progress store, as on a first visit. */
export const resetProgress = () => useProgressStore.setState({ inProgress: {}, completed: {}, notice: null });
