import { cleanText, scoreAssignment, type Assignment, type AssignmentScore } from '../../records';
import type { AttemptRecord, Scenario, ScenarioId } from '../../engine';
import type { ImportedResult } from '../../stores/trainer-store';

/** One learner of an assignment: every counted result of theirs, the latest attempt per vignette counting. */
export type LearnerRow = {
  /** The same for the same name however it was typed (case, spaces, composed accents). */
  key: string;
  /** The name as the learner's latest result gives it. */
  learner: string;
  /** Their counted results, oldest first: the history behind the row. */
  results: ImportedResult[];
  /** All their attempts in time order, each counted once. */
  attempts: AttemptRecord[];
  score: AssignmentScore;
  /** When their latest result was saved (or imported, when it carries no date). */
  latest: string;
};

/** How a name is compared: cleaned, compatibility-composed and case-folded. */
export const learnerKey = (name: string) => cleanText(name).normalize('NFKC').toLocaleLowerCase('und');

/** When a result was made, as far as it says: its own date, else when it was imported. */
export const resultTime = (result: Pick<ImportedResult, 'savedAt' | 'importedAt'>) => result.savedAt ?? result.importedAt;

const byTime = (a: ImportedResult, b: ImportedResult) => resultTime(a).localeCompare(resultTime(b)) || a.importedAt.localeCompare(b.importedAt);

/**
 * Groups counted results into one row per learner. A learner's results are put in time order and
 * their attempts joined, an attempt found in several results (a newer file repeats the older
 * ones) counted once at its latest place; the latest attempt per vignette then counts, under the
 * one pass rule (scoreAssignment).
 */
export function learnerRows(
  assignment: Pick<Assignment, 'scenarios' | 'passMark'>,
  results: readonly ImportedResult[],
  scenarios: ReadonlyMap<ScenarioId, Scenario>,
): LearnerRow[] {
  const groups = new Map<string, ImportedResult[]>();
  for (const result of results) {
    if (result.flag !== null || result.learner === null) continue;
    const key = learnerKey(result.learner);
    groups.set(key, [...(groups.get(key) ?? []), result]);
  }
  return [...groups].map(([key, group]) => {
    const ordered = [...group].sort(byTime);
    const all = ordered.flatMap((r) => r.attempts);
    const texts = all.map((a) => JSON.stringify(a));
    const attempts = all.filter((_, i) => texts.lastIndexOf(texts[i] ?? '') === i);
    const last = ordered.at(-1);
    return {
      key,
      learner: cleanText(last?.learner ?? ''),
      results: ordered,
      attempts,
      score: scoreAssignment(assignment, attempts, scenarios),
      latest: last ? resultTime(last) : '',
    };
  });
}

/** The expected participants without any counted result, as the trainer typed them. */
export const missingLearners = (expected: readonly string[], rows: readonly LearnerRow[]) => {
  const present = new Set(rows.map((r) => r.key));
  return expected.filter((name) => !present.has(learnerKey(name)));
};
