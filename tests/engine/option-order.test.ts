import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SEED, asOptionId, asSceneId, newSeed, orderOptions, type Scene } from '../../src/engine';

const decision = (id: string, count: number): Extract<Scene, { type: 'decide' }> => ({
  id: asSceneId(id),
  type: 'decide',
  fragments: [],
  neutrals: [],
  options: Array.from({ length: count }, (_, i) => ({ id: asOptionId(`option-${i}`), quality: 'acceptable' as const, target: 'end' as const })),
});

const ids = (scene: Extract<Scene, { type: 'decide' }>, seed: number) => orderOptions(scene, seed).map((o) => o.id);

describe('orderOptions', () => {
  it('keeps the authored order for seed 0 (records made before shuffling)', () => {
    expect(ids(decision('choice', 4), 0)).toEqual(['option-0', 'option-1', 'option-2', 'option-3']);
  });

  it('is a permutation, and the same one for the same seed and scene every time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_SEED }), fc.integer({ min: 2, max: 6 }), (seed, count) => {
        const scene = decision('choice', count);
        expect([...ids(scene, seed)].sort()).toEqual(scene.options.map((o) => o.id).sort());
        expect(ids(scene, seed)).toEqual(ids(decision('choice', count), seed));
      }),
    );
  });

  it('puts each option first about equally often over the seeds, and orders decisions independently', () => {
    const scene = decision('choice', 4);
    const first = new Map<string, number>();
    for (let seed = 1; seed <= MAX_SEED; seed += 1) {
      const top = ids(scene, seed)[0] ?? '';
      first.set(top, (first.get(top) ?? 0) + 1);
    }
    for (const count of first.values()) expect(count / MAX_SEED).toBeGreaterThan(0.2);
    const other = decision('other', 4);
    const same = Array.from({ length: 200 }, (_, i) => i + 1).filter((seed) => ids(scene, seed).join() === ids(other, seed).join());
    expect(same.length).toBeLessThan(40);
  });

  it('makes seeds from 1 to MAX_SEED', () => {
    expect(newSeed(() => 0)).toBe(1);
    expect(newSeed(() => 0.999999999)).toBe(MAX_SEED);
  });
});
