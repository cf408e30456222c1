import { isControl } from './text-fields.schema';
import { LEARNER_NAME_MAX } from './result-file.schema';

/** A result code stores the learner's name with a one-byte length: at most 255 bytes of UTF-8. */
export const RESULT_CODE_NAME_BYTES = 255;

// Marks, embeddings, overrides and isolates that change the reading direction of what follows.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A name or title as typed, made safe for every record and screen: composed (NFC), without
 * control characters (NUL, tab, newline…) or direction controls that could flip how it reads,
 * on one line with single spaces.
 */
export const cleanText = (text: string) =>
  [...text.normalize('NFC')]
    .map((c) => (isControl(c) ? ' ' : c))
    .join('')
    .replace(BIDI_CONTROLS, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Why a learner's name cannot go into a result file and code; undefined when it can. */
export type LearnerNameProblem = { kind: 'required' } | { kind: 'too-long'; max: number } | { kind: 'too-many-bytes'; fit: number };

/**
 * Checks a cleaned learner name against every record it goes into: at most LEARNER_NAME_MAX
 * characters (files and certificates) and 255 bytes of UTF-8 (result codes). `fit` says about how
 * many characters of this name's script fit.
 */
export function learnerNameProblem(name: string): LearnerNameProblem | undefined {
  if (name === '') return { kind: 'required' };
  if (name.length > LEARNER_NAME_MAX) return { kind: 'too-long', max: LEARNER_NAME_MAX };
  const bytes = new TextEncoder().encode(name).length;
  if (bytes > RESULT_CODE_NAME_BYTES) return { kind: 'too-many-bytes', fit: Math.floor((RESULT_CODE_NAME_BYTES * [...name].length) / bytes) };
  return undefined;
}
