import fc from 'fast-check';
import { fromBase64url, toBase64url } from '../../src/records';
import type { CaseKind, FuzzCase } from './fuzz-harness';

// Inputs for the decoder fuzz tests, as recipes fast-check can generate and shrink: a valid
// record and the edits made to it (bits, bytes, characters, JSON nodes), or text from nowhere.

/** The keys that reach a prototype when an object is written key by key. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** A valid record: its text as the app wrote it. */
export type Original = { text: string };

/** Names a valid original in fast-check's reports, instead of printing the whole record. */
export function labelled<T extends object>(value: T, label: string): T {
  return Object.defineProperty(value, fc.toStringMethod, { value: () => label, enumerable: false });
}

/** How many generated originals a fuzz test makes next to the samples; edits multiply them. */
export const GENERATED_ORIGINALS = 48;

/** Values drawn from an arbitrary with a fixed seed: the same originals in every run. */
export const drawn = <T>(arbitrary: fc.Arbitrary<T>, seed: number, count = GENERATED_ORIGINALS) => fc.sample(arbitrary, { numRuns: count, seed });

// ---------------------------------------------------------------------------------------------
// Edits of a text, a byte string or a JSON tree. Positions are taken modulo the length.

export type TextEdit =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'replace'; at: number; by: string }
  | { op: 'truncate'; at: number; keepHead: boolean }
  | { op: 'insert'; at: number; text: string }
  | { op: 'duplicate'; from: number; length: number; at: number }
  | { op: 'delete'; at: number; length: number };

const UNUSUAL = ['\u0000', '\u202e', '\u2066', '\ufeff', '\ud800', '\udfff', ' ', '\n', '~', '.', '"', '\\', '#', '%', '&', '=', '😀'];

/** A short piece of text to insert: characters of the format's own alphabet, or anything. */
const piece = (alphabet: string) =>
  fc.oneof(
    fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 8 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
    fc.constantFrom(...UNUSUAL),
  );

export const textEdit = (alphabet: string): fc.Arbitrary<TextEdit> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 15 }) }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('replace' as const), at: fc.nat(), by: fc.oneof(fc.constantFrom(...alphabet), fc.constantFrom(...UNUSUAL)) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat(), keepHead: fc.boolean() }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: piece(alphabet) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate' as const), from: fc.nat(), length: fc.integer({ min: 1, max: 64 }), at: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 16 }) }) },
  );

function applyTextEdit(text: string, edit: TextEdit): string {
  const size = text.length;
  const at = (n: number) => (size === 0 ? 0 : n % (size + 1));
  switch (edit.op) {
    case 'flip': {
      if (size === 0) return text;
      const i = edit.at % size;
      return text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) ^ (1 << edit.bit)) + text.slice(i + 1);
    }
    case 'replace': {
      if (size === 0) return edit.by;
      const i = edit.at % size;
      return text.slice(0, i) + edit.by + text.slice(i + 1);
    }
    case 'truncate':
      return edit.keepHead ? text.slice(0, at(edit.at)) : text.slice(at(edit.at));
    case 'insert':
      return text.slice(0, at(edit.at)) + edit.text + text.slice(at(edit.at));
    case 'duplicate': {
      const from = at(edit.from);
      const copy = text.slice(from, from + edit.length);
      return text.slice(0, at(edit.at)) + copy + text.slice(at(edit.at));
    }
    case 'delete':
      return text.slice(0, at(edit.at)) + text.slice(at(edit.at) + edit.length);
  }
}

export const applyTextEdits = (text: string, edits: readonly TextEdit[]) => edits.reduce(applyTextEdit, text);

export type ByteEdit =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'set'; at: number; value: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'duplicate'; from: number; length: number; at: number }
  | { op: 'delete'; at: number; length: number };

export const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: fc.oneof(fc.constantFrom(0, 0x7f, 0x80, 0xff), fc.integer({ min: 0, max: 255 })) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate' as const), from: fc.nat(), length: fc.integer({ min: 1, max: 48 }), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }) },
);

