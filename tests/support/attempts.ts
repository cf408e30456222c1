import fc from 'fast-check';
import { replayAnswers } from '../../src/records';
import type { AttemptRecord, Scenario } from '../../src/engine';

/** Every fragment of a vignette in scene order. */
export const fragmentsOf = (scenario: Scenario) => scenario.scenes.flatMap((s) => s.fragments);

/** Plays a vignette with the given flags and option choice per decision (index, modulo the options). */
export function playAttempt(scenario: Scenario, flagged: (fragmentIndex: number) => boolean, pick: (nth: number) => number): AttemptRecord {
  const fragments = fragmentsOf(scenario);
  const flags = new Set(fragments.filter((_, i) => flagged(i)).map((f) => f.id));
  const attempt = replayAnswers(scenario, { mode: 'assessment', seed: 0, rules: 1 }, flags, (scene, nth) =>
    scene.type === 'decide' ? scene.options[pick(nth) % scene.options.length]?.id : undefined,
  );
  if (!attempt) throw new Error(`could not play ${scenario.id}`);
  return attempt;
}

/** Any complete attempt at a vignette: random flags, random options. */
export const attemptArbitrary = (scenario: Scenario): fc.Arbitrary<AttemptRecord> =>
  fc
    .record({ flags: fc.array(fc.boolean(), { minLength: fragmentsOf(scenario).length, maxLength: fragmentsOf(scenario).length }), options: fc.array(fc.nat(10), { minLength: 8, maxLength: 8 }) })
    .map(({ flags, options }) => playAttempt(scenario, (i) => flags[i] ?? false, (nth) => options[nth] ?? 0));
