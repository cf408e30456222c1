import { ID_PATTERN, asFragmentId } from './ids';
import type { Paragraph, Segment } from './scenario.types';

export type MarkupProblem = { offset: number; reason: string };

const FRAGMENT = /\[\[([^\]|[]*)\|([^\]|[]*)\]\]/g;

/**
 * Parses narrative text with inline fragments `[[fragment-id|text]]` into paragraphs of segments.
 * Paragraphs are separated by blank lines; nothing else is markup and nothing is ever HTML.
 */
export function parseNarrative(body: string): { paragraphs: Paragraph[]; problems: MarkupProblem[] } {
  const problems: MarkupProblem[] = [];
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const block of body.split(/\n\s*\n/)) {
    const start = body.indexOf(block, offset);
    offset = start + block.length;
    const text = block.replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    paragraphs.push(parseParagraph(text, start, problems));
  }
  return { paragraphs, problems };
}

function parseParagraph(text: string, base: number, problems: MarkupProblem[]): Paragraph {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(FRAGMENT)) {
    const [whole, id = '', marked = ''] = match;
    const at = match.index;
    pushText(segments, text.slice(last, at), base + last, problems);
    if (!ID_PATTERN.test(id)) problems.push({ offset: base + at, reason: `fragment id "${id}" is not kebab-case` });
    if (marked.trim() === '') problems.push({ offset: base + at, reason: `fragment "${id}" marks no text` });
    segments.push({ kind: 'fragment', fragment: asFragmentId(id), text: marked.trim() });
    last = at + whole.length;
  }
  pushText(segments, text.slice(last), base + last, problems);
  return segments;
}

function pushText(segments: Segment[], text: string, offset: number, problems: MarkupProblem[]) {
  if (text === '') return;
  if (/\[\[|\]\]/.test(text)) problems.push({ offset, reason: 'unbalanced fragment markup "[[" or "]]"' });
  segments.push({ kind: 'plain', text });
}

/** Lists the fragment ids marked in parsed paragraphs, in reading order. */
export function markedFragments(paragraphs: Paragraph[]) {
  return paragraphs.flatMap((p) => p.flatMap((s) => (s.kind === 'fragment' ? [s.fragment] : [])));
}