function applyByteEdit(bytes: Uint8Array, edit: ByteEdit): Uint8Array {
  const size = bytes.length;
  const at = (n: number) => (size === 0 ? 0 : n % (size + 1));
  const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
  switch (edit.op) {
    case 'flip':
    case 'set': {
      if (size === 0) return bytes;
      const copy = Uint8Array.from(bytes);
      const i = edit.at % size;
      copy[i] = edit.op === 'flip' ? (copy[i] ?? 0) ^ (1 << edit.bit) : edit.value;
      return copy;
    }
    case 'truncate':
      return bytes.slice(0, at(edit.at));
    case 'insert':
      return join(bytes.subarray(0, at(edit.at)), edit.bytes, bytes.subarray(at(edit.at)));
    case 'duplicate': {
      const from = at(edit.from);
      return join(bytes.subarray(0, at(edit.at)), bytes.subarray(from, from + edit.length), bytes.subarray(at(edit.at)));
    }
    case 'delete':
      return join(bytes.subarray(0, at(edit.at)), bytes.subarray(at(edit.at) + edit.length));
  }
}

export const applyByteEdits = (bytes: Uint8Array, edits: readonly ByteEdit[]) => edits.reduce(applyByteEdit, bytes);

/**
 * The length in bits of the stretch where two equally long byte strings differ (most significant
 * bit first, as CRC-16/CCITT reads them); Infinity when their lengths differ, 0 when equal.
 */
export function burstBits(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) return Infinity;
  let first = -1;
  let last = -1;
  for (let i = 0; i < a.length; i += 1) {
    const diff = (a[i] ?? 0) ^ (b[i] ?? 0);
    if (diff === 0) continue;
    if (first < 0) first = i * 8 + (7 - Math.floor(Math.log2(diff)));
    last = i * 8 + (7 - Math.log2(diff & -diff));
  }
  return first < 0 ? 0 : last - first + 1;
}

// ---------------------------------------------------------------------------------------------
// JSON: edits of a parsed tree at a path chosen by indices, including prototype keys and
// nesting deep enough to overflow a recursive reader.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type JsonChange =
  | { op: 'delete' }
  | { op: 'replace'; value: Json }
  | { op: 'add-key'; key: string; value: Json }
  | { op: 'number'; value: number | string }
  | { op: 'string'; value: string }
  | { op: 'duplicate-item' }
  | { op: 'wrap' }
  | { op: 'pollute'; payload: 'proto' | 'constructor' }
  | { op: 'deep'; depth: number; shape: 'array' | 'object' }
  | { op: 'huge'; count: number };

export type JsonEdit = { path: number[]; change: JsonChange };

/** Keys worth trying in any object: the prototype ones and names a record uses. */
const keyName = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.constantFrom('version', 'format', 'v', 'state', 'id', 'x'), fc.string({ maxLength: 6 }));

const oddNumber = fc.oneof(
  fc.constantFrom<number | string>(-1, 0, 1, 1.5, -0, 1e308, -1e308, 2 ** 53 + 1, 4_294_967_297, 1e-7, '1', '', 'NaN'),
  fc.integer(),
  fc.double({ noNaN: true }),
);

const oddString = fc.oneof(
  fc.constantFrom('', ' ', '\u0000', '\u202eevil', 'a\nb', '\ud800', 'constructor', '__proto__', 'prototype', 'hotel-room-214', 'x'.repeat(5_000)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

const jsonValue = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;

export const jsonChange: fc.Arbitrary<JsonChange> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ op: 'delete' as const }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('replace' as const), value: jsonValue }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('add-key' as const), key: keyName, value: jsonValue }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('number' as const), value: oddNumber }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('string' as const), value: oddString }) },
  { weight: 2, arbitrary: fc.constant({ op: 'duplicate-item' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'wrap' as const }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('pollute' as const), payload: fc.constantFrom('proto' as const, 'constructor' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('deep' as const), depth: fc.constantFrom(50, 1_000, 20_000, 100_000), shape: fc.constantFrom('array' as const, 'object' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('huge' as const), count: fc.constantFrom(1_000, 20_000) }) },
);

