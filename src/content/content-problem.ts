/** One thing wrong in content/, located precisely enough for an author to fix it. */
export type ContentProblem = { file: string; path: string; reason: string };

/** Formats a problem as `file: path: reason`. */
export const formatProblem = (p: ContentProblem) => `${p.file}: ${p.path || '(root)'}: ${p.reason}`;

/** Collects problems for one file, so checks can report with a path alone. */
export function problemsFor(file: string, sink: ContentProblem[]) {
  return (path: string, reason: string) => {
    sink.push({ file, path, reason });
  };
}

/** Joins a zod-style path into `a.b[2].c`. */
export function joinPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
