// @vitest-environment node
// The fuzz harness can fail: each property it asserts is shown failing on a decoder built to
// break it (throws, hangs, never settles, pollutes a prototype, hands back a foreign prototype,
// accepts an edited input), and a failure names the seed to replay it with.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameJson } from '../support/fuzz-checks';
import { FUZZ_SEED, fuzzDecoder, seedFor, type FuzzCase } from '../support/fuzz-harness';
import { applyByteEdits, applyTextEdits, burstBits, editJson } from '../support/fuzz-inputs';

// The shared test setup clears localStorage after each test; Node has none, and nothing here stores.
Object.defineProperty(globalThis, 'localStorage', { value: { clear: () => undefined }, configurable: true, writable: true });

type Input = FuzzCase<{ original: string }>;

/** A tiny fuzz run over short texts, with one faulty decoder; the bound is short for the hang cases. */
const run = (decode: (input: Input) => unknown, check: (input: Input, output: unknown) => void = () => undefined) =>
  fuzzDecoder({
    name: 'faulty decoder',
    recipes: fc.string({ unit: fc.constantFrom('a', 'b', 'x'), maxLength: 6 }),
    build: (text): Input => ({ kind: text.includes('x') ? 'mutated' : 'valid', text, original: text.replaceAll('x', 'a') }),
    decode,
    outcome: () => 'answered',
    check,
    runs: 200,
    boundMs: 250,
  });

describe('the fuzz harness', () => {
  it('passes a decoder that answers every input', async () => {
    const report = await run((input) => ({ ok: input.text.length > 0 }));
    expect(report.inputs).toBe(200);
    expect(report.byKind.valid! + report.byKind.mutated!).toBe(200);
  });

  it('fails on an exception, and says how to replay it', async () => {
    const failure = run((input) => {
      if (input.text.includes('x')) throw new TypeError('boom');
      return null;
    });
    await expect(failure).rejects.toThrow(/threw TypeError: boom/);
    await expect(failure).rejects.toThrow(new RegExp(`run seed ${FUZZ_SEED}, decoder seed ${seedFor('faulty decoder')}`));
  });

  it('fails on an endless synchronous loop: the bound interrupts it', async () => {
    await expect(
      run((input) => {
        while (input.text.includes('x')) {
          // spins until the VM interrupts it
        }
        return null;
      }),
    ).rejects.toThrow(/no answer within 250 ms/);
  });

  it('fails on a promise that never settles', async () => {
    await expect(run((input) => (input.text.includes('x') ? new Promise(() => undefined) : null))).rejects.toThrow(/no answer within 250 ms/);
  });

  it('fails when Object.prototype changes', async () => {
    try {
      await expect(
        run((input) => {
          if (input.text.includes('x')) Object.assign(Object.prototype, { polluted: true });
          return null;
        }),
      ).rejects.toThrow(/prototype pollution \(Object\.prototype\.polluted added\)/);
    } finally {
      Reflect.deleteProperty(Object.prototype, 'polluted');
    }
  });

  it('fails when a decoded value has another prototype (a "__proto__" key written as a property)', async () => {
    await expect(
      run((input) => {
        const value: Record<string, unknown> = {};
        for (const [key, item] of Object.entries(JSON.parse('{"__proto__": {"admin": true}, "a": 1}') as object)) {
          if (input.text.includes('x')) value[key] = item;
        }
        return { value };
      }),
    ).rejects.toThrow(/foreign prototype at \$\.value/);
  });

  it("fails when the decoder's own check fails: an edited input accepted as another value", async () => {
    await expect(
      run(
        (input) => ({ ok: true, value: input.text }),
        (input, output) => {
          if (input.kind === 'mutated') expect((output as { value: string }).value).toBe(input.original);
        },
      ),
    ).rejects.toThrow(/faulty decoder: expected '.*x.*' to be/);
  });
});

describe('the fuzz edits', () => {
  it('change what they say: a flipped bit, a cut, a copy, a prototype key, a nesting deeper than a stack', () => {
    expect(applyTextEdits('abc', [{ op: 'flip', at: 1, bit: 0 }])).toBe('acc');
    expect(applyTextEdits('abcdef', [{ op: 'truncate', at: 2, keepHead: true }])).toBe('ab');
    expect(applyTextEdits('abc', [{ op: 'duplicate', from: 0, length: 2, at: 3 }])).toBe('abcab');
    expect([...applyByteEdits(Uint8Array.of(1, 2, 3), [{ op: 'delete', at: 1, length: 1 }])]).toEqual([1, 3]);
    expect(editJson('{"a":1}', [{ path: [0], change: { op: 'add-key', key: '__proto__', value: { polluted: true } } }], 0)).toBe(
      '{"a":{"__proto__":{"polluted":true}}}',
    );
    const deep = editJson('{"a":1}', [{ path: [0], change: { op: 'deep', depth: 50_000, shape: 'array' } }], 0);
    expect(deep.length).toBe('{"a":}'.length + 100_000);
    expect(() => JSON.parse(deep) as unknown).not.toThrow();
  });

  it('measure an error burst as CRC-16 reads it, most significant bit first', () => {
    expect(burstBits(Uint8Array.of(0, 0), Uint8Array.of(0, 0))).toBe(0);
    expect(burstBits(Uint8Array.of(0x80, 0), Uint8Array.of(0, 0))).toBe(1);
    expect(burstBits(Uint8Array.of(0x80, 0x01), Uint8Array.of(0, 0))).toBe(16);
    expect(burstBits(Uint8Array.of(0x01, 0x80), Uint8Array.of(0, 0))).toBe(2);
    expect(burstBits(Uint8Array.of(1), Uint8Array.of(1, 2))).toBe(Infinity);
  });

  it('compare values nested deeper than any stack without overflowing', () => {
    const nest = (depth: number, leaf: number) => JSON.parse(`${'['.repeat(depth)}${leaf}${']'.repeat(depth)}`) as unknown;
    expect(sameJson(nest(100_000, 1), nest(100_000, 1))).toBe(true);
    expect(sameJson(nest(100_000, 1), nest(100_000, 2))).toBe(false);
    expect(sameJson({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
  });
});
