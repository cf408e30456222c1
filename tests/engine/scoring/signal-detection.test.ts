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
  it.each([
    [{ hits: 6, misses: 0, falseAlarms: 0, correctRejections: 4 }, 100],
    [{ hits: 6, misses: 0, falseAlarms: 4, correctRejections: 0 }, 0],
    [{ hits: 0, misses: 6, falseAlarms: 0, correctRejections: 4 }, 0],
    [{ hits: 3, misses: 3, falseAlarms: 0, correctRejections: 4 }, 50],
    [{ hits: 6, misses: 0, falseAlarms: 2, correctRejections: 2 }, 50],
    [{ hits: 1, misses: 5, falseAlarms: 4, correctRejections: 0 }, 0],
  ])('%o scores %d', (counts, expected) => {
    expect(scoreRecognition(counts)).toBeCloseTo(expected, 6);
  });
});
