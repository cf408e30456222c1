import { describe, expect, it } from 'vitest';
import { discriminationLevel, markingTendency } from '../../../src/engine';

describe('d′ and c in words', () => {
  it('names discrimination at the thresholds every screen shares', () => {
    expect([-1, 0, 0.74, 0.75, 1.49, 1.5, 3].map(discriminationLevel)).toEqual(['low', 'low', 'low', 'mid', 'mid', 'high', 'high']);
  });

  it('calls a criterion within a quarter of zero balanced, below it liberal and above it conservative', () => {
    expect([-1, -0.26, -0.25, 0, -0, 0.25, 0.26, 1].map(markingTendency)).toEqual([
      'liberal',
      'liberal',
      'balanced',
      'balanced',
      'balanced',
      'balanced',
      'conservative',
      'conservative',
    ]);
  });
});
