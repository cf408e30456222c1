import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPossibleAttempt } from '../../src/records';
import { asFragmentId, asOptionId, asSceneId, type AttemptRecord } from '../../src/engine';
import { ALL_SCENARIOS } from '../support/assignments';
import { attemptArbitrary, fragmentsOf, playAttempt } from '../support/attempts';
import { scenarioById } from '../support/scenario-text';

const scenarios = ALL_SCENARIOS.map(scenarioById);
const hotel = scenarioById('hotel-room-214');

// WebCrypto, the scenario machine and many property runs: slow on a busy machine, never stuck.
describe('checking that recorded answers are a possible walk', { timeout: 60_000 }, () => {
  it('every attempt the machine produces is possible', () => {
    fc.assert(
      fc.property(fc.constantFrom(...scenarios).chain((s) => attemptArbitrary(s).map((a) => [s, a] as const)), ([scenario, attempt]) => {
        expect(isPossibleAttempt(scenario, attempt)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('an edited attempt is not: a scene skipped, an unknown flag, a choice swapped, a flag twice', () => {
    const attempt = playAttempt(hotel, (i) => i % 2 === 0, () => 0);
    const decision = hotel.scenes.find((s) => s.type === 'decide');
    if (decision?.type !== 'decide') throw new Error('needs a decision');
    const other = decision.options.find((o) => o.id !== attempt.choices[0]?.option);
    const edits: AttemptRecord[] = [
      { ...attempt, path: attempt.path.slice(1) },
      { ...attempt, flags: [...attempt.flags, asFragmentId('made-up')] },
      { ...attempt, choices: [{ scene: decision.id, option: other?.id ?? asOptionId('x') }] },
      { ...attempt, choices: [] },
      { ...attempt, flags: [...attempt.flags, attempt.flags[0]!] },
      { ...attempt, path: [...attempt.path, asSceneId('monday-check-in')] },
      { ...attempt, contentVersion: hotel.version + 1 },
    ];
    for (const edit of edits) expect(isPossibleAttempt(hotel, edit)).toBe(false);
    expect(fragmentsOf(hotel).length).toBeGreaterThan(0);
  });
});
