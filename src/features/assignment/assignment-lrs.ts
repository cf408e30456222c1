import { assignmentDigest, scoreAssignment, type Assignment } from '../../records';
import type { Scenario, ScenarioId } from '../../engine';
import { assignmentAttemptStatement } from '../../integrations/lms/xapi/assignment-statements';
import { createOutbox, type Outbox } from '../../integrations/lms/xapi/outbox';
import type { AssignmentEntry } from '../../stores/assignment-store';

const outboxes = new Map<string, Outbox>();
const listeners = new Map<string, Set<(waiting: number) => void>>();

/** The outbox of an LRS for this visit: one per endpoint, kept across screens; it resends what a reload left. */
export function lrsOutbox(lrs: NonNullable<Assignment['lrs']>): Outbox {
  let outbox = outboxes.get(lrs.endpoint);
  if (!outbox) {
    outbox = createOutbox({ lrs, onWaiting: (waiting) => listeners.get(lrs.endpoint)?.forEach((listen) => listen(waiting)) });
    outboxes.set(lrs.endpoint, outbox);
    outbox.retryNow();
  }
  return outbox;
}

/** Listens to how many statements wait for an LRS; returns the way to stop listening. */
export function watchLrs(endpoint: string, listen: (waiting: number) => void) {
  const set = listeners.get(endpoint) ?? new Set();
  set.add(listen);
  listeners.set(endpoint, set);
  return () => set.delete(listen);
}

/**
 * Queues a statement for every attempt of the entry not yet queued, in the order they were
 * played, and returns how many are queued now. Only called after the learner agreed.
 */
export async function queueAttempts(entry: AssignmentEntry, scenarios: ReadonlyMap<ScenarioId, Scenario>, now = Date.now()): Promise<number> {
  const { assignment } = entry.signed;
  if (!assignment.lrs || !entry.lrs) return 0;
  const outbox = lrsOutbox(assignment.lrs);
  const digest = await assignmentDigest(entry.signed);
  const homePage = `${window.location.origin}${window.location.pathname}`;
  entry.attempts.slice(entry.lrs.sent).forEach((attempt, i) => {
    const overall = scoreAssignment({ scenarios: [attempt.scenarioId], passMark: assignment.passMark }, [attempt], scenarios).overall;
    const statement = assignmentAttemptStatement({
      id: crypto.randomUUID(),
      learner: { name: entry.lrs?.learner ?? '', account: { homePage, name: entry.lrs?.pseudonym ?? '' } },
      assignmentId: assignment.id,
      digest,
      attempt,
      ...(overall === null ? {} : { score: overall }),
      // A millisecond apart, so the order they were played in survives in the LRS.
      timestamp: new Date(now + i).toISOString(),
    });
    outbox.add({ kind: 'statement', statement });
  });
  return entry.attempts.length;
}
