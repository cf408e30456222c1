import { MAX_SEED } from './attempt.types';
import type { DecisionOption, Scene } from './scenario.types';

/** A fresh seed for a new attempt; `random` returns a number in [0, 1) like Math.random. */
export const newSeed = (random: () => number = Math.random) => 1 + Math.floor(random() * MAX_SEED);

// FNV-1a over the scene id, mixed with the seed: each decision of an attempt gets its own order.
function hash(seed: number, text: string) {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// mulberry32: a tiny, well-mixed 32-bit generator; the same state gives the same sequence everywhere.
function generator(state: number) {
  let s = state;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The options of a decision in the order an attempt shows them: a shuffle determined by the
 * attempt's seed and the scene, so it is the same after reload, language switch, resume and
 * replay. Seed 0 is the authored order (records made before shuffling).
 */
export function orderOptions(scene: Extract<Scene, { type: 'decide' }>, seed: number): DecisionOption[] {
  const options = [...scene.options];
  if (seed === 0) return options;
  const next = generator(hash(seed, scene.id));
  for (let i = options.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [options[i], options[j]] = [options[j]!, options[i]!];
  }
  return options;
}
