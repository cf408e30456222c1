import type { FragmentId, UnitId } from './ids';

/**
 * The guards content may name. Content refers to them by name with params and can never add
 * behaviour; the machine factory implements each one.
 */
export const CONTENT_GUARDS = ['hasFlaggedAny', 'hasFlaggedAll'] as const;
export type ContentGuardName = (typeof CONTENT_GUARDS)[number];

export type GuardRef = { guard: ContentGuardName; params: { fragments: FragmentId[] } };

/** Evaluates a content guard against the set of marked units. */
export function evaluateGuard(ref: GuardRef, flags: ReadonlySet<UnitId>): boolean {
  switch (ref.guard) {
    case 'hasFlaggedAny':
      return ref.params.fragments.some((id) => flags.has(id));
    case 'hasFlaggedAll':
      return ref.params.fragments.every((id) => flags.has(id));
  }
}
