import { ID_SOURCE, MAX_SEED, type LearnerEvent, type ScenarioStructure } from '../../../engine';
import { compactAttempt, expandAttempt } from '../../../records';
import { answersBytes, readAnswersBytes } from '../../../records/attempt-encoding';
import { fromBase64url, toBase64url } from '../../../records/base64url';
import type { InProgress, PersistedProgress } from '../../../stores/progress-store';
import { readNumbers, widthFor, writeNumber } from './base64-digits';
import { compactEvents } from './compact-events';
import { indexScenario, type ScenarioIndex } from './scenario-index';
import { V1_ENTRY, decodeEntriesV1 } from './suspend-data-v1';

/** SCORM 1.2 allows 4,096 characters of suspend_data; SCORM 2004 2nd edition 4,000. */
export const SUSPEND_DATA_LIMIT = 4000;

// Version 2: `v2~<id>.<version36>.<run>.<events>.<attempt>~…`. The run is the mode (A practice,
// B assessment) and two digits of seed, present when a walk is in progress; the events are
// symbols; the attempt is the shared attempt encoding's answers in base64url (the path follows
// from replaying them). Version 1 is still read (suspend-data-v1.ts).
const VERSION = 'v2';
const ENTRY = new RegExp(String.raw`^(${ID_SOURCE})\.([0-9a-z]{1,6})\.([\w-]{0,3})\.([\w-]*)\.([\w-]*)$`);
const MODE_DIGITS = { practice: 'A', assessment: 'B' } as const;

// Event symbols: acknowledge, submit, continue, then one per unit (toggle), then one per option.
const FIXED: LearnerEvent['type'][] = ['learner.acknowledge', 'learner.submit', 'learner.continue'];

export type EncodedProgress = { text: string; dropped: string[] };

export type DecodeResult =
  | { ok: true; progress: PersistedProgress; skipped: string[] }
  | { ok: false; reason: 'malformed' };

const symbolCount = (index: ScenarioIndex) => FIXED.length + index.units.length + index.options.length;

function encodeEvents(index: ScenarioIndex, events: LearnerEvent[]): string | undefined {
  const width = widthFor(symbolCount(index));
  const symbols = events.map((event) => {
    if (event.type === 'learner.toggle') {
      const at = index.units.indexOf(event.unit);
      return at < 0 ? undefined : FIXED.length + at;
    }
    if (event.type === 'learner.choose') {
      const at = index.options.indexOf(event.option);
      return at < 0 ? undefined : FIXED.length + index.units.length + at;
    }
    return FIXED.indexOf(event.type);
  });
  if (symbols.length === 0 || symbols.some((s) => s === undefined || s < 0)) return undefined;
  return symbols.map((s) => writeNumber(s ?? 0, width)).join('');
}

function decodeEvents(index: ScenarioIndex, text: string): LearnerEvent[] | undefined {
  const symbols = readNumbers(text, widthFor(symbolCount(index)));
  if (!symbols) return undefined;
  const events: LearnerEvent[] = [];
  for (const symbol of symbols) {
    const fixed = FIXED[symbol];
    const unit = index.units[symbol - FIXED.length];
    const option = index.options[symbol - FIXED.length - index.units.length];
    if (fixed === 'learner.toggle' || fixed === 'learner.choose') return undefined;
    if (fixed) events.push({ type: fixed });
    else if (unit) events.push({ type: 'learner.toggle', unit });
    else if (option) events.push({ type: 'learner.choose', option });
    else return undefined;
  }
  return events;
}

const runText = (run: InProgress) => MODE_DIGITS[run.mode] + writeNumber(run.seed, 2);

function readRun(text: string): Pick<InProgress, 'mode' | 'seed'> | undefined {
  const mode = text[0] === MODE_DIGITS.practice ? 'practice' : text[0] === MODE_DIGITS.assessment ? 'assessment' : undefined;
  const [seed] = readNumbers(text.slice(1), 2) ?? [];
  return mode && seed !== undefined && seed <= MAX_SEED && text.length === 3 ? { mode, seed } : undefined;
}

type Entry = { id: string; run?: string; events?: string; attempt?: string };

const entryText = (index: ScenarioIndex, entry: Entry) =>
  [index.id, index.version.toString(36), entry.run ?? '', entry.events ?? '', entry.attempt ?? ''].join('.');

/**
 * Writes a learner's progress in a few hundred characters: per vignette its compacted event log
 * (as indices into the vignette's own ids, with the run's mode and seed) and its latest finished
 * attempt. Entries of another content version are left out: their indices would point at the
 * wrong units. When the text would exceed `limit`, in-progress logs are dropped first, then whole
 * vignettes.
 */
