import { cleanText, compactAttempt, scoreAssignment, type Assignment, type AssignmentScore } from '../../records';
import type { Certificate } from '../../records/certificate.schema';
import { type AttemptRecord, type Locale, type Scenario, type ScenarioId } from '../../engine';

/** A vignette on a certificate: its counting (latest) attempt and that attempt's overall score. */
export type CertifiedVignette = { scenario: Scenario; attempt: AttemptRecord; score: number };


/** Today as YYYY-MM-DD in the learner's own time zone: the date they see on their calendar. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Where a learner stands for a certificate on a set of vignettes, under the one pass rule
 * (scoreAssignment → assessCourse): the latest of the given attempts per vignette counts, scored on
 * the current content. `vignettes` lists those with a counting attempt; `passed` says whether a
 * certificate may be issued. Only attempts that count towards a certificate should be given.
 */
export function certificateCourse(
  course: Pick<Assignment, 'scenarios' | 'passMark'>,
  attempts: readonly AttemptRecord[],
  scenarios: ReadonlyMap<ScenarioId, Scenario>,
): { vignettes: CertifiedVignette[]; score: AssignmentScore } {
  const score = scoreAssignment(course, attempts, scenarios);
  const vignettes = score.vignettes.flatMap((v) => {
    const scenario = scenarios.get(v.scenarioId);
    return scenario && v.attempt && v.score ? [{ scenario, attempt: v.attempt, score: v.score.overall }] : [];
  });
  return { vignettes, score };
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
  vignettes: readonly CertifiedVignette[];
  issued?: string;
  assignment?: Certificate['assignment'];
};

/** The certificate of a set of vignettes; each states the score recomputed from its answers. */
export function buildCertificate({ learner, locale, passMark, vignettes, issued = today(), assignment }: Input): Certificate {
  return {
    locale,
    issued,
    learner: cleanText(learner),
    passMark,
    attempts: vignettes.map(({ scenario, attempt, score }) => ({ ...compactAttempt(scenario, attempt), stated: score })),
    ...(assignment ? { assignment } : {}),
  };
}
