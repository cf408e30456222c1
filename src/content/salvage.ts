import type { z } from 'zod';

// A file with schema errors still has to go through every other check, or one missing
// translation hides ten other problems. So the loader repairs what breaks the shape of the data
// (a missing or mistyped value, an unknown field, a wrong `type`) until the other checks can read
// it, and keeps what only breaks a limit (an empty text, an id not in kebab-case, a short list):
// the checks read those safely. The repaired data is for checking only; a file with schema errors
// never reaches the build.

type Issue = z.core.$ZodIssue;
type Key = PropertyKey;
type Container = Record<Key, unknown>;

const REMOVED = Symbol('removed');
/** Issues after which the data no longer has the shape the checks expect. */
const BREAKS_SHAPE = new Set<Issue['code']>(['invalid_type', 'unrecognized_keys', 'invalid_union', 'invalid_key', 'invalid_element']);

/** Whether salvaging changes the data at this issue's place (an unknown field is only dropped). */
export const changesData = (issue: Issue) => BREAKS_SHAPE.has(issue.code) && issue.code !== 'unrecognized_keys';
const EMPTY: Record<string, () => unknown> = {
  string: () => '',
  number: () => 0,
  int: () => 0,
  boolean: () => false,
  array: () => [],
  object: () => ({}),
  record: () => ({}),
};

/** Whether a value can hold keys (a map or a list). */
export const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

function parentOf(root: Container, path: readonly Key[]): Container | undefined {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (!isContainer(node)) return undefined;
    node = node[key];
  }
  return isContainer(node) ? node : undefined;
}

function set(root: Container, path: readonly Key[], value: unknown) {
  const parent = parentOf(root, path);
  const key = path.at(-1);
  if (parent && key !== undefined) parent[key] = value;
}

function get(root: Container, path: readonly Key[]): unknown {
  const key = path.at(-1);
  return key === undefined ? undefined : parentOf(root, path)?.[key];
}

function dropRemoved(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== REMOVED).map(dropRemoved);
  if (!isContainer(value)) return value;
  for (const key of Object.keys(value)) value[key] = dropRemoved(value[key]);
  return value;
}

function repair(root: Container, base: readonly Key[], issue: Issue, schema: z.ZodType) {
  const path = [...base, ...issue.path];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const node = get(root, path);
      if (isContainer(node)) for (const key of issue.keys) delete node[key];
      return;
    }
    case 'invalid_union': {
      if (issue.errors.length > 0) {
        // Repair towards the form it is closest to: the branch with the fewest complaints.
        const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
        for (const inner of closest) repair(root, path, inner, schema);
      } else if ('options' in issue && issue.options) {
        chooseDiscriminator(root, path, issue.options, schema);
      } else {
        set(root, path, REMOVED);
      }
      return;
    }
    case 'invalid_type': {
      const empty = EMPTY[issue.expected];
      // An item without an id cannot be referred to; checking it would only add noise.
      if (path.at(-1) === 'id' && get(root, path) === undefined) set(root, path.slice(0, -1), REMOVED);
      else set(root, path, empty ? empty() : REMOVED);
      return;
    }
    default:
      set(root, path, REMOVED);
  }
}

/** An unknown `type`: take the value under which the rest of the item has the fewest problems. */
function chooseDiscriminator(root: Container, path: readonly Key[], options: readonly unknown[], schema: z.ZodType) {
  let best: { option: unknown; count: number } | undefined;
  for (const option of options) {
    set(root, path, option);
    const result = schema.safeParse(root.value);
    const count = result.success ? 0 : result.error.issues.length;
    if (!best || count < best.count) best = { option, count };
  }
  set(root, path, best?.option);
}

/**
 * Returns data in the shape the schema describes, repaired as little as possible; `undefined`
 * when nothing usable is left.
 */
export function salvage<S extends z.ZodType>(schema: S, data: unknown): z.output<S> | undefined {
  const root: Container = { value: structuredClone(data) };
  for (let round = 0; round < 12; round += 1) {
    const result = schema.safeParse(root.value);
    if (result.success) return result.data;
    const breaking = result.error.issues.filter((issue) => BREAKS_SHAPE.has(issue.code));
    if (breaking.length === 0) return root.value as z.output<S>;
    for (const issue of breaking) repair(root, ['value'], issue, schema);
    root.value = dropRemoved(root.value);
    if (root.value === REMOVED) return undefined;
  }
  return undefined;
}
