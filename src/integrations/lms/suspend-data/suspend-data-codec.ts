import {
  asScenarioId,
  type AttemptRecord,
  type LearnerEvent,
  type Scenario,
} from '../../../engine';
import type { InProgress, PersistedProgress } from '../../../stores/progress-store';
import { readBits, readNumbers, widthFor, writeBits, writeNumber } from './base64-digits';
import { compactEvents } from './compact-events';
import { indexScenario, type ScenarioIndex } from './scenario-index';

/** SCORM 1.2 allows 4,096 characters of suspend_data; SCORM 2004 2nd edition 4,000. */
export const SUSPEND_DATA_LIMIT = 4000;

const VERSION = 'v1';
const ENTRY = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([0-9a-z]{1,6})\.([\w-]*)\.([\w-]*)\.([\w-]*)\.([\w-]*)$/;

// Event symbols: acknowledge, submit, then one per fragment (toggle), then one per option (choose).
const ACKNOWLEDGE = 0;
const SUBMIT = 1;

export type EncodedProgress = { text: string; dropped: string[] };

export type DecodeResult =
  | { ok: true; progress: PersistedProgress; skipped: string[] }
  | { ok: false; reason: 'malformed' };

const symbolCount = (index: ScenarioIndex) => 2 + index.fragments.length + index.options.length;

function encodeEvents(index: ScenarioIndex, events: LearnerEvent[]): string | undefined {
  const width = widthFor(symbolCount(index));
  const symbols = events.map((event) => {
    if (event.type === 'learner.acknowledge') return ACKNOWLEDGE;
    if (event.type === 'learner.submit') return SUBMIT;
    if (event.type === 'learner.toggle') {
      const at = index.fragments.indexOf(event.unit);
      return at < 0 ? undefined : 2 + at;
    }
    if (event.type !== 'learner.choose') return undefined;
    const at = index.options.indexOf(event.option);
    return at < 0 ? undefined : 2 + index.fragments.length + at;
  });
  if (symbols.length === 0 || symbols.some((s) => s === undefined)) return undefined;
  return symbols.map((s) => writeNumber(s ?? 0, width)).join('');
}

function decodeEvents(index: ScenarioIndex, text: string): LearnerEvent[] | undefined {
  const symbols = readNumbers(text, widthFor(symbolCount(index)));
  if (!symbols) return undefined;
  const events: LearnerEvent[] = [];
  for (const symbol of symbols) {
    const fragment = index.fragments[symbol - 2];
    const option = index.options[symbol - 2 - index.fragments.length];
    if (symbol === ACKNOWLEDGE) events.push({ type: 'learner.acknowledge' });
    else if (symbol === SUBMIT) events.push({ type: 'learner.submit' });
    else if (fragment) events.push({ type: 'learner.toggle', unit: fragment });
    else if (option) events.push({ type: 'learner.choose', option });
    else return undefined;
  }
  return events;
}

type AttemptFields = [path: string, flags: string, choices: string];

function encodeAttempt(index: ScenarioIndex, attempt: AttemptRecord): AttemptFields | undefined {
  const sceneWidth = widthFor(index.scenes.length);
  const optionWidth = widthFor(index.options.length);
  const path = attempt.path.map((scene) => index.scenes.indexOf(scene));
  const flags = attempt.flags.map((unit) => index.fragments.indexOf(unit));
  const choices = attempt.choices.map((c) => [index.scenes.indexOf(c.scene), index.options.indexOf(c.option)] as const);
  if ([...path, ...flags, ...choices.flat()].some((i) => i < 0) || path.length === 0) return undefined;
  return [
    path.map((i) => writeNumber(i, sceneWidth)).join(''),
    writeBits(flags, index.fragments.length),
    choices.map(([scene, option]) => writeNumber(scene, sceneWidth) + writeNumber(option, optionWidth)).join(''),
  ];
}

function decodeAttempt(index: ScenarioIndex, [pathText, flagText, choiceText]: AttemptFields): AttemptRecord | undefined {
  const sceneWidth = widthFor(index.scenes.length);
  const optionWidth = widthFor(index.options.length);
  const path = readNumbers(pathText, sceneWidth)?.map((i) => index.scenes[i]);
  const flags = readBits(flagText, index.fragments.length)?.map((i) => index.fragments[i]);
  const pairWidth = sceneWidth + optionWidth;
  if (!path || !flags || path.length === 0 || choiceText.length % pairWidth !== 0) return undefined;
  const choices: AttemptRecord['choices'] = [];
  for (let at = 0; at < choiceText.length; at += pairWidth) {
    const [sceneAt] = readNumbers(choiceText.slice(at, at + sceneWidth), sceneWidth) ?? [];
    const [optionAt] = readNumbers(choiceText.slice(at + sceneWidth, at + pairWidth), optionWidth) ?? [];
    const scene = sceneAt === undefined ? undefined : index.scenes[sceneAt];
    const option = optionAt === undefined ? undefined : index.options[optionAt];
    if (!scene || !option) return undefined;
    choices.push({ scene, option });
  }
  const scenes = path.filter((s) => s !== undefined);
  const fragments = flags.filter((f) => f !== undefined);
  if (scenes.length !== path.length || fragments.length !== flags.length) return undefined;
  // Version 1 was written before attempt record v2: rules 1, authored option order.
  return { scenarioId: asScenarioId(index.id), contentVersion: index.version, mode: 'assessment', seed: 0, rules: 1, path: scenes, flags: fragments, choices };
}

