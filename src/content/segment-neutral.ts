import { LOCALES, neutralUnitId, type Locale, type NeutralId, type Paragraph, type SceneId, type Segment } from '../engine';
import { splitSentences, type Span } from './split-sentences';

/** Plain text between fragment k and k+1 of a scene (k = 0: before the first), across paragraphs. */
type Piece = { paragraph: number; segment: number; text: string };
type Sentence = Span & { piece: number };

/** A gap that has sentences in one language and none in another. */
export type GapProblem = { gap: number; filled: Locale; empty: Locale; sentences: number };

// Walks a scene's paragraphs and collects the plain pieces of every gap between fragments.
function gapsOf(paragraphs: Paragraph[]): Piece[][] {
  const gaps: Piece[][] = [[]];
  paragraphs.forEach((paragraph, p) =>
    paragraph.forEach((segment, s) => {
      if (segment.kind === 'fragment') gaps.push([]);
      else gaps.at(-1)?.push({ paragraph: p, segment: s, text: segment.text });
    }),
  );
  return gaps;
}

const sentencesOf = (pieces: Piece[]): Sentence[] =>
  pieces.flatMap((piece, i) => splitSentences(piece.text).map((span) => ({ ...span, piece: i })));

const lengthOf = (unit: Sentence[]) => unit.reduce((sum, s) => sum + s.end - s.start, 0);

/**
 * Merges adjacent sentences until there are `count` units: each time the shortest adjacent pair,
 * preferring pairs within one paragraph, so units stay close to the language with fewer sentences.
 */
function mergeInto(sentences: Sentence[], count: number): Sentence[][] {
  const units = sentences.map((s) => [s]);
  while (units.length > count) {
    let best = 0;
    let bestCost = Infinity;
    for (let i = 0; i + 1 < units.length; i += 1) {
      const crosses = units[i]!.at(-1)!.piece !== units[i + 1]![0]!.piece;
      const cost = (crosses ? 1e9 : 0) + lengthOf(units[i]!) + lengthOf(units[i + 1]!);
      if (cost < bestCost) [best, bestCost] = [i, cost];
    }
    units.splice(best, 2, [...units[best]!, ...units[best + 1]!]);
  }
  return units;
}

// Rewrites one plain piece as plain text and neutral units.
function splitPiece(text: string, ranges: { unit: NeutralId; start: number; end: number }[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start > at) out.push({ kind: 'plain', text: text.slice(at, range.start) });
    out.push({ kind: 'neutral', unit: range.unit, text: text.slice(range.start, range.end) });
    at = range.end;
  }
  if (at < text.length) out.push({ kind: 'plain', text: text.slice(at) });
  return out;
}

/**
 * Splits the text between a scene's fragments into neutral units, aligned across languages: each
 * gap between fragments gets as many units as the language with the fewest sentences there
 * (languages with more merge adjacent sentences), numbered `<scene>.<n>` from 1 in reading order.
 * Assumes the fragments appear in the same order in every language (checked separately).
 */
export function segmentScene(scene: SceneId, bodies: Record<Locale, Paragraph[]>) {
  const gaps = Object.fromEntries(LOCALES.map((l) => [l, gapsOf(bodies[l])])) as Record<Locale, Piece[][]>;
  const gapCount = Math.min(...LOCALES.map((l) => gaps[l].length));
  const problems: GapProblem[] = [];
  const neutrals: NeutralId[] = [];
  const ranges = Object.fromEntries(LOCALES.map((l) => [l, new Map<string, { unit: NeutralId; start: number; end: number }[]>()]));
  for (let gap = 0; gap < gapCount; gap += 1) {
    const sentences = Object.fromEntries(LOCALES.map((l) => [l, sentencesOf(gaps[l][gap] ?? [])])) as Record<Locale, Sentence[]>;
    const count = Math.min(...LOCALES.map((l) => sentences[l].length));
    if (count === 0) {
      const filled = LOCALES.find((l) => sentences[l].length > 0);
      const empty = LOCALES.find((l) => sentences[l].length === 0);
      if (filled && empty) problems.push({ gap, filled, empty, sentences: sentences[filled].length });
      continue;
    }
    const ids = Array.from({ length: count }, (_, i) => neutralUnitId(scene, neutrals.length + i + 1));
    neutrals.push(...ids);
    for (const locale of LOCALES) {
      const pieces = gaps[locale][gap] ?? [];
      mergeInto(sentences[locale], count).forEach((unit, u) => {
        for (const [piece, inPiece] of groupByPiece(unit)) {
          const key = `${pieces[piece]!.paragraph}/${pieces[piece]!.segment}`;
          const list = ranges[locale]!.get(key) ?? [];
          list.push({ unit: ids[u]!, start: inPiece[0]!.start, end: inPiece.at(-1)!.end });
          ranges[locale]!.set(key, list);
        }
      });
    }
  }
  const segmented = Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      bodies[locale].map((paragraph, p) =>
        paragraph.flatMap((segment, s) => {
          if (segment.kind !== 'plain') return [segment];
          return splitPiece(segment.text, ranges[locale]!.get(`${p}/${s}`) ?? []);
        }),
      ),
    ]),
  ) as Record<Locale, Paragraph[]>;
  return { neutrals, bodies: segmented, problems };
}

function groupByPiece(unit: Sentence[]) {
  const groups = new Map<number, Sentence[]>();
  for (const sentence of unit) groups.set(sentence.piece, [...(groups.get(sentence.piece) ?? []), sentence]);
  return groups;
}
