import fc from 'fast-check';
import {
  ASSIGNMENT_LIMITS,
  assignmentPayload,
  createAssignmentId,
  encodeAssignmentCode,
  type Assignment,
  type SignedAssignment,
} from '../../src/records';
import { isControl } from '../../src/records/text-fields.schema';
import { asScenarioId, LOCALES } from '../../src/engine';
import { getOrCreateTrainerKey, memoryKeyStore, signBytes, type TrainerKey } from '../../src/integrations/signing';
import { scenarioCodes, scenarioIds } from './scenario-text';

let key: Promise<TrainerKey> | undefined;

/** One Ed25519 trainer key for a test file, kept in memory. */
export const testKey = () => (key ??= getOrCreateTrainerKey(memoryKeyStore()));

export const ALL_SCENARIOS = scenarioIds;

/** A plain assignment; override any field. */
export const makeAssignment = (overrides: Partial<Assignment> = {}): Assignment => ({
  id: createAssignmentId(),
  title: 'Signalen herkennen',
  scenarios: [asScenarioId('hotel-room-214')],
  passMark: 70,
  feedback: 'end',
  locale: 'nl',
  ...overrides,
});

/** Signs an assignment as the trainer's browser does, and packs its link code. */
export async function signAssignment(assignment: Assignment, signer?: TrainerKey): Promise<SignedAssignment & { code: string }> {
  const trainer = signer ?? (await testKey());
  const payload = assignmentPayload(assignment, scenarioCodes);
  const signature = await signBytes(trainer, new TextEncoder().encode(payload));
  const signed = { assignment, payload, publicKey: trainer.publicKey, signature };
  return { ...signed, code: await encodeAssignmentCode(signed) };
}

// Trimmed, one line, no control characters: what the builder produces from anything typed.
const line = (max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: max })
    .map((s) => [...s].filter((c) => !isControl(c)).join('').replace(/\s+/g, ' ').trim().slice(0, max).trim())
    .filter((s) => s.length > 0 && s === s.trim());

const date = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Any valid assignment, including Unicode titles and names up to the limits. */
export const assignmentArbitrary: fc.Arbitrary<Assignment> = fc.record(
  {
    id: fc.uint8Array({ minLength: 6, maxLength: 6 }).map((b) => Buffer.from(b).toString('base64url')),
    title: line(ASSIGNMENT_LIMITS.title),
    scenarios: fc.shuffledSubarray(ALL_SCENARIOS, { minLength: 1 }),
    passMark: fc.integer({ min: 0, max: 100 }),
    feedback: fc.constantFrom('scene' as const, 'end' as const),
    due: date,
    trainer: line(ASSIGNMENT_LIMITS.name),
    organisation: line(ASSIGNMENT_LIMITS.name),
    locale: fc.constantFrom(...LOCALES),
  },
  { requiredKeys: ['id', 'title', 'scenarios', 'passMark', 'feedback', 'locale'] },
);
