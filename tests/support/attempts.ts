import fc from 'fast-check';
import { MAX_SEED, MODES, type AttemptRecord, type Scenario } from '../../src/engine';
import { replayAnswers, unitsOf, type AttemptRun } from '../../src/records';

/** Every fragment of a vignette in scene order. */
export const fragmentsOf = (scenario: Scenario) => scenario.scenes.flatMap((s) => s.fragments);

const RUN: AttemptRun = { mode: 'assessment', seed: 0, rules: 2 };

/**
 * Plays a vignette marking the units (fragments, then neutral units, in scene order) for which
 * `flagged` holds, and the option `pick` gives per decision (index, modulo the options).
 */
export function playAttempt(scenario: Scenario, flagged: (unitIndex: number) => boolean, pick: (nth: number) => number, run: AttemptRun = RUN): AttemptRecord {
  const flags = new Set(unitsOf(scenario).filter((_, i) => flagged(i)));
  const attempt = replayAnswers(scenario, run, flags, (scene, nth) =>
    scene.type === 'decide' ? scene.options[pick(nth) % scene.options.length]?.id : undefined,
  );
  if (!attempt) throw new Error(`could not play ${scenario.id}`);
  return attempt;
}

/**
 * Any complete attempt at a vignette: random marks on fragments, a few on neutral sentences, random
 * options, either mode, any seed.
 */
export const attemptArbitrary = (scenario: Scenario): fc.Arbitrary<AttemptRecord> => {
  const fragments = fragmentsOf(scenario).length;
  const units = unitsOf(scenario).length;
  return fc
    .record({
      flags: fc.array(fc.boolean(), { minLength: fragments, maxLength: fragments }),
      neutral: fc.uniqueArray(fc.integer({ min: fragments, max: Math.max(fragments, units - 1) }), { maxLength: units > fragments ? 6 : 0 }),
      options: fc.array(fc.nat(10), { minLength: 8, maxLength: 8 }),
      mode: fc.constantFrom(...MODES),
      seed: fc.integer({ min: 1, max: MAX_SEED }),
    })
    .map(({ flags, neutral, options, mode, seed }) =>
      playAttempt(scenario, (i) => flags[i] ?? neutral.includes(i), (nth) => options[nth] ?? 0, { mode, seed, rules: 2 }),
    );
};