export function encodeProgress(
  progress: PersistedProgress,
  scenarios: ReadonlyMap<string, ScenarioStructure>,
  limit = SUSPEND_DATA_LIMIT,
): EncodedProgress {
  const entries = new Map<string, { index: ScenarioIndex; entry: Entry }>();
  const ids = [...new Set([...Object.keys(progress.inProgress), ...Object.keys(progress.completed)])].sort();
  for (const id of ids) {
    const scenario = scenarios.get(id);
    if (!scenario) continue;
    const index = indexScenario(scenario);
    const entry: Entry = { id };
    const running = progress.inProgress[id];
    if (running?.contentVersion === scenario.version) {
      const events = encodeEvents(index, compactEvents(scenario, running, running.events));
      if (events) Object.assign(entry, { run: runText(running), events });
    }
    const latest = progress.completed[id]?.at(-1);
    if (latest?.contentVersion === scenario.version) entry.attempt = toBase64url(answersBytes(compactAttempt(scenario, latest)));
    if (entry.events || entry.attempt) entries.set(id, { index, entry });
  }
  const dropped: string[] = [];
  const render = () => [VERSION, ...[...entries.values()].map(({ index, entry }) => entryText(index, entry))].join('~');
  const bySize = () => [...entries.values()].sort((a, b) => entryText(b.index, b.entry).length - entryText(a.index, a.entry).length);
  for (let text = render(); text.length > limit; text = render()) {
    const largest = bySize().find(({ entry }) => entry.events) ?? bySize()[0];
    if (!largest) break;
    dropped.push(largest.entry.id);
    if (largest.entry.events && largest.entry.attempt) {
      delete largest.entry.events;
      delete largest.entry.run;
    } else entries.delete(largest.entry.id);
  }
  return { text: render(), dropped };
}

/** The vignettes and content versions a suspend_data text mentions, to load them before decoding. */
export function vignettesIn(text: string): { id: string; version: number }[] {
  const pattern = text.startsWith('v1~') ? V1_ENTRY : text.startsWith(`${VERSION}~`) ? ENTRY : undefined;
  if (!pattern) return [];
  return text
    .split('~')
    .slice(1)
    .flatMap((entry) => {
      const match = pattern.exec(entry);
      return match?.[1] && match[2] ? [{ id: match[1], version: parseInt(match[2], 36) }] : [];
    });
}

/**
 * Reads progress written by `encodeProgress`, of any version. Text that is not such progress
 * (tampered, cut off, another format) is rejected whole, never half-restored; vignettes not given
 * (as the structure of the version the text names) are skipped and named.
 */
export function decodeProgress(text: string, scenarios: ReadonlyMap<string, ScenarioStructure>): DecodeResult {
  const skipped: string[] = [];
  if (text === '') return { ok: true, progress: { inProgress: {}, completed: {} }, skipped };
  const [version, ...entries] = text.split('~');
  const progress =
    version === 'v1' ? decodeEntriesV1(entries, scenarios, skipped) : version === VERSION ? decodeEntries(entries, scenarios, skipped) : undefined;
  return progress ? { ok: true, progress, skipped } : { ok: false, reason: 'malformed' };
}

function decodeEntries(entries: string[], scenarios: ReadonlyMap<string, ScenarioStructure>, skipped: string[]): PersistedProgress | undefined {
  const progress: PersistedProgress = { inProgress: {}, completed: {} };
  const seen = new Set<string>();
  for (const entry of entries) {
    const match = ENTRY.exec(entry);
    if (!match) return undefined;
    const [, id = '', version36 = '', runAt = '', events = '', attemptAt = ''] = match;
    if (seen.has(id) || (!events && !attemptAt) || Boolean(runAt) !== Boolean(events)) return undefined;
    seen.add(id);
    const scenario = scenarios.get(id);
    if (!scenario || parseInt(version36, 36) !== scenario.version) {
      skipped.push(id);
      continue;
    }
    const index = indexScenario(scenario);
    if (events) {
      const run = readRun(runAt);
      const decoded = decodeEvents(index, events);
      if (!run || !decoded) return undefined;
      progress.inProgress[id] = { contentVersion: scenario.version, ...run, events: decoded };
    }
    if (attemptAt) {
      const bytes = fromBase64url(attemptAt);
      const answers = bytes && readAnswersBytes(bytes);
      const attempt = answers && expandAttempt(scenario, { scenarioId: scenario.id, contentVersion: scenario.version, ...answers });
      if (!attempt) return undefined;
      progress.completed[id] = [attempt];
    }
  }
  return progress;
}
