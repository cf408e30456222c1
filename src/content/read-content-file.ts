import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import type { ContentProblem, LocatedProblem } from './content-problem';
import { parseForLines } from './locate-problems';
import { changesData, isContainer, salvage } from './salvage';

/** Where a file is reported: relative to the working directory, as an author sees it. */
export const displayPath = (file: string) => relative(process.cwd(), file) || file;

type Issue = z.core.$ZodIssue;

const KIND: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of keys',
  record: 'a map of keys',
};
const kindOf = (value: unknown) =>
  Array.isArray(value) ? 'a list' : isContainer(value) ? 'a map of keys' : (KIND[typeof value] ?? typeof value);
const listOf = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** The value at a path of zod's, and the same path with list items named by their ids. */
function follow(raw: unknown, path: readonly PropertyKey[]): { value: unknown; path: (string | number)[] } {
  const named: (string | number)[] = [];
  let node = raw;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') {
      const id = (node[key] as { id?: unknown } | undefined)?.id;
      const unique = typeof id === 'string' && id !== '' && node.filter((item) => isContainer(item) && item.id === id).length === 1;
      named.push(unique ? id : key);
    } else {
      named.push(typeof key === 'number' ? key : String(key));
    }
    node = isContainer(node) ? node[key] : undefined;
  }
  return { value: node, path: named };
}

// zod's wording ("Invalid input: expected string, received undefined") is for programmers.
function describe(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `is missing (expected ${KIND[issue.expected] ?? issue.expected})`
        : `must be ${KIND[issue.expected] ?? issue.expected}, not ${kindOf(value)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${listOf(issue.values)}, not ${JSON.stringify(value)}`
        : `must be one of ${listOf(issue.values)}, not ${JSON.stringify(value)}`;
    case 'invalid_union':
      if (issue.discriminator && 'options' in issue && issue.options) {
        return `must be one of ${listOf(issue.options)}, not ${JSON.stringify(value)}`;
      }
      return issue.message === 'Invalid input' ? 'matches none of the allowed forms' : issue.message;
    case 'too_small':
      if (issue.origin === 'array' && issue.message.startsWith('Too small')) return `needs at least ${issue.minimum} item(s)`;
      if (issue.origin === 'string' && issue.message.startsWith('Too small')) return `must be at least ${issue.minimum} character(s)`;
      return issue.message;
    case 'invalid_format':
      return issue.format === 'url' ? `must be a web address (https://…), not ${JSON.stringify(value)}` : issue.message;
    default:
      return issue.message;
  }
}

/** A schema issue as problems with an id path; an unknown field becomes one problem per field. */
function schemaProblems(file: string, raw: unknown, issue: Issue): ContentProblem[] {
  const { value, path } = follow(raw, issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ file, path: [...path, key], reason: `unknown field "${key}"` }));
  }
  return [{ file, path, reason: describe(issue, value) }];
}

type Parse = { data: unknown } | { error: string; offset?: number };

/** YAML, or strict JSON for .json files (what the app's bundler accepts); a syntax error keeps its place. */
function parse(path: string, text: string): Parse {
  if (path.endsWith('.json')) {
    try {
      return { data: JSON.parse(text) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const position = /at position (\d+)/.exec(message)?.[1];
      return { error: message.replace(/ in JSON at position \d+.*$/, ''), ...(position ? { offset: Number(position) } : {}) };
    }
  }
  const document = parseDocument(text);
  const error = document.errors[0];
  if (error) return { error: error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message, offset: error.pos[0] };
  return { data: document.toJS() };
}

/**
 * Reads content files: YAML or JSON, validated with a schema. Parse and schema problems are
 * collected; the data returned is what the other checks can use (repaired where the schema
 * failed; undefined when the file is missing or unreadable). Keeps each text for the line finder.
 */
export function createReader() {
  const problems: LocatedProblem[] = [];
  /** The schema problems at places where the data handed to the checks had to be repaired. */
  const repaired: ContentProblem[] = [];
  const texts = new Map<string, ReturnType<typeof parseForLines>>();

  function read<S extends z.ZodType>(path: string, schema: S): z.output<S> | undefined {
    const file = displayPath(path);
    if (!existsSync(path)) {
      problems.push({ file, path: [], reason: 'file is missing' });
      return undefined;
    }
    const text = readFileSync(path, 'utf8');
    const parsed = parseForLines(text);
    texts.set(file, parsed);
    const raw = parse(path, text);
    if ('error' in raw) {
      const line = raw.offset === undefined ? undefined : parsed.lines.linePos(raw.offset).line;
      const problem = { file, path: [], reason: `cannot be read: ${raw.error}`, ...(line ? { line } : {}) };
      problems.push(problem);
      // Nothing in it could be read: whatever a check misses in it is this problem again.
      repaired.push(problem);
      return undefined;
    }
    const result = schema.safeParse(raw.data);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const found = schemaProblems(file, raw.data, issue);
      problems.push(...found);
      if (changesData(issue)) repaired.push(...found);
    }
    return salvage(schema, raw.data);
  }

  return { read, problems, repaired, texts };
}

export type ContentReader = ReturnType<typeof createReader>;

