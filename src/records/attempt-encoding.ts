import {
  ID_PATTERN,
  MAX_SEED,
  type AttemptRecord,
  type Mode,
  type ScenarioCodes,
  type ScenarioId,
  type ScenarioStructure,
  type ScoringRules,
  type UnitId,
} from '../engine';
import { ByteReader, ByteWriter } from './byte-writer';
import { replayAnswers } from './replay-answers';

/**
 * An attempt packed against its vignette's structure: one mark per fragment (scene order), one per
 * neutral unit (scene order) and one option number per decision (authored order). Mode, seed,
 * rules and neutral marks are absent when it was read from a format made before attempt record v2.
 */
export type CompactAttempt = {
  scenarioId: ScenarioId;
  contentVersion: number;
  mode?: Mode;
  seed?: number;
  rules?: ScoringRules;
  flagged: boolean[];
  neutrals?: boolean[];
  options: number[];
};

/**
 * An attempt as today's formats carry it: one read from a format before attempt record v2 gets
 * what it migrates to (assessment, seed 0, rules 1, no neutral units), which is also how it is
 * written again.
 */
export const asCurrentAttempt = <A extends CompactAttempt>(attempt: A): A & Required<Pick<CompactAttempt, 'mode' | 'seed' | 'rules' | 'neutrals'>> => ({
  ...attempt,
  mode: attempt.mode ?? 'assessment',
  seed: attempt.seed ?? 0,
  rules: attempt.rules ?? 1,
  neutrals: attempt.neutrals ?? [],
});

export const ATTEMPT_LIMITS = { units: 2000, decisions: 200, options: 1000 } as const;

const fragmentsOf = (structure: ScenarioStructure): UnitId[] => structure.scenes.flatMap((scene) => scene.fragments.map((f) => f.id));
const neutralsOf = (structure: ScenarioStructure): UnitId[] => structure.scenes.flatMap((scene) => scene.neutrals);

/** The units of a structure in the order their marks travel: fragments, then neutral units. */
export const unitsOf = (structure: ScenarioStructure): UnitId[] => [...fragmentsOf(structure), ...neutralsOf(structure)];

/** Packs an attempt against the structure of the version it was played on. */
export function compactAttempt(structure: ScenarioStructure, attempt: AttemptRecord): CompactAttempt {
  const flags = new Set(attempt.flags);
  return {
    scenarioId: structure.id,
    contentVersion: attempt.contentVersion,
    mode: attempt.mode,
    seed: attempt.seed,
    rules: attempt.rules,
    flagged: fragmentsOf(structure).map((unit) => flags.has(unit)),
    neutrals: neutralsOf(structure).map((unit) => flags.has(unit)),
    options: attempt.choices.map((choice) => {
      const scene = structure.scenes.find((s) => s.id === choice.scene);
      return scene?.type === 'decide' ? scene.options.findIndex((o) => o.id === choice.option) : -1;
    }),
  };
}

/**
 * Unpacks an attempt by replaying it through the structure of its version; undefined when it was
 * packed against another version or does not walk to the end. A record from before attempt record
 * v2 gets rules 1, seed 0 and the given mode (its assignment's, else assessment).
 */
export function expandAttempt(structure: ScenarioStructure, compact: CompactAttempt, mode: Mode = 'assessment'): AttemptRecord | undefined {
  if (compact.scenarioId !== structure.id || compact.contentVersion !== structure.version) return undefined;
  const fragments = fragmentsOf(structure);
  const neutrals = neutralsOf(structure);
  const neutralMarks = compact.neutrals ?? [];
  if (compact.flagged.length !== fragments.length || neutralMarks.length !== neutrals.length) return undefined;
  const flags = new Set([...fragments.filter((_, i) => compact.flagged[i]), ...neutrals.filter((_, i) => neutralMarks[i])]);
  const run = { mode: compact.mode ?? mode, seed: compact.seed ?? 0, rules: compact.rules ?? 1 };
  const attempt = replayAnswers(structure, run, flags, (scene, nth) => {
    const index = compact.options[nth];
    return scene.type === 'decide' && index !== undefined ? scene.options[index]?.id : undefined;
  });
  return attempt && attempt.choices.length === compact.options.length ? attempt : undefined;
}

/** Packs booleans as bits, lowest bit first. */
export function packBits(flags: readonly boolean[]): Uint8Array {
  const bits = new Uint8Array(Math.ceil(flags.length / 8));
  flags.forEach((on, i) => {
    if (on) bits[i >> 3] = (bits[i >> 3] ?? 0) | (1 << (i & 7));
  });
  return bits;
}

/** Unpacks `count` bits written by packBits. */
export const unpackBits = (bits: Uint8Array, count: number) =>
  Array.from({ length: count }, (_, i) => ((bits[i >> 3] ?? 0) & (1 << (i & 7))) !== 0);

const utf8 = new TextEncoder();
const ASSESSMENT = 1;
const SPARSE = 16;

// Marks as the positions that are set: a count, then the gap before each one. Most of a story's
// sentences are left alone, so this is usually far shorter than one bit per unit.
function sparseMarks(flags: readonly boolean[]): ByteWriter {
  const out = new ByteWriter();
  const positions = flags.flatMap((on, i) => (on ? [i] : []));
  out.varint(positions.length);
  positions.forEach((position, i) => out.varint(position - (i === 0 ? 0 : (positions[i - 1] ?? 0) + 1)));
  return out;
}