type Entry = { id: string; inProgress?: string; attempt?: AttemptFields };

const entryText = (index: ScenarioIndex, entry: Entry) =>
  [index.id, index.version.toString(36), entry.inProgress ?? '', ...(entry.attempt ?? ['', '', ''])].join('.');

/**
 * Writes a learner's progress in a few hundred characters: per vignette its compacted event log
 * (as indices into the vignette's own ids) and its latest finished attempt. Entries of another
 * content version are left out: their indices would point at the wrong fragments. When the text
 * would exceed `limit`, in-progress logs are dropped first, then whole vignettes.
 */
export function encodeProgress(
  progress: PersistedProgress,
  scenarios: ReadonlyMap<string, Scenario>,
  limit = SUSPEND_DATA_LIMIT,
): EncodedProgress {
  const entries = new Map<string, { index: ScenarioIndex; entry: Entry }>();
  const ids = [...new Set([...Object.keys(progress.inProgress), ...Object.keys(progress.completed)])].sort();
  for (const id of ids) {
    const scenario = scenarios.get(id);
    if (!scenario) continue;
    const index = indexScenario(scenario);
    const entry: Entry = { id };
    const running: InProgress | undefined = progress.inProgress[id];
    if (running?.contentVersion === scenario.version) {
      const events = encodeEvents(index, compactEvents(scenario, running, running.events));
      if (events) entry.inProgress = events;
    }
    const latest = progress.completed[id]?.at(-1);
    if (latest?.contentVersion === scenario.version) entry.attempt = encodeAttempt(index, latest);
    if (entry.inProgress || entry.attempt) entries.set(id, { index, entry });
  }
  const dropped: string[] = [];
  const render = () => [VERSION, ...[...entries.values()].map(({ index, entry }) => entryText(index, entry))].join('~');
  const bySize = () => [...entries.values()].sort((a, b) => entryText(b.index, b.entry).length - entryText(a.index, a.entry).length);
  for (let text = render(); text.length > limit; text = render()) {
    const largest = bySize().find(({ entry }) => entry.inProgress) ?? bySize()[0];
    if (!largest) break;
    dropped.push(largest.entry.id);
    if (largest.entry.inProgress && largest.entry.attempt) delete largest.entry.inProgress;
    else entries.delete(largest.entry.id);
  }
  return { text: render(), dropped };
}

/** The vignette ids a suspend_data text mentions, to load their content before decoding. */
export function scenarioIdsIn(text: string): string[] {
  if (!text.startsWith(VERSION)) return [];
  return text
    .split('~')
    .slice(1)
    .map((entry) => ENTRY.exec(entry)?.[1])
    .filter((id): id is string => id !== undefined);
}

/**
 * Reads progress written by `encodeProgress`. Text that is not such progress (tampered, cut off,
 * another format) is rejected whole, never half-restored; vignettes that are not in this package
 * or whose content has changed version since are skipped and named.
 */
export function decodeProgress(text: string, scenarios: ReadonlyMap<string, Scenario>): DecodeResult {
  const progress: PersistedProgress = { inProgress: {}, completed: {} };
  const skipped: string[] = [];
  if (text === '') return { ok: true, progress, skipped };
  const [version, ...entries] = text.split('~');
  if (version !== VERSION) return { ok: false, reason: 'malformed' };
  const seen = new Set<string>();
  for (const entry of entries) {
    const match = ENTRY.exec(entry);
    if (!match) return { ok: false, reason: 'malformed' };
    const [, id = '', version36 = '', events = '', path = '', flags = '', choices = ''] = match;
    if (seen.has(id)) return { ok: false, reason: 'malformed' };
    seen.add(id);
    const scenario = scenarios.get(id);
    if (!scenario || parseInt(version36, 36) !== scenario.version) {
      skipped.push(id);
      continue;
    }
    const index = indexScenario(scenario);
    if (events) {
      const decoded = decodeEvents(index, events);
      if (!decoded) return { ok: false, reason: 'malformed' };
      progress.inProgress[id] = { contentVersion: scenario.version, mode: 'assessment', seed: 0, events: decoded };
    }
    if (path || flags || choices) {
      const attempt = decodeAttempt(index, [path, flags, choices]);
      if (!attempt) return { ok: false, reason: 'malformed' };
      progress.completed[id] = [attempt];
    }
    if (!events && !path && !flags && !choices) return { ok: false, reason: 'malformed' };
  }
  return { ok: true, progress, skipped };
}