export const jsonEdit: fc.Arbitrary<JsonEdit> = fc.record({ path: fc.array(fc.nat(), { maxLength: 8 }), change: jsonChange });

/** Only the edits that put prototype keys into a tree. */
export const prototypeEdit: fc.Arbitrary<JsonEdit> = fc.record({
  path: fc.array(fc.nat(), { maxLength: 8 }),
  change: fc.oneof(
    fc.record({ op: fc.constant('add-key' as const), key: fc.constantFrom(...PROTOTYPE_KEYS), value: fc.oneof(jsonValue, fc.constant<Json>({ polluted: true })) }),
    fc.record({ op: fc.constant('pollute' as const), payload: fc.constantFrom('proto' as const, 'constructor' as const) }),
    fc.record({ op: fc.constant('string' as const), value: fc.constantFrom(...PROTOTYPE_KEYS) }),
  ),
});

const isObject = (value: Json | undefined): value is { [key: string]: Json } => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Sets an own property, also for "__proto__" (plain assignment would set the prototype instead). */
const define = (target: object, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

const DEEP = '\u0000deep:';

function changed(node: Json, change: JsonChange, deep: string[]): Json | undefined {
  switch (change.op) {
    case 'delete':
      return undefined;
    case 'replace':
      return change.value;
    case 'add-key': {
      const target = isObject(node) ? { ...node } : {};
      define(target, change.key, change.value);
      return target;
    }
    case 'number':
      return change.value;
    case 'string':
      return change.value;
    case 'duplicate-item':
      return Array.isArray(node) ? [...node, ...node] : [node, node];
    case 'wrap':
      return [node];
    case 'pollute': {
      const payload = {};
      if (change.payload === 'proto') define(payload, '__proto__', { polluted: true });
      else define(payload, 'constructor', { prototype: { polluted: true } });
      if (!isObject(node)) return payload as Json;
      const merged = { ...node };
      for (const key of Object.keys(payload)) define(merged, key, (payload as Record<string, unknown>)[key]);
      return merged;
    }
    case 'deep': {
      deep.push(change.shape === 'array' ? `${'['.repeat(change.depth)}${']'.repeat(change.depth)}` : `${'{"a":'.repeat(change.depth)}0${'}'.repeat(change.depth)}`);
      return `${DEEP}${deep.length - 1}`;
    }
    case 'huge': {
      // Many copies, but never more than a couple of megabytes of text.
      const size = (JSON.stringify(node) ?? 'null').length + 1;
      return Array.from({ length: Math.min(change.count, Math.floor(2_000_000 / size)) }, () => node);
    }
  }
}

/** Applies one edit to a copy of a tree: the node at `path` (indices modulo each level's size) changes. */
function applyJsonEdit(tree: Json, edit: JsonEdit, deep: string[]): Json {
  const root: Json[] = [tree];
  let parent: Json[] | { [key: string]: Json } = root;
  let key: string | number = 0;
  for (const index of edit.path) {
    const node: Json | undefined = Array.isArray(parent) ? parent[key as number] : parent[key];
    if (Array.isArray(node) && node.length > 0) {
      const copy: Json[] = [...node];
      if (Array.isArray(parent)) parent[key as number] = copy;
      else define(parent, key as string, copy);
      parent = copy;
      key = index % copy.length;
    } else if (isObject(node) && Object.keys(node).length > 0) {
      const copy: { [key: string]: Json } = { ...node };
      if (Array.isArray(parent)) parent[key as number] = copy;
      else define(parent, key as string, copy);
      parent = copy;
      const keys = Object.keys(copy);
      key = keys[index % keys.length] ?? '';
    } else break;
  }
  const node = Array.isArray(parent) ? parent[key as number] : parent[key];
  const next = changed(node ?? null, edit.change, deep);
  if (Array.isArray(parent)) {
    if (next === undefined) parent.splice(key as number, 1);
    else parent[key as number] = next;
  } else if (next === undefined) delete parent[key];
  else define(parent, key as string, next);
  return root[0] ?? null;
}

/** The JSON text of a tree after some edits; placeholders become deeply nested JSON text. */
export function editJson(text: string, edits: readonly JsonEdit[], indent: number): string {
  const deep: string[] = [];
  const tree = edits.reduce((t, e) => applyJsonEdit(t, e, deep), JSON.parse(text) as Json);
  const out = JSON.stringify(tree, null, indent) ?? 'null';
  // Each nesting once: a copied placeholder (an edit duplicated its node) becomes null.
  const used = new Set<string>();
  return out.replace(/"\\u0000deep:(\d+)"/g, (_m, n: string) => {
    if (used.has(n)) return 'null';
    used.add(n);
    return deep[Number(n)] ?? 'null';
  });
}

// ---------------------------------------------------------------------------------------------
// Whole recipes. A decoder's test chooses valid originals; the rest is the same for every format.

export const BASE64URL_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export type Recipe<V extends Original> =
  | { kind: 'valid'; original: V }
  | { kind: 'mutated'; original: V; text: TextEdit[] }
  | { kind: 'mutated'; original: V; bytes: ByteEdit[] }
  | { kind: 'mutated'; original: V; json: JsonEdit[]; indent: number }
  | { kind: 'resealed'; original: V; bytes: ByteEdit[] }
  | { kind: 'random'; text: string }
  | { kind: 'oversized'; original: V; size: number }
  | { kind: 'prototype'; original: V; json: JsonEdit[] }
  | { kind: 'prototype'; text: string };

export type Case<V extends Original> = FuzzCase<{ original?: V; bytes?: Uint8Array }>;

type Options = {
  /** base64url codes: bytes are edited under the text; `reseal` gives edited bytes a fresh checksum. */
  code?: { frame?: number[]; reseal?: boolean };
  /** JSON records: the tree is edited. */
  json?: boolean;
  /** Characters the format is written in, for text edits and random text. */
  alphabet?: string;
  /** Longer than any real input: the decoder's own limit, or a size far beyond any record. */
  oversize: number;
  /** Whole inputs that carry prototype keys or ids, beside the JSON edits. */
  prototypeTexts?: fc.Arbitrary<string>;
};

const randomText = (alphabet: string, frame: number[] | undefined) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 100 }),
    fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 600 }),
    fc.json({ maxDepth: 4 }),
    fc.constantFrom('', ' ', 'null', '{}', '[]', '"x"', '0', 'true', '{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}'),
    ...(frame ? [fc.uint8Array({ minLength: 0, maxLength: 400 }).map((rest) => toBase64url(Uint8Array.from([...frame, ...rest])))] : []),
  );

