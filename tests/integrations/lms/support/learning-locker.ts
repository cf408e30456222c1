import * as validation from '@learninglocker/xapi-validation';

// A CommonJS module whose `exports.default` is the validator; Node's ESM loader wraps it once more.
type Validate = (statement: unknown) => { path: (string | number)[]; constructor: { name: string } }[];
const module = validation as unknown as { default: Validate | { default: Validate } };
const validate: Validate = typeof module.default === 'function' ? module.default : module.default.default;

/** Learning Locker's own statement validator (the one its LRS runs): every problem as text. */
export function learningLockerProblems(statement: unknown): string[] {
  return validate(statement).map((warning) => `${warning.path.join('.')}: ${warning.constructor.name}`);
}
