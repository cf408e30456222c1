import { assignmentDigest } from '../../records';
import type { Scenario, ScenarioId } from '../../engine';
import { readAssignmentAttempt, type AssignmentAttempt } from '../../integrations/lms/xapi/assignment-statements';
import type { ImportedResult, MadeAssignment } from '../../stores/trainer-store';
import { checkAttempts } from './check-import';

/**
 * Turns the statements an LRS holds for an assignment into results, one per learner (their
 * identifier there), checked exactly as files are: the assignment's digest must be this one, and
 * every attempt must be a possible walk on the content version it was played on. Statements that are not readable
 * attempts are counted and reported as one result set aside.
 */
export async function checkLrsStatements(statements: readonly unknown[], made: MadeAssignment, scenarios: ReadonlyMap<ScenarioId, Scenario>, host: string, now = new Date()): Promise<ImportedResult[]> {
  const { assignment } = made.signed;
  const digest = await assignmentDigest(made.signed);
  const byActor = new Map<string, AssignmentAttempt[]>();
  let unreadable = 0;
  for (const statement of statements) {
    const read = readAssignmentAttempt(statement, assignment.id);
    if (!read || Number.isNaN(Date.parse(read.timestamp))) unreadable += 1;
    else byActor.set(read.actor, [...(byActor.get(read.actor) ?? []), read]);
  }
  const importedAt = now.toISOString();
  const results = await Promise.all(
    [...byActor.values()].map(async (list): Promise<ImportedResult> => {
    const ordered = [...list].sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
    const attempts = ordered.map((a) => a.attempt);
    const learner = ordered.findLast((a) => a.learner !== null)?.learner ?? null;
    const flag = ordered.some((a) => a.digest !== digest) ? 'altered-assignment' : learner === null ? 'unreadable' : await checkAttempts(assignment, attempts, scenarios);
    return {
      id: crypto.randomUUID(),
      source: host,
      via: 'lrs',
      learner,
      attempts,
      savedAt: new Date(Date.parse(ordered.at(-1)?.timestamp ?? importedAt)).toISOString(),
      importedAt,
      flag,
      ...(flag === 'unreadable' ? { detail: 'lrs-statement' } : {}),
    };
    }),
  );
  if (unreadable > 0) {
    results.push({ id: crypto.randomUUID(), source: host, via: 'lrs', learner: null, attempts: [], importedAt, flag: 'unreadable', detail: 'lrs-statement' });
  }
  return results;
}
