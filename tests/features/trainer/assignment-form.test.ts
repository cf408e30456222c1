import { describe, expect, it } from 'vitest';
import { assignmentPayload, decodeAssignmentCode, MIN_PASS_MARK } from '../../../src/records';
import { asScenarioId } from '../../../src/engine';
import { signAssignment, unprintableIn, validateForm, type AssignmentForm } from '../../../src/features/trainer/assignment-form';
import { verifySignature } from '../../../src/integrations/signing';
import { testKey } from '../../support/assignments';
import { scenarioCodes } from '../../support/scenario-text';

const form = (overrides: Partial<AssignmentForm> = {}): AssignmentForm => ({
  title: 'Signalen herkennen',
  scenarios: [asScenarioId('hotel-room-214')],
  passMark: '70',
  feedback: 'end',
  due: '',
  trainer: '',
  organisation: '',
  locale: 'nl',
  lrsEndpoint: '',
  lrsKey: '',
  lrsSecret: '',
  ...overrides,
});

describe('the assignment builder form', () => {
  it('reports every problem at once', () => {
    const result = validateForm(form({ title: '  ', scenarios: [], passMark: '101', due: '2026-02-30', trainer: 'x'.repeat(81) }), '2026-01-01');
    expect(result).toEqual({ errors: { title: 'titleRequired', scenarios: 'noScenarios', passMark: 'passMark', due: 'dueInvalid', trainer: 'trainerTooLong' } });
    expect(validateForm(form({ due: '2025-12-31' }), '2026-01-01')).toEqual({ errors: { due: 'duePast' } });
    expect(validateForm(form({ passMark: '7.5' }), '2026-01-01')).toEqual({ errors: { passMark: 'passMark' } });
    expect(validateForm(form({ due: 'morgen' }), '2026-01-01')).toEqual({ errors: { due: 'dueInvalid' } });
  });

  it('refuses a pass mark under the course minimum, and text the certificate cannot print, up front', () => {
    expect(validateForm(form({ passMark: String(MIN_PASS_MARK - 1) }), '2026-01-01')).toEqual({ errors: { passMark: 'passMark' } });
    expect('assignment' in validateForm(form({ passMark: String(MIN_PASS_MARK) }), '2026-01-01')).toBe(true);
    expect(validateForm(form({ title: '人口贩卖培训', trainer: 'Ана', organisation: 'مؤسسة' }), '2026-01-01')).toEqual({
      errors: { title: 'unprintable', organisation: 'unprintable' },
    });
    expect(unprintableIn('培训 A')).toEqual(['培', '训']);
  });

  it('removes direction controls, so the title learners see is the one that was signed', () => {
    const result = validateForm(form({ title: 'Ronde \u202Eedn0r\u202C' }), '2026-01-01');
    expect('assignment' in result && result.assignment.title).toBe('Ronde edn0r');
  });

  it('cleans what was typed into one line, and leaves empty optional fields out', () => {
    const result = validateForm(form({ title: ' Ronde\t1:\n  hotel ', trainer: ' Anna ', passMark: ' 80 ' }), '2026-01-01');
    expect(result).toEqual({
      assignment: { title: 'Ronde 1: hotel', scenarios: ['hotel-room-214'], passMark: 80, feedback: 'end', trainer: 'Anna', locale: 'nl' },
    });
  });

  it('signs what it made: the link decodes to the same assignment with a valid signature', async () => {
    const result = validateForm(form({ due: '2030-01-01', organisation: 'Hotel De Zeeuw' }), '2026-01-01');
    if (!('assignment' in result)) throw new Error('the form is valid');
    const made = await signAssignment(await testKey(), result.assignment);
    const decoded = await decodeAssignmentCode(made.code, scenarioCodes);
    expect(decoded.ok && decoded.value.assignment).toEqual(made.signed.assignment);
    expect(made.signed.payload).toBe(assignmentPayload(made.signed.assignment, scenarioCodes));
    expect(await verifySignature(made.signed.publicKey, new TextEncoder().encode(made.signed.payload), made.signed.signature)).toBe('valid');
  });
});
