import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { LocatedProblem, ProblemPath } from './content-problem';

export type Parsed = { text: string; lines: LineCounter; root: unknown };

const lineAt = (parsed: Parsed, offset: number) => parsed.lines.linePos(offset).line;
const startOf = (node: unknown) => (node && typeof node === 'object' && 'range' in node ? (node as YamlNode).range?.[0] : undefined);

/** The item of a list that a path segment names: by index, by its `id`, or by its own value. */
function itemOf(items: readonly unknown[], key: string | number): unknown {
  if (typeof key === 'number') return items[key];
  return items.find((item) => (isMap(item) ? item.get('id') === key : isScalar(item) && item.value === key));
}

/** The line a text value's character `offset` sits on, found by the text around it. */
function lineInside(parsed: Parsed, node: YamlNode, value: string, offset: number): number | undefined {
  const [start, end] = node.range ?? [];
  if (start === undefined || end === undefined) return undefined;
  let from = offset;
  while (from < value.length && /\s/.test(value[from] ?? '')) from += 1;
  let snippet = value.slice(from, from + 30).trim();
  if (snippet === '') {
    snippet = value.slice(0, offset).trimEnd().slice(-30).trim();
    from = value.lastIndexOf(snippet, offset);
  }
  if (snippet === '') return undefined;
  // Folded, quoted or indented text spreads the same words over other whitespace than the value.
  const words = snippet.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(words.join('\\s+'), 'g');
  const nth = [...value.matchAll(pattern)].filter((m) => m.index < from).length;
  const match = [...parsed.text.slice(start, end).matchAll(pattern)][nth];
  return match ? lineAt(parsed, start + match.index) : undefined;
}

/** The line of the deepest node a path reaches: a key's own line, or a list item's first line. */
function lineOf(parsed: Parsed, path: ProblemPath, offset: number | undefined): number {
  let node: unknown = parsed.root;
  let line = 1;
  for (const key of path) {
    let next: unknown;
    let at: number | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      next = pair?.value;
      at = startOf(pair?.key);
    } else if (isSeq(node)) {
      next = itemOf(node.items, key);
      at = startOf(next);
    }
    if (at === undefined) return line;
    line = lineAt(parsed, at);
    node = next;
  }
  if (offset !== undefined && isScalar(node) && typeof node.value === 'string') {
    return lineInside(parsed, node, node.value, offset) ?? line;
  }
  return line;
}

/** Parses a file's text once, so every problem in it can be given a line. */
export function parseForLines(text: string): Parsed {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, keepSourceTokens: false, uniqueKeys: false });
  return { text, lines, root: document.contents };
}

/** Gives each problem its line, from the texts of the files read (files not read get none). */
export function locateProblems(problems: readonly LocatedProblem[], texts: ReadonlyMap<string, Parsed>): LocatedProblem[] {
  return problems.map((problem) => {
    const parsed = texts.get(problem.file);
    if (problem.line !== undefined || !parsed) return problem;
    return { ...problem, line: lineOf(parsed, problem.path, problem.offset) };
  });
}
