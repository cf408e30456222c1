import { scenarioCodes } from '../../content';
import { decodeResultCode, MAX_RESULT_CODE_LENGTH } from '../../records';

/** What pasted text held: the result codes found, and pieces that look like a damaged code. */
export type FoundCodes = { codes: string[]; damaged: string[] };

// A result code's first byte is 0x11 to 0x13 (its versions), so its base64url starts with "E".
const CODE_START = /^E/;
const SHORTEST_CODE = 23;

/**
 * Finds every result code in pasted text, however it arrived: several per line or one per line,
 * wrapped over lines by an e-mail program, with spaces or quote marks in between, or with words
 * and a link around it. Pieces of code-like text are joined until they form a code whose checksum
 * is right; a piece that starts like a code but never becomes one is reported as damaged.
 */
export function findResultCodes(text: string): FoundCodes {
  const runs = text.match(/[A-Za-z0-9_-]+/g) ?? [];
  const codes: string[] = [];
  const damaged: string[] = [];
  for (let i = 0; i < runs.length; i += 1) {
    const first = runs[i] ?? '';
    if (!CODE_START.test(first)) continue;
    let joined = '';
    let found = -1;
    for (let j = i; j < runs.length && joined.length <= MAX_RESULT_CODE_LENGTH; j += 1) {
      joined += runs[j];
      if (joined.length >= SHORTEST_CODE && decodeResultCode(joined, scenarioCodes).ok) {
        found = j;
        break;
      }
    }
    if (found >= 0) {
      codes.push(joined);
      i = found;
    } else if (first.length >= SHORTEST_CODE) damaged.push(first);
  }
  return { codes, damaged };
}
