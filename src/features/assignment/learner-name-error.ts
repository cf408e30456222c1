import type { TFunction } from 'i18next';
import type { LearnerNameProblem } from '../../records';

/** What is wrong with the name a learner typed, in their words; null when it fits every record. */
export function learnerNameError(problem: LearnerNameProblem | undefined, t: TFunction<'assignment'>, required = t('result.nameRequired')): string | null {
  if (!problem) return null;
  if (problem.kind === 'required') return required;
  if (problem.kind === 'too-long') return t('result.nameTooLong', { max: problem.max });
  return t('result.nameTooManyBytes', { fit: problem.fit });
}
