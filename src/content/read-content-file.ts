import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { joinPath, type ContentProblem } from './content-problem';

/** Where a file is reported: relative to the working directory, as an author sees it. */
export const displayPath = (file: string) => relative(process.cwd(), file) || file;

// zod's wording for an absent field ("expected string, received undefined") hides the point.
function describeIssue(issue: z.core.$ZodIssue) {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    return `is missing (expected ${issue.expected})`;
  }
  return issue.message;
}

/**
 * Reads a YAML or JSON file and validates it with a schema; every syntax or schema error becomes
 * a problem, and the result is undefined when the file cannot be used.
 */
export function readContentFile<S extends z.ZodType>(
  file: string,
  schema: S,
  problems: ContentProblem[],
): z.infer<S> | undefined {
  const shown = displayPath(file);
  if (!existsSync(file)) {
    problems.push({ file: shown, path: '', reason: 'file is missing' });
    return undefined;
  }
  let data: unknown;
  try {
    const raw = readFileSync(file, 'utf8');
    data = file.endsWith('.json') ? JSON.parse(raw) : parse(raw, { prettyErrors: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    problems.push({ file: shown, path: '', reason: `cannot be parsed: ${message}` });
    return undefined;
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ file: shown, path: joinPath(issue.path), reason: describeIssue(issue) });
    }
    return undefined;
  }
  return result.data;
}
