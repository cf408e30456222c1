/**
 * Where in a file a problem is: keys of maps, and for lists the `id` of the item (`scenes.night.
 * fragments.d5`); a number only for list items without an id (`next[1]`) or with a duplicated one.
 */
export type ProblemPath = readonly (string | number)[];

/**
 * One thing wrong in content/, as a rule reports it: which file, where by ids, and why. A rule never
 * reads files or counts lines; the reporter finds the line from the path (and `offset`).
 */
export type ContentProblem = {
  /** The file as an author sees it: relative to the working directory (`content/scenarios/x/en.yaml`). */
  file: string;
  path: ProblemPath;
  reason: string;
  /** For a problem inside a text value (markup in a scene body): a character offset into that value. */
  offset?: number;
};

/** A problem with the line the reporter found for it (none for a missing file or a folder). */
export type LocatedProblem = ContentProblem & { line?: number };

/** Formats a path as `scenes.night.fragments.d5` (`next[1]` for list items without an id). */
export function formatPath(path: ProblemPath): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${key}`))
    .join('');
}

/** Formats a problem as `file:line: path: reason` (`file: path: reason` where there is no line). */
export function formatProblem(p: LocatedProblem): string {
  return `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${formatPath(p.path) || '(file)'}: ${p.reason}`;
}

/** A reporter for one file, so a rule can say `report(['scenes', id], 'why')`. */
export type Report = (path: ProblemPath, reason: string, offset?: number) => void;

/** Collects the problems of one file into a list. */
export function problemsFor(file: string, sink: ContentProblem[]): Report {
  return (path, reason, offset) => {
    sink.push(offset === undefined ? { file, path, reason } : { file, path, reason, offset });
  };
}
