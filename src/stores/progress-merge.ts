import { entryOf } from './progress-json';
import { isObject } from './progress-records';
import type { PersistedProgress } from './progress.types';

type Walk = PersistedProgress['inProgress'][string];
type Attempt = PersistedProgress['completed'][string][number];

/** JSON with object keys sorted: equal records give equal text, whatever order their keys were made in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** The items of `from` left after taking away one of each item of `take` (a multiset difference). */
function without(from: readonly Attempt[], take: readonly Attempt[]): Attempt[] {
  const counts = new Map<string, number>();
  for (const item of take) counts.set(canonicalJson(item), (counts.get(canonicalJson(item)) ?? 0) + 1);
  return from.filter((item) => {
    const key = canonicalJson(item);
    const left = counts.get(key) ?? 0;
    if (left === 0) return true;
    counts.set(key, left - 1);
    return false;
  });
}

/**
 * A vignette's finished attempts only grow within a tab: what this tab added since it last saw the
 * stored value goes after what is stored now, once (two tabs importing the same file add it once).
 * What the stored value no longer has was erased elsewhere and is not brought back.
 */
function mergeHistory(base: readonly Attempt[], mine: readonly Attempt[], theirs: readonly Attempt[]): Attempt[] {
  const added = without(mine, base);
  return [...theirs, ...without(added, without(theirs, base))];
}

const extends_ = (longer: Walk, shorter: Walk) => {
  const { events: long, ...runOfLonger } = longer;
  const { events: short, ...runOfShorter } = shorter;
  return same(runOfLonger, runOfShorter) && long.length >= short.length && same(long.slice(0, short.length), short);
};

/**
 * A vignette's walk in progress. A walk this tab is playing stays as this tab has it: its player
 * holds exactly those events, and rewriting them under it would mix two walks. Otherwise the side
 * that changed wins; when both changed, a walk that continues the other wins, then a walk over none.
 */
function mergeWalk(base: Walk | undefined, mine: Walk | undefined, theirs: Walk | undefined, playing: boolean): Walk | undefined {
  if (playing && mine) return mine;
  if (same(mine, base)) return theirs;
  if (same(theirs, base)) return mine;
  if (mine && theirs) return extends_(mine, theirs) ? mine : theirs;
  return mine ?? theirs;
}

/**
 * Three-way merge of progress across tabs: `base` is the stored value this tab last read or wrote,
 * `mine` this tab's progress now, `theirs` the stored value now (another tab may have written it).
 * Finished attempts of both are kept; erasures made elsewhere stay erased; walks follow mergeWalk.
 * `playing` names the vignettes this tab is playing.
 */
export function mergeTabs(
  base: PersistedProgress,
  mine: PersistedProgress,
  theirs: PersistedProgress,
  playing: ReadonlySet<string> = new Set(),
): PersistedProgress {
  const completed = new Map<string, Attempt[]>();
  for (const id of new Set([...Object.keys(theirs.completed), ...Object.keys(mine.completed)])) {
    const history = mergeHistory(entryOf(base.completed, id) ?? [], entryOf(mine.completed, id) ?? [], entryOf(theirs.completed, id) ?? []);
    if (history.length > 0) completed.set(id, history);
  }
  const inProgress = new Map<string, Walk>();
  for (const id of new Set([...Object.keys(theirs.inProgress), ...Object.keys(mine.inProgress)])) {
    const walk = mergeWalk(entryOf(base.inProgress, id), entryOf(mine.inProgress, id), entryOf(theirs.inProgress, id), playing.has(id));
    if (walk) inProgress.set(id, walk);
  }
  return { inProgress: Object.fromEntries(inProgress), completed: Object.fromEntries(completed) };
}

/**
 * Progress with an imported file added: the file's finished attempts that are not here yet go
 * after this browser's own; a walk in progress is taken from the file only for a vignette that has
 * none here, so nothing the learner is doing is replaced.
 */
export function addImported(mine: PersistedProgress, imported: PersistedProgress): PersistedProgress {
  const inProgress = { ...imported.inProgress, ...mine.inProgress };
  return { inProgress, completed: mergeTabs({ inProgress: {}, completed: {} }, imported, mine).completed };
}
