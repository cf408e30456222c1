import { asScenarioId, ID_SOURCE, type AttemptRecord, type LearnerEvent, type ScenarioStructure } from '../../../engine';
import type { PersistedProgress } from '../../../stores/progress-store';
import { readBits, readNumbers, widthFor } from './base64-digits';
import { indexScenario, type ScenarioIndex } from './scenario-index';

// Version 1 of suspend_data, read only: `v1~<id>.<version36>.<events>.<path>.<flags>.<choices>~…`.
// Events are symbols (0 acknowledge, 1 submit, then one per fragment, then one per option); the
// attempt is scene indices, a bit field of fragments and scene/option pairs. Everything in it was
// made before attempt record v2: runs in assessment mode with seed 0, attempts under rules 1.

export const V1_ENTRY = new RegExp(String.raw`^(${ID_SOURCE})\.([0-9a-z]{1,6})\.([\w-]*)\.([\w-]*)\.([\w-]*)\.([\w-]*)$`);

function decodeEvents(index: ScenarioIndex, text: string): LearnerEvent[] | undefined {
  const symbols = readNumbers(text, widthFor(2 + index.fragments.length + index.options.length));
  if (!symbols) return undefined;
  const events: LearnerEvent[] = [];
  for (const symbol of symbols) {
    const fragment = index.fragments[symbol - 2];
    const option = index.options[symbol - 2 - index.fragments.length];
    if (symbol === 0) events.push({ type: 'learner.acknowledge' });
    else if (symbol === 1) events.push({ type: 'learner.submit' });
    else if (fragment) events.push({ type: 'learner.toggle', unit: fragment });
    else if (option) events.push({ type: 'learner.choose', option });
    else return undefined;
  }
  return events;
}

function decodeAttempt(index: ScenarioIndex, pathText: string, flagText: string, choiceText: string): AttemptRecord | undefined {
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
  return { scenarioId: asScenarioId(index.id), contentVersion: index.version, mode: 'assessment', seed: 0, rules: 1, path: scenes, flags: fragments, choices };
}

/**
 * Reads the entries of version-1 text (without its `v1` head) into progress; undefined when any
 * entry is not such progress. Entries of vignettes not given, or of another version, are skipped.
 */
export function decodeEntriesV1(entries: string[], scenarios: ReadonlyMap<string, ScenarioStructure>, skipped: string[]): PersistedProgress | undefined {
  const progress: PersistedProgress = { inProgress: {}, completed: {} };
  const seen = new Set<string>();
  for (const entry of entries) {
    const match = V1_ENTRY.exec(entry);
    if (!match) return undefined;
    const [, id = '', version36 = '', events = '', path = '', flags = '', choices = ''] = match;
    if (seen.has(id)) return undefined;
    seen.add(id);
    const scenario = scenarios.get(id);
    if (!scenario || parseInt(version36, 36) !== scenario.version) {
      skipped.push(id);
      continue;
    }
    const index = indexScenario(scenario);
    if (events) {
      const decoded = decodeEvents(index, events);
      if (!decoded) return undefined;
      progress.inProgress[id] = { contentVersion: scenario.version, mode: 'assessment', seed: 0, events: decoded };
    }
    if (path || flags || choices) {
      const attempt = decodeAttempt(index, path, flags, choices);
      if (!attempt) return undefined;
      progress.completed[id] = [attempt];
    }
    if (!events && !path && !flags && !choices) return undefined;
  }
  return progress;
}