function readSparseMarks(read: ByteReader, count: number): boolean[] {
  const flagged = new Array<boolean>(count).fill(false);
  let at = -1;
  for (let n = read.varint(count); n > 0; n -= 1) {
    at += read.varint(count) + 1;
    if (at >= count) throw new RangeError('mark past the last unit');
    flagged[at] = true;
  }
  return flagged;
}

/** Writes a vignette as its number + 1, or 0 and its id as text when it has no number. */
export function writeVignette(out: ByteWriter, id: ScenarioId, codes: ScenarioCodes) {
  const code = codes.codeOf(id);
  if (code !== undefined) {
    out.varint(code + 1);
    return;
  }
  const text = utf8.encode(id);
  out.varint(0).varint(text.length).raw(text);
}

/**
 * A vignette id written as text, as every format writes a vignette without a number; undefined for
 * anything that is not a vignette id (a control character, a stray byte: the fuzz tests found both
 * accepted). Only the length's own encoding differs between formats.
 */
export function readTextVignette(read: ByteReader, length: number): ScenarioId | undefined {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(read.raw(length));
  return ID_PATTERN.test(text) ? (text as ScenarioId) : undefined;
}

/** Reads what writeVignette wrote; undefined for a number nobody issued or text that is no id. */
export function readVignette(read: ByteReader, codes: ScenarioCodes): ScenarioId | undefined {
  const code = read.varint(10_000);
  if (code > 0) return codes.idOf(code - 1);
  return readTextVignette(read, read.varint(200));
}

/**
 * The one encoding of an attempt's answers, shared by result codes, certificate codes and
 * suspend_data: a run byte (bit 0 assessment, bits 1–3 the rules, bit 4 neutral marks as
 * positions), the seed, the fragment count and one bit per fragment, the neutral unit count and
 * their marks (one bit each, or the marked positions when that is shorter: most sentences are left
 * alone), and the option numbers. An attempt read from a format before attempt record v2 is
 * written as what it migrates to (assessment, seed 0, rules 1, no neutral units).
 */
export function writeAnswers(out: ByteWriter, compact: CompactAttempt) {
  const { mode, seed, rules, neutrals } = asCurrentAttempt(compact);
  const dense = packBits(neutrals);
  const sparse = sparseMarks(neutrals).done();
  const asPositions = sparse.length < dense.length;
  out.byte((mode === 'assessment' ? ASSESSMENT : 0) | (rules << 1) | (asPositions ? SPARSE : 0)).varint(seed);
  out.varint(compact.flagged.length).raw(packBits(compact.flagged));
  out.varint(neutrals.length).raw(asPositions ? sparse : dense).varint(compact.options.length);
  for (const option of compact.options) out.varint(option);
}

/** Reads what writeAnswers wrote; throws RangeError on anything out of range. */
export function readAnswers(read: ByteReader): Pick<CompactAttempt, 'mode' | 'seed' | 'rules' | 'flagged' | 'neutrals' | 'options'> {
  const run = read.byte();
  const rules = (run >> 1) & 7;
  if ((rules !== 1 && rules !== 2) || run & ~(ASSESSMENT | 14 | SPARSE)) throw new RangeError('unknown run byte');
  const seed = read.varint(MAX_SEED);
  const count = read.varint(ATTEMPT_LIMITS.units);
  const flagged = unpackBits(read.raw(Math.ceil(count / 8)), count);
  const neutralCount = read.varint(ATTEMPT_LIMITS.units);
  const neutrals = run & SPARSE ? readSparseMarks(read, neutralCount) : unpackBits(read.raw(Math.ceil(neutralCount / 8)), neutralCount);
  const options = Array.from({ length: read.varint(ATTEMPT_LIMITS.decisions) }, () => read.varint(ATTEMPT_LIMITS.options));
  return { mode: run & ASSESSMENT ? 'assessment' : 'practice', seed, rules, flagged, neutrals, options };
}

/** Writes a whole attempt: vignette, content version, answers. */
export function writeAttempt(out: ByteWriter, compact: CompactAttempt, codes: ScenarioCodes) {
  writeVignette(out, compact.scenarioId, codes);
  out.varint(compact.contentVersion);
  writeAnswers(out, compact);
}

/** Reads what writeAttempt wrote; the vignette is undefined for a number nobody issued. */
export function readAttempt(read: ByteReader, codes: ScenarioCodes) {
  const scenarioId = readVignette(read, codes);
  const contentVersion = read.varint();
  return { scenarioId, contentVersion, ...readAnswers(read) };
}

/** The answers alone as base64url-ready bytes (suspend_data keeps vignette and version apart). */
export function answersBytes(compact: CompactAttempt): Uint8Array {
  const out = new ByteWriter();
  writeAnswers(out, compact);
  return out.done();
}

/** Reads answers bytes; undefined when they are damaged or have bytes left over. */
export function readAnswersBytes(bytes: Uint8Array) {
  try {
    const read = new ByteReader(bytes);
    const answers = readAnswers(read);
    return read.atEnd ? answers : undefined;
  } catch {
    return undefined;
  }
}
