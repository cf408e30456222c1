import { describe, expect, it } from 'vitest';
import { measureSensitivity, scoreRecognition } from '../../../src/engine';

describe('measureSensitivity (log-linear correction, Hautus 1995)', () => {
  it('matches the worked example of the fact brief: 8 hits of 8, 1 false alarm of 8', () => {
    const result = measureSensitivity({ hits: 8, misses: 0, falseAlarms: 1, correctRejections: 7 });
    expect(result.hitRate).toBeCloseTo(0.944, 3);
    expect(result.falseAlarmRate).toBeCloseTo(0.167, 3);
    expect(result.dPrime).toBeCloseTo(2.56, 2);
    expect(result.criterion).toBeCloseTo(-0.31, 2);
  });

  it('stays finite for a perfect and for an empty attempt', () => {
    const perfect = measureSensitivity({ hits: 6, misses: 0, falseAlarms: 0, correctRejections: 4 });
    const none = measureSensitivity({ hits: 0, misses: 6, falseAlarms: 0, correctRejections: 4 });
    expect(Number.isFinite(perfect.dPrime)).toBe(true);
    expect(perfect.dPrime).toBeGreaterThan(2);
    expect(none.dPrime).toBeLessThan(0.5);
    expect(none.criterion).toBeGreaterThan(0.5);
  });

  it('reads flagging everything as a liberal criterion with no sensitivity', () => {
    const all = measureSensitivity({ hits: 6, misses: 0, falseAlarms: 4, correctRejections: 0 });
    expect(all.criterion).toBeLessThan(-1);
    expect(Math.abs(all.dPrime)).toBeLessThan(0.5);
  });
});

describe('scoreRecognition', () => {
  const tally = (marked: number, total: number) => ({ marked, total });
  it.each([
    [{ signals: tally(6, 6), distractors: tally(0, 4), neutrals: tally(0, 0) }, 1, 100],
    [{ signals: tally(6, 6), distractors: tally(4, 4), neutrals: tally(0, 0) }, 1, 0],
    [{ signals: tally(3, 6), distractors: tally(0, 4), neutrals: tally(0, 0) }, 1, 50],
    [{ signals: tally(6, 6), distractors: tally(2, 4), neutrals: tally(0, 0) }, 1, 50],
    [{ signals: tally(1, 6), distractors: tally(4, 4), neutrals: tally(0, 0) }, 1, 0],
    // Rules 1 never looked at neutral units.
    [{ signals: tally(6, 6), distractors: tally(0, 4), neutrals: tally(10, 10) }, 1, 100],
    // Rules 2: half the distractor share, half the neutral share.
    [{ signals: tally(6, 6), distractors: tally(0, 4), neutrals: tally(10, 10) }, 2, 50],
    [{ signals: tally(6, 6), distractors: tally(2, 4), neutrals: tally(0, 20) }, 2, 75],
    [{ signals: tally(6, 6), distractors: tally(0, 4), neutrals: tally(2, 20) }, 2, 95],
    [{ signals: tally(6, 6), distractors: tally(4, 4), neutrals: tally(20, 20) }, 2, 0],
    [{ signals: tally(4, 8), distractors: tally(1, 4), neutrals: tally(0, 0) }, 2, 25],
  ] as const)('%o under rules %d scores %d', (tallies, rules, expected) => {
    expect(scoreRecognition(tallies, rules)).toBeCloseTo(expected, 6);
  });
});
