import { describe, expect, it } from 'vitest';
import { cleanText, compactAttempt, decodeResultCode, encodeResultCode, learnerNameProblem, LEARNER_NAME_MAX, RESULT_CODE_NAME_BYTES } from '../../src/records';
import { playAttempt } from '../support/attempts';
import { scenarioById, scenarioCodes } from '../support/scenario-text';

const hotel = scenarioById('hotel-room-214');
const attempts = [compactAttempt(hotel, playAttempt(hotel, () => false, () => 0))];

describe('names in every record', () => {
  it('removes NUL, other control characters and direction controls, and composes accents', () => {
    expect(cleanText('  Ana\u0000 \u202Eseuqcaj\u202C\tDe  Vries ')).toBe('Ana seuqcaj De Vries');
    expect(cleanText('Nguye\u0302\u0303n')).toBe('Nguyễn');
    expect(cleanText('\u2067مريم\u2069')).toBe('مريم');
  });

  it('refuses up front a name that would not fit a result code, saying how many characters of its script fit', () => {
    const chinese = '张'.repeat(86);
    expect(learnerNameProblem(chinese)).toEqual({ kind: 'too-many-bytes', fit: 85 });
    expect(learnerNameProblem('ไทย'.repeat(30))).toEqual({ kind: 'too-many-bytes', fit: 85 });
    expect(learnerNameProblem('x'.repeat(LEARNER_NAME_MAX + 1))).toEqual({ kind: 'too-long', max: LEARNER_NAME_MAX });
    expect(learnerNameProblem('')).toEqual({ kind: 'required' });
  });

  it('makes a result code from every name it accepts, in any script', () => {
    for (const learner of ['张'.repeat(85), 'ไทย'.repeat(28), 'مريم الحسن', 'Zoë', 'é'.repeat(100)]) {
      expect(learnerNameProblem(learner), learner).toBeUndefined();
      expect(new TextEncoder().encode(learner).length).toBeLessThanOrEqual(RESULT_CODE_NAME_BYTES);
      const decoded = decodeResultCode(encodeResultCode({ assignmentId: 'AbCdEfGh', assignmentDigest: 'AAAAAAAA', learner, attempts }, scenarioCodes), scenarioCodes);
      expect(decoded.ok && decoded.value.learner).toBe(learner);
    }
  });
});
