import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { Script, createContext } from 'node:vm';

// The machinery under tests/fuzz: every decoder of a record people hold is fed many generated
// inputs and must answer each one, in time, with a value or a reason — never an exception, never
// a changed Object.prototype. What each decoder may accept is checked by its own test.
//
// SIGNAAL_FUZZ_RUNS  inputs per decoder (default: the `npm test` budget below; `npm run fuzz` sets 10,000)
// SIGNAAL_FUZZ_SEED  unset: the fixed seed; "random": a fresh one; an integer: that seed
// A failure prints both, so `SIGNAAL_FUZZ_SEED=… SIGNAAL_FUZZ_RUNS=… npx vitest run … tests/fuzz` replays it.

/** Inputs per decoder in `npm test`; `npm run fuzz` runs the full 10,000. */
export const DEFAULT_RUNS = 1_000;
const FIXED_SEED = 19_08_2026;

function readRuns(): number {
  const value = process.env.SIGNAAL_FUZZ_RUNS;
  if (value === undefined || value === '') return DEFAULT_RUNS;
  const runs = Number(value);
  if (!Number.isSafeInteger(runs) || runs < 1) throw new Error(`SIGNAAL_FUZZ_RUNS must be a positive integer, not ${value}`);
  return runs;
}

function readSeed(): number {
  const value = process.env.SIGNAAL_FUZZ_SEED;
  if (value === undefined || value === '') return FIXED_SEED;
  if (value === 'random') return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(value);
  if (!Number.isSafeInteger(seed)) throw new Error(`SIGNAAL_FUZZ_SEED must be unset, "random" or an integer, not ${value}`);
  return seed;
}

export const FUZZ_RUNS = readRuns();
export const FUZZ_SEED = readSeed();

/** Longest a decoder may take over one input (the slowest real one takes well under 1 s on a busy
 * two-core machine); a hang ends here with a failure instead of never. */
export const TIME_BOUND_MS = 5_000;

/** A vitest timeout that leaves room for a busy two-core machine at the given number of runs. */
export const fuzzTimeout = (runs = FUZZ_RUNS) => 120_000 + runs * 30;

/** Each decoder its own seed, derived from the run's seed and its name, so suites don't share inputs. */
export function seedFor(name: string, base = FUZZ_SEED): number {
  let hash = base | 0;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash | 0;
}

/** What kind of input a case is; the properties a decoder must keep depend on it. */
export type CaseKind = 'valid' | 'mutated' | 'resealed' | 'random' | 'oversized' | 'prototype';

// ---------------------------------------------------------------------------------------------
// Prototype pollution: the built-in prototypes as they were before any decoder ran.

const WATCHED: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];

type PrototypeSnapshot = Map<string, Map<PropertyKey, unknown>>;

function snapshotPrototypes(): PrototypeSnapshot {
  return new Map(
    WATCHED.map(([name, target]) => [
      name,
      new Map(Reflect.ownKeys(target).map((key) => {
        const descriptor = Object.getOwnPropertyDescriptor(target, key);
        return [key, descriptor?.value ?? descriptor?.get] as const;
      })),
    ]),
  );
}

/** What changed on a built-in prototype since the snapshot: added, removed or replaced keys. */
export function prototypeChanges(before: PrototypeSnapshot): string[] {
  const changes: string[] = [];
  const after = snapshotPrototypes();
  for (const [name, keys] of after) {
    const old = before.get(name) ?? new Map<PropertyKey, unknown>();
    for (const [key, value] of keys) {
      if (!old.has(key)) changes.push(`${name}.${String(key)} added`);
      else if (old.get(key) !== value) changes.push(`${name}.${String(key)} replaced`);
    }
    for (const key of old.keys()) if (!keys.has(key)) changes.push(`${name}.${String(key)} removed`);
  }
  if (Object.getPrototypeOf(Object.prototype) !== null) changes.push('Object.prototype has a prototype');
  return changes;
}

export const takePrototypeSnapshot = snapshotPrototypes;

