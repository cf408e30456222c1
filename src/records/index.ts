// Versioned records that leave the browser: assignment links and learners' result files and
// codes. Every decoder validates with zod/mini and returns a reason instead of throwing.
export { BASE64URL, fromBase64url, toBase64url } from './base64url';
export type { Decoded } from './decoded';
export {
  ASSIGNMENT_LIMITS,
  ASSIGNMENT_VERSION,
  FEEDBACK_MODES,
  type Assignment,
  type FeedbackMode,
  type SignedAssignment,
} from './assignment.schema';
export {
  MAX_ASSIGNMENT_CODE_LENGTH,
  assignmentPayload,
  createAssignmentId,
  decodeAssignmentCode,
  encodeAssignmentCode,
  parseAssignmentPayload,
  type AssignmentCodeError,
} from './assignment-codec';
export { LEARNER_NAME_MAX, MAX_RESULT_FILE_BYTES, RESULT_FILE_FORMAT, RESULT_FILE_VERSION } from './result-file.schema';
export { readResultFile, writeResultFile, type ResultFile, type ResultFileError } from './result-file-codec';
export { MAX_RESULT_CODE_LENGTH, assignmentDigest, decodeResultCode, encodeResultCode, type ResultCode, type ResultCodeError } from './result-code';
export { compactAttempt, expandAttempt, unitsOf, type CompactAttempt } from './attempt-encoding';
export { isPossibleAttempt, replayAnswers, type AttemptRun } from './replay-answers';
export { modeOfFeedback, toAttemptRecord } from './attempt.schema';
export { scoreAssignment, type AssignmentScore, type VignetteResult } from './assignment-score';
export { cleanText, learnerNameProblem, RESULT_CODE_NAME_BYTES, type LearnerNameProblem } from './person-name';
export { MIN_PASS_MARK } from './pass-mark';