/** Recipes for one decoder: valid originals, edited ones, random, oversized and prototype inputs. */
export function recipes<V extends Original>(valid: fc.Arbitrary<V>, options: Options): fc.Arbitrary<Recipe<V>> {
  const alphabet = options.alphabet ?? (options.code ? BASE64URL_DIGITS : BASE64URL_DIGITS + '{}[]":,. ~\n');
  const edits = <T>(edit: fc.Arbitrary<T>) => fc.array(edit, { minLength: 1, maxLength: 4 });
  const choices: fc.WeightedArbitrary<Recipe<V>>[] = [
    { weight: 10, arbitrary: valid.map((original) => ({ kind: 'valid' as const, original })) },
    { weight: 20, arbitrary: fc.record({ kind: fc.constant('mutated' as const), original: valid, text: edits(textEdit(alphabet)) }) },
    { weight: 20, arbitrary: fc.record({ kind: fc.constant('random' as const), text: randomText(alphabet, options.code?.frame) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('oversized' as const), original: valid, size: fc.integer({ min: options.oversize + 1, max: options.oversize * 3 }) }) },
  ];
  if (options.code) {
    choices.push({ weight: 25, arbitrary: fc.record({ kind: fc.constant('mutated' as const), original: valid, bytes: edits(byteEdit) }) });
    if (options.code.reseal) choices.push({ weight: 15, arbitrary: fc.record({ kind: fc.constant('resealed' as const), original: valid, bytes: edits(byteEdit) }) });
  }
  if (options.json) {
    choices.push({ weight: 30, arbitrary: fc.record({ kind: fc.constant('mutated' as const), original: valid, json: edits(jsonEdit), indent: fc.constantFrom(0, 2) }) });
    choices.push({ weight: 10, arbitrary: fc.record({ kind: fc.constant('prototype' as const), original: valid, json: edits(prototypeEdit) }) });
  }
  if (options.prototypeTexts) choices.push({ weight: 8, arbitrary: fc.record({ kind: fc.constant('prototype' as const), text: options.prototypeTexts }) });
  return fc.oneof(...choices);
}

