import { describe, expect, it } from 'vitest';
import { inverseNormal } from '../../../src/engine/scoring/inverse-normal';

describe('inverseNormal', () => {
  it.each([
    [0.5, 0],
    [0.975, 1.959964],
    [0.025, -1.959964],
    [0.8413447, 1],
    [0.001, -3.090232],
    [0.999, 3.090232],
  ])('z(%f) ≈ %f', (p, z) => {
    expect(inverseNormal(p)).toBeCloseTo(z, 5);
  });

  it('refuses probabilities of 0 and 1, which the log-linear correction never produces', () => {
    expect(() => inverseNormal(0)).toThrow(RangeError);
    expect(() => inverseNormal(1)).toThrow(RangeError);
  });
});
