import { scenarioCodes } from '../../content';
import {
  ASSIGNMENT_LIMITS,
  assignmentPayload,
  createAssignmentId,
  encodeAssignmentCode,
  type Assignment,
  type FeedbackMode,
} from '../../records';
import { isControl } from '../../records/text-fields.schema';
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
};

export const FORM_FIELDS = ['title', 'scenarios', 'passMark', 'due', 'trainer', 'organisation'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

export type FormError = 'titleRequired' | 'titleTooLong' | 'noScenarios' | 'passMark' | 'dueInvalid' | 'duePast' | 'trainerTooLong' | 'organisationTooLong';
/** For each invalid field, the key of its message under `builder.error`. */
export type FormErrors = Partial<Record<FormField, FormError>>;

// One line, single spaces: what is signed is what people see.
const clean = (text: string) => [...text].map((c) => (isControl(c) ? ' ' : c)).join('').replace(/\s+/g, ' ').trim();

/** Checks the form; returns every problem at once, or the assignment (without its id) to sign. */
export function validateForm(form: AssignmentForm, today: string): { errors: FormErrors } | { assignment: Omit<Assignment, 'id'> } {
  const errors: FormErrors = {};
  const title = clean(form.title);
  const trainer = clean(form.trainer);
  const organisation = clean(form.organisation);
  if (title === '') errors.title = 'titleRequired';
  else if (title.length > ASSIGNMENT_LIMITS.title) errors.title = 'titleTooLong';
  if (form.scenarios.length === 0) errors.scenarios = 'noScenarios';
  const passMark = /^\d{1,3}$/.test(form.passMark.trim()) ? Number(form.passMark.trim()) : NaN;
  if (!(passMark >= 0 && passMark <= 100)) errors.passMark = 'passMark';
  const due = form.due.trim();
  if (due !== '') {
    const date = new Date(`${due}T00:00:00Z`);
    const real = /^\d{4}-\d{2}-\d{2}$/.test(due) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(due);
    if (!real) errors.due = 'dueInvalid';
    else if (due < today) errors.due = 'duePast';
  }
  if (trainer.length > ASSIGNMENT_LIMITS.name) errors.trainer = 'trainerTooLong';
  if (organisation.length > ASSIGNMENT_LIMITS.name) errors.organisation = 'organisationTooLong';
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