/**
 * Builds a recipe's input text. `seal` puts a fresh checksum on edited bytes (resealed cases):
 * it gets the edited body without the old checksum and returns the whole code's bytes.
 */
export async function buildCase<V extends Original>(
  recipe: Recipe<V>,
  seal?: { checksumBytes: number; reseal: (body: Uint8Array) => Uint8Array | Promise<Uint8Array> },
): Promise<Case<V>> {
  const kindOf = (original: V, text: string): CaseKind => (text === original.text ? 'valid' : recipe.kind);
  switch (recipe.kind) {
    case 'valid':
      return { kind: 'valid', text: recipe.original.text, original: recipe.original };
    case 'random':
      return { kind: 'random', text: recipe.text };
    case 'oversized': {
      const { text } = recipe.original;
      const filler = text.length === 0 ? 'A' : text;
      return { kind: 'oversized', text: filler.repeat(Math.ceil(recipe.size / filler.length)).slice(0, recipe.size), original: recipe.original };
    }
    case 'prototype':
      if ('text' in recipe) return { kind: 'prototype', text: recipe.text };
      return { kind: 'prototype', text: editJson(recipe.original.text, recipe.json, 2), original: recipe.original };
    case 'mutated':
    case 'resealed':
      break;
  }
  const { original } = recipe;
  if ('text' in recipe) {
    const text = applyTextEdits(original.text, recipe.text);
    return { kind: kindOf(original, text), text, original };
  }
  if ('json' in recipe) {
    const text = editJson(original.text, recipe.json, recipe.indent);
    return { kind: kindOf(original, text), text, original };
  }
  const bytes = fromBase64url(original.text) ?? new Uint8Array();
  if (recipe.kind === 'resealed') {
    if (!seal) throw new Error('a resealed case needs the format\'s checksum');
    const body = applyByteEdits(bytes.subarray(0, Math.max(0, bytes.length - seal.checksumBytes)), recipe.bytes);
    const sealed = await seal.reseal(body);
    const text = toBase64url(sealed);
    return { kind: kindOf(original, text), text, original, bytes: sealed };
  }
  const edited = applyByteEdits(bytes, recipe.bytes);
  const text = toBase64url(edited);
  return { kind: kindOf(original, text), text, original, bytes: edited };
}

/** Valid records with one of their ids (as key and as value) swapped for a prototype key. */
export const prototypeIds = (valid: fc.Arbitrary<Original>, ids: readonly string[]) =>
  fc
    .tuple(valid, fc.constantFrom(...ids), fc.constantFrom(...PROTOTYPE_KEYS))
    .map(([original, id, key]) => original.text.split(id).join(key));
