import { loadStructure, scenarioCodes } from '../../content';
import {
  assignmentDigest,
  decodeResultCode,
  expandAttempt,
  isPossibleAttempt,
  MAX_RESULT_FILE_BYTES,
  modeOfFeedback,
  readResultFile,
  type Assignment,
} from '../../records';
import type { AttemptRecord, Scenario, ScenarioId, ScenarioStructure } from '../../engine';
import { verifySignature } from '../../integrations/signing';
import { resultKey, type ImportedResult, type MadeAssignment, type ResultFlag } from '../../stores/trainer-store';

type Scenarios = ReadonlyMap<ScenarioId, Scenario>;

/** A fresh id for one imported result, and the moment it was imported. */
const stamp = (now = new Date()) => ({ id: crypto.randomUUID(), importedAt: now.toISOString() });

const unreadable = (source: string, via: ImportedResult['via'], detail: string): ImportedResult => ({
  ...stamp(),
  source,
  via,
  learner: null,
  attempts: [],
  flag: 'unreadable',
  detail,
});

/** The structure an attempt was played on: the current vignette, or an archived shipped version. */
async function structureFor(scenarios: Scenarios, id: ScenarioId, version: number): Promise<ScenarioStructure | undefined> {
  const current = scenarios.get(id);
  return current?.version === version ? current : loadStructure(id, version);
}

/**
 * Whether every attempt is for this assignment and a possible walk on the version it was played on
 * (current or archived); a version this build does not know is old content.
 */
export async function checkAttempts(assignment: Assignment, attempts: readonly AttemptRecord[], scenarios: Scenarios): Promise<ResultFlag | null> {
  for (const attempt of attempts) {
    if (!scenarios.has(attempt.scenarioId) || !assignment.scenarios.includes(attempt.scenarioId)) return 'impossible-answers';
    const structure = await structureFor(scenarios, attempt.scenarioId, attempt.contentVersion);
    if (!structure) return 'old-content';
    if (!isPossibleAttempt(structure, attempt)) return 'impossible-answers';
  }
  return null;
}

/**
 * Checks one result file against the trainer's own assignment: unreadable files, results for
 * another assignment, an altered assignment (changed pass mark, fewer vignettes, another key),
 * and answers the vignette does not allow are all set aside with the reason. Never throws.
 */
export async function checkResultFile(file: File, made: MadeAssignment, scenarios: Scenarios): Promise<ImportedResult> {
  if (file.size > MAX_RESULT_FILE_BYTES) return unreadable(file.name, 'file', 'too-large');
  let text: string;
  try {
    text = await file.text();
  } catch {
    return unreadable(file.name, 'file', 'not-json');
  }
  const read = readResultFile(text, scenarioCodes);
  if (!read.ok) return unreadable(file.name, 'file', read.error);
  const { learner, signed, attempts, savedAt } = read.value;
  const base = { ...stamp(), source: file.name, via: 'file' as const, learner, attempts, savedAt };
  const mine = made.signed;
  const check = await verifySignature(signed.publicKey, new TextEncoder().encode(signed.payload), signed.signature);
  if (signed.assignment.id !== mine.assignment.id) {
    return check === 'invalid' ? { ...base, flag: 'altered-assignment' } : { ...base, flag: 'other-assignment', detail: signed.assignment.title };
  }
  // The trainer's own copy is the reference: the same id with any other bytes is an altered copy.
  if (signed.payload !== mine.payload || signed.publicKey !== mine.publicKey || signed.signature !== mine.signature || check === 'invalid') {
    return { ...base, flag: 'altered-assignment' };
  }
  return { ...base, flag: await checkAttempts(mine.assignment, attempts, scenarios) };
}

/** Checks one pasted result code the same way; its attempts are rebuilt from the content. */
export async function checkResultCode(source: string, text: string, made: MadeAssignment, scenarios: Scenarios): Promise<ImportedResult> {
  const read = decodeResultCode(text, scenarioCodes);
  if (!read.ok) return unreadable(source, 'code', read.error);
  const code = read.value;
  const mine = made.signed;
  const attempts: AttemptRecord[] = [];
  let flag: ResultFlag | null = null;
  for (const compact of code.attempts) {
    const structure = scenarios.has(compact.scenarioId) ? await structureFor(scenarios, compact.scenarioId, compact.contentVersion) : undefined;
    if (!scenarios.has(compact.scenarioId) || !mine.assignment.scenarios.includes(compact.scenarioId)) flag ??= 'impossible-answers';
    else if (!structure) flag ??= 'old-content';
    else {
      const attempt = expandAttempt(structure, compact, modeOfFeedback(mine.assignment.feedback));
      if (attempt) attempts.push(attempt);
      else flag ??= 'impossible-answers';
    }
  }
  const base = { ...stamp(), source, via: 'code' as const, learner: code.learner, attempts };
  if (code.assignmentId !== mine.assignment.id) return { ...base, flag: 'other-assignment' };
  if (code.assignmentDigest !== (await assignmentDigest(mine))) return { ...base, flag: 'altered-assignment' };
  return { ...base, flag };
}

/**
 * Marks counted results whose learner and answers were counted already (or twice in this batch),
 * naming the result they repeat; a result set aside for another reason keeps that reason.
 */
export function markDuplicates(existing: readonly ImportedResult[], incoming: readonly ImportedResult[]): ImportedResult[] {
  const seen = new Map(existing.filter((r) => r.flag === null).map((r) => [resultKey(r), r.source]));
  return incoming.map((result) => {
    if (result.flag !== null) return result;
    const first = seen.get(resultKey(result));
    if (first !== undefined) return { ...result, flag: 'duplicate', detail: first };
    seen.set(resultKey(result), result.source);
    return result;
  });
}
