import { scenarioCodes } from '../../content';
import {
  ASSIGNMENT_LIMITS,
  assignmentPayload,
  cleanText,
  MIN_PASS_MARK,
  createAssignmentId,
  encodeAssignmentCode,
  type Assignment,
  type FeedbackMode,
} from '../../records';
import { LRS_ENDPOINT } from '../../records/assignment.schema';
import { unprintableCharacters } from '../../integrations/pdf/font/certificate-ranges';
import { basicAuth, type LrsProbe } from './lrs-client';
import type { Locale, ScenarioId } from '../../engine';
import { signBytes, type TrainerKey } from '../../integrations/signing';
import type { MadeAssignment } from '../../stores/trainer-store';

/** The builder's fields as typed. */
export type AssignmentForm = {
  title: string;
  scenarios: ScenarioId[];
  passMark: string;
  feedback: FeedbackMode;
  due: string;
  trainer: string;
  organisation: string;
  locale: Locale;
  lrsEndpoint: string;
  lrsKey: string;
  lrsSecret: string;
};

export const FORM_FIELDS = ['title', 'scenarios', 'passMark', 'due', 'trainer', 'organisation', 'lrsEndpoint', 'lrsKey'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

export type FormError =
  | 'titleRequired'
  | 'titleTooLong'
  | 'noScenarios'
  | 'passMark'
  | 'dueInvalid'
  | 'duePast'
  | 'trainerTooLong'
  | 'organisationTooLong'
  | 'unprintable'
  | 'lrsEndpoint'
  | 'lrsKey'
  | `lrs-${Exclude<LrsProbe, 'write-only'>}`;
/** For each invalid field, the key of its message under `builder.error`. */
export type FormErrors = Partial<Record<FormField, FormError>>;
/** The characters of each field the certificate cannot print, for the `unprintable` message. */
export const unprintableIn = (text: string) => unprintableCharacters(cleanText(text));

// One line, single spaces, no direction controls: what is signed is what people see.
const clean = cleanText;

/** Checks the form; returns every problem at once, or the assignment (without its id) to sign. */
export function validateForm(form: AssignmentForm, today: string): { errors: FormErrors } | { assignment: Omit<Assignment, 'id'> } {
  const errors: FormErrors = {};
  const title = clean(form.title);
  const trainer = clean(form.trainer);
  const organisation = clean(form.organisation);
  // Printed on every certificate of the assignment: refused here, not when a learner downloads one.
  if (title === '') errors.title = 'titleRequired';
  else if (title.length > ASSIGNMENT_LIMITS.title) errors.title = 'titleTooLong';
  else if (unprintableCharacters(title).length > 0) errors.title = 'unprintable';
  if (form.scenarios.length === 0) errors.scenarios = 'noScenarios';
  const passMark = /^\d{1,3}$/.test(form.passMark.trim()) ? Number(form.passMark.trim()) : NaN;
  if (!(passMark >= MIN_PASS_MARK && passMark <= 100)) errors.passMark = 'passMark';
  const due = form.due.trim();
  if (due !== '') {
    const date = new Date(`${due}T00:00:00Z`);
    const real = /^\d{4}-\d{2}-\d{2}$/.test(due) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(due);
    if (!real) errors.due = 'dueInvalid';
    else if (due < today) errors.due = 'duePast';
  }
  if (trainer.length > ASSIGNMENT_LIMITS.name) errors.trainer = 'trainerTooLong';
  else if (unprintableCharacters(trainer).length > 0) errors.trainer = 'unprintable';
  if (organisation.length > ASSIGNMENT_LIMITS.name) errors.organisation = 'organisationTooLong';
  else if (unprintableCharacters(organisation).length > 0) errors.organisation = 'unprintable';
  const endpoint = form.lrsEndpoint.trim();
  const lrsKey = form.lrsKey.trim();
  if (endpoint !== '') {
    if (!LRS_ENDPOINT.test(endpoint)) errors.lrsEndpoint = 'lrsEndpoint';
    if (lrsKey === '' || form.lrsSecret === '') errors.lrsKey = 'lrsKey';
  }
  if (Object.keys(errors).length > 0) return { errors };
  return {
    assignment: {
      title,
      scenarios: form.scenarios,
      passMark,
      feedback: form.feedback,
      ...(due ? { due } : {}),
      ...(trainer ? { trainer } : {}),
      ...(organisation ? { organisation } : {}),
      locale: form.locale,
      ...(endpoint ? { lrs: { endpoint, auth: basicAuth(lrsKey, form.lrsSecret) } } : {}),
    },
  };
}

/** Gives the assignment an id, signs its payload with the trainer's key and packs the link code. */
export async function signAssignment(key: TrainerKey, draft: Omit<Assignment, 'id'>): Promise<MadeAssignment> {
  const assignment: Assignment = { id: createAssignmentId(), ...draft };
  const payload = assignmentPayload(assignment, scenarioCodes);
  const signature = await signBytes(key, new TextEncoder().encode(payload));
  const signed = { assignment, payload, publicKey: key.publicKey, signature };
  return { code: await encodeAssignmentCode(signed), signed, createdAt: new Date().toISOString() };
}
