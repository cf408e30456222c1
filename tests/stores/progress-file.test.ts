import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeProgressFile, encodeProgressFile, PROGRESS_FILE_MAX_BYTES } from '../../src/stores/progress-file';
import type { PersistedProgress } from '../../src/stores/progress-store';

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const event = fc.oneof(
  fc.constant({ type: 'learner.acknowledge' as const }),
  fc.constant({ type: 'learner.submit' as const }),
  fc.constant({ type: 'learner.continue' as const }),
  fc.oneof(id, fc.tuple(id, fc.integer({ min: 1, max: 99 })).map(([scene, n]) => `${scene}.${n}`)).map((unit) => ({ type: 'learner.toggle' as const, unit })),
  id.map((option) => ({ type: 'learner.choose' as const, option })),
);
const mode = fc.constantFrom('practice' as const, 'assessment' as const);
const seed = fc.integer({ min: 0, max: 4095 });
const attempt = fc.record({
  scenarioId: id,
  contentVersion: fc.integer({ min: 1, max: 50 }),
  mode,
  seed,
  rules: fc.constantFrom(1 as const, 2 as const),
  path: fc.array(id, { maxLength: 6 }),
  flags: fc.array(id, { maxLength: 8 }),
  choices: fc.array(fc.record({ scene: id, option: id }), { maxLength: 3 }),
});
const progress = fc.record({
  inProgress: fc.dictionary(id, fc.record({ contentVersion: fc.integer({ min: 1, max: 50 }), mode, seed, events: fc.array(event, { maxLength: 20 }) }), { maxKeys: 4 }),
  completed: fc.dictionary(id, fc.array(attempt, { minLength: 1, maxLength: 3 }), { maxKeys: 4 }),
}) as fc.Arbitrary<PersistedProgress>;

const when = new Date('2026-11-27T12:00:00Z');

describe('progress file', () => {
  it('round-trips any progress', () => {
    fc.assert(
      fc.property(progress, (p) => {
        const decoded = decodeProgressFile(encodeProgressFile(p, when));
        expect(decoded).toEqual({ ok: true, progress: p, exportedAt: when.toISOString(), unreadable: 0 });
      }),
    );
  });

  it('never throws on random text and refuses it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(decodeProgressFile(text).ok).toBe(false);
      }),
    );
  });

  it('never throws on truncated or bit-flipped files', () => {
    fc.assert(
      fc.property(progress, fc.nat(), fc.nat(), (p, cut, flip) => {
        const text = encodeProgressFile(p, when);
        const truncated = text.slice(0, cut % text.length);
        const at = flip % text.length;
        const flipped = text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ 1) + text.slice(at + 1);
        for (const damaged of [truncated, flipped]) {
          const result = decodeProgressFile(damaged);
          if (result.ok) expect(result.progress).toBeDefined();
          else expect(['not-json', 'not-signaal', 'invalid', 'newer-version']).toContain(result.error);
        }
      }),
    );
  });

  it.each([
    ['oversized', 'x'.repeat(PROGRESS_FILE_MAX_BYTES + 1), 'too-large'],
    ['not JSON', '{"format": "signaal-progress",', 'not-json'],
    ['another program', JSON.stringify({ name: 'my-notes', items: [] }), 'not-signaal'],
    ['a newer version', JSON.stringify({ format: 'signaal-progress', version: 99, exportedAt: '', progress: {} }), 'newer-version'],
    ['bad contents', JSON.stringify({ format: 'signaal-progress', version: 1, exportedAt: '', progress: { inProgress: [], completed: 3 } }), 'invalid'],
  ])('names the reason for a file that is %s', (_label, text, error) => {
    expect(decodeProgressFile(text)).toEqual({ ok: false, error });
  });

  it('reads a file record by record: one it cannot read is counted and left out, the rest is read', () => {
    const good = { scenarioId: 'hotel-room-214', contentVersion: 1, path: ['a'], flags: [], choices: [] };
    const text = JSON.stringify({
      format: 'signaal-progress',
      version: 1,
      exportedAt: '',
      progress: {
        inProgress: { 'hotel-room-214': { contentVersion: 1, events: [{ type: 'learner.rewind' }] } },
        completed: { 'hotel-room-214': [good, { ...good, flags: 'all' }] },
      },
    });
    // A version-1 file: its attempt is read as made before attempt record v2.
    const read = { ...good, mode: 'assessment', seed: 0, rules: 1 };
    expect(decodeProgressFile(text)).toEqual({ ok: true, progress: { inProgress: {}, completed: { 'hotel-room-214': [read] } }, exportedAt: '', unreadable: 2 });
  });

  it('counts vignette ids such as constructor and __proto__ as unreadable and never as properties', () => {
    const good = { scenarioId: 'x', contentVersion: 1, path: ['a'], flags: [], choices: [] };
    const text = `{"format":"signaal-progress","version":1,"exportedAt":"","progress":{"inProgress":{},"completed":{"constructor":[${JSON.stringify(good)}],"__proto__":[${JSON.stringify(good)}],"x":[${JSON.stringify(good)}]}}}`;
    const decoded = decodeProgressFile(text);
    expect(decoded).toEqual({ ok: true, progress: { inProgress: {}, completed: { x: [{ ...good, mode: 'assessment', seed: 0, rules: 1 }] } }, exportedAt: '', unreadable: 2 });
    if (decoded.ok) expect(Object.getPrototypeOf(decoded.progress.completed)).toBe(Object.prototype);
  });
});