const PLAIN_PROTOTYPES = new Set<unknown>([null, Object.prototype, Array.prototype, Uint8Array.prototype, Date.prototype, Map.prototype, Set.prototype]);

/**
 * The first object in a decoded value whose prototype is not a plain one, e.g. an object whose
 * prototype a `__proto__` key replaced; undefined when there is none. Walks without recursion.
 */
export function foreignPrototypeIn(value: unknown): string | undefined {
  const stack: [unknown, string][] = [[value, '$']];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const [item, path] = stack.pop() ?? [undefined, ''];
    if (typeof item !== 'object' || item === null || seen.has(item)) continue;
    seen.add(item);
    if (!PLAIN_PROTOTYPES.has(Object.getPrototypeOf(item))) return path;
    if (item instanceof Uint8Array || item instanceof Date) continue;
    const entries = item instanceof Map ? [...item.entries()] : item instanceof Set ? [...item].map((v, i) => [i, v]) : Object.entries(item);
    for (const [key, child] of entries) stack.push([child, `${path}.${String(key)}`]);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// A bounded call: synchronous work is interrupted by the VM after the bound (even an endless
// loop), a promise that does not settle in time is reported, and the time taken is measured.

const bounded = createContext({ task: (): unknown => undefined });
const callTask = new Script('task()');

type Answer<O> = { kind: 'answered'; output: O; ms: number } | { kind: 'threw'; error: unknown; ms: number } | { kind: 'hung'; ms: number };

export async function callWithin<O>(decode: () => O | Promise<O>, boundMs = TIME_BOUND_MS): Promise<Answer<O>> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  let pending: O | Promise<O>;
  bounded.task = decode;
  try {
    pending = callTask.runInContext(bounded, { timeout: boundMs }) as O | Promise<O>;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return { kind: 'hung', ms: elapsed() };
    return { kind: 'threw', error, ms: elapsed() };
  } finally {
    bounded.task = () => undefined;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((settle) => {
    timer = setTimeout(() => settle('late'), Math.max(0, boundMs - elapsed()));
  });
  try {
    const settled = await Promise.race([Promise.resolve(pending).then((output) => ({ output })), late]);
    if (settled === 'late') return { kind: 'hung', ms: elapsed() };
    const ms = elapsed();
    return ms > boundMs ? { kind: 'hung', ms } : { kind: 'answered', output: settled.output, ms };
  } catch (error) {
    return { kind: 'threw', error, ms: elapsed() };
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------

/** One generated input, built and ready for the decoder. */
export type FuzzCase<Extra = unknown> = { kind: CaseKind; text: string } & Extra;

export type FuzzSpec<R, C extends FuzzCase, O> = {
  /** The decoder's name in reports, e.g. "certificate code". */
  name: string;
  /** The generated recipes; built into inputs by `build`, outside the time bound. */
  recipes: fc.Arbitrary<R>;
  build: (recipe: R) => C | Promise<C>;
  /** The decoder under test, called through its public entry point. */
  decode: (input: C) => O | Promise<O>;
  /** "accepted" or the reason the decoder gave, for the report. */
  outcome: (output: O) => string;
  /** What the decoder must keep for this kind of input; throws (expect) when it does not. */
  check: (input: C, output: O) => void | Promise<void>;
  runs?: number;
  /** The per-input time bound; TIME_BOUND_MS unless a test of the harness itself needs less. */
  boundMs?: number;
};

export type FuzzReport = {
  name: string;
  inputs: number;
  byKind: Partial<Record<CaseKind, number>>;
  outcomes: Record<string, number>;
  slowestMs: number;
  seconds: number;
  /** What the decoder wrote to console.error or console.warn, first line, with how often. */
  logged: Record<string, number>;
};

const short = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text);

/**
 * Feeds a decoder `runs` generated inputs and asserts, for every one: it answers (no exception),
 * within TIME_BOUND_MS (no hang), leaves the built-in prototypes as they were, returns nothing
 * with a foreign prototype, and keeps the decoder's own check. Returns what it saw.
 */
export async function fuzzDecoder<R, C extends FuzzCase, O>(spec: FuzzSpec<R, C, O>): Promise<FuzzReport> {
  const runs = spec.runs ?? FUZZ_RUNS;
  const seed = seedFor(spec.name);
  const bound = spec.boundMs ?? TIME_BOUND_MS;
  const report: FuzzReport = { name: spec.name, inputs: 0, byKind: {}, outcomes: {}, slowestMs: 0, seconds: 0, logged: {} };
  const started = performance.now();
  const before = snapshotPrototypes();
  // Thousands of inputs would flood the log: what a decoder logs is counted and reported instead.
  const { error: consoleError, warn: consoleWarn } = console;
  const count = (...args: unknown[]) => {
    const line = args.map(String).join(' ').split('\n')[0] ?? '';
    report.logged[line] = (report.logged[line] ?? 0) + 1;
  };
  console.error = count;
  console.warn = count;
  try {
    await fc.assert(
      fc.asyncProperty(spec.recipes, async (recipe) => {
        const input = await spec.build(recipe);
        const answer = await callWithin(() => spec.decode(input), bound);
        report.inputs += 1;
        report.byKind[input.kind] = (report.byKind[input.kind] ?? 0) + 1;
        report.slowestMs = Math.max(report.slowestMs, answer.ms);
        const where = `${input.kind} input ${JSON.stringify(short(input.text))}`;
        if (answer.kind === 'hung') throw new Error(`${spec.name}: no answer within ${bound} ms for ${where}`);
        if (answer.kind === 'threw') throw new Error(`${spec.name}: threw ${String(answer.error)} for ${where}`);
        const changes = prototypeChanges(before);
        if (changes.length > 0) throw new Error(`${spec.name}: prototype pollution (${changes.join(', ')}) after ${where}`);
        const foreign = foreignPrototypeIn(answer.output);
        if (foreign) throw new Error(`${spec.name}: decoded value has a foreign prototype at ${foreign} for ${where}`);
        const outcome = spec.outcome(answer.output);
        report.outcomes[outcome] = (report.outcomes[outcome] ?? 0) + 1;
        try {
          await spec.check(input, answer.output);
        } catch (error) {
          throw new Error(`${spec.name}: ${(error as Error).message}\nfor ${where}`, { cause: error });
        }
      }),
      { numRuns: runs, seed, includeErrorInReport: true },
    );
  } catch (failure) {
    const replay = `SIGNAAL_FUZZ_SEED=${FUZZ_SEED} SIGNAAL_FUZZ_RUNS=${runs} npx vitest run --configLoader runner tests/fuzz`;
    throw new Error(`fuzz ${spec.name} failed (run seed ${FUZZ_SEED}, decoder seed ${seed}); replay: ${replay}\n${(failure as Error).message}`, { cause: failure });
  } finally {
    console.error = consoleError;
    console.warn = consoleWarn;
  }
  report.seconds = (performance.now() - started) / 1000;
  if (report.inputs < runs) throw new Error(`fuzz ${spec.name}: only ${report.inputs} of ${runs} inputs ran`);
  return report;
}

/** One line per decoder for the log: inputs by kind, outcomes, slowest input, time. */
export function describeReport(report: FuzzReport): string {
  const kinds = Object.entries(report.byKind).map(([k, n]) => `${k} ${n}`).join(', ');
  const outcomes = Object.entries(report.outcomes).sort(([, a], [, b]) => b - a).map(([k, n]) => `${k} ${n}`).join(', ');
  const logged = Object.entries(report.logged).map(([line, n]) => `; logged ${n}× "${line.slice(0, 100)}"`).join('');
  return `fuzz ${report.name}: ${report.inputs} inputs (${kinds}); ${outcomes}; slowest ${report.slowestMs.toFixed(1)} ms; ${report.seconds.toFixed(1)} s${logged}`;
}
