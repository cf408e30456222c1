import { compactAttempt, type Assignment } from '../../records';
import type { Certificate } from '../../records/certificate.schema';
import { scoreAttempt, type AttemptRecord, type Locale, type Scenario } from '../../engine';

/** A vignette a learner passed: the attempt that goes on the certificate and its score. */
export type PassedAttempt = { scenario: Scenario; attempt: AttemptRecord; score: number };

/**
 * A name as it goes on a certificate: composed (NFC, so "ễ" is one character whatever the
 * keyboard sent), trimmed, and with runs of spaces made one.
 */
export const normaliseName = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Today as YYYY-MM-DD in the learner's own time zone: the date they see on their calendar. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The best attempt of a vignette that passes on the current content version, if any. Scores are
 * recomputed here, never read from storage.
 */
export function bestPassingAttempt(scenario: Scenario, attempts: readonly AttemptRecord[], passMark: number): PassedAttempt | undefined {
  let best: PassedAttempt | undefined;
  for (const attempt of attempts) {
    if (attempt.contentVersion !== scenario.version) continue;
    const score = scoreAttempt(scenario, attempt, passMark);
    if (score.passed && (!best || score.overall > best.score)) best = { scenario, attempt, score: score.overall };
  }
  return best;
}

/**
 * The best passing attempt of every vignette of an assignment, at its pass mark and in its order;
 * undefined while any vignette is not passed yet.
 */
export function passedAssignment(
  assignment: Pick<Assignment, 'scenarios' | 'passMark'>,
  attempts: readonly AttemptRecord[],
  scenarios: ReadonlyMap<string, Scenario>,
): PassedAttempt[] | undefined {
  const passed: PassedAttempt[] = [];
  for (const id of assignment.scenarios) {
    const scenario = scenarios.get(id);
    const best = scenario ? bestPassingAttempt(scenario, attempts.filter((a) => a.scenarioId === id), assignment.passMark) : undefined;
    if (!best) return undefined;
    passed.push(best);
  }
  return passed;
}

/** The assignment a certificate is for: what it prints, from the trainer's signed assignment. */
export const certificateAssignment = (assignment: Assignment, trainer = assignment.trainer, organisation = assignment.organisation) => ({
  title: assignment.title,
  ...(trainer ? { trainer } : {}),
  ...(organisation ? { organisation } : {}),
});


type Input = {
  learner: string;
  locale: Locale;
  passMark: number;
  passed: readonly PassedAttempt[];
  issued?: string;
  assignment?: Certificate['assignment'];
};

/** The certificate of a set of passed vignettes; each states the score recomputed from its answers. */
export function buildCertificate({ learner, locale, passMark, passed, issued = today(), assignment }: Input): Certificate {
  return {
    locale,
    issued,
    learner: normaliseName(learner),
    passMark,
    attempts: passed.map(({ scenario, attempt }) => ({
      ...compactAttempt(scenario, attempt),
      stated: scoreAttempt(scenario, attempt, passMark).overall,
    })),
    ...(assignment ? { assignment } : {}),
  };
}
