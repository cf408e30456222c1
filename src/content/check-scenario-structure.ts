import type { ScenarioFile } from './files.schema';
import { canReachEnd, reachableFrom, targetsOf } from './scenario-graph';

export const MIN_SIGNALS = 6;
export const MIN_DISTRACTORS = 4;
/** Signals per distractor, so that flagging everything is never a winning strategy. */
export const MAX_SIGNAL_RATIO = 2;

export type KnownIds = { indicators: Set<string>; sources: Set<string>; routes: Set<string> };

/** Reports every structural problem of a scenario file: ids, references, graph, balance. */
export function checkScenarioStructure(
  file: ScenarioFile,
  folder: string,
  known: KnownIds,
  report: (path: string, reason: string) => void,
) {
  if (file.id !== folder) report('id', `must equal the folder name "${folder}"`);
  file.sources.forEach((key, i) => {
    if (!known.sources.has(key)) report(`sources[${i}]`, `unknown source "${key}" (not in content/sources.yaml)`);
  });
  file.routes.forEach((id, i) => {
    if (!known.routes.has(id)) report(`routes[${i}]`, `unknown reporting route "${id}"`);
  });

  const sceneIds = new Set<string>();
  const fragmentIds = new Set<string>();
  file.scenes.forEach((scene, s) => {
    if (sceneIds.has(scene.id)) report(`scenes[${s}].id`, `duplicate scene id "${scene.id}"`);
    sceneIds.add(scene.id);
    scene.fragments.forEach((fragment, f) => {
      const at = `scenes[${s}].fragments[${f}]`;
      if (fragmentIds.has(fragment.id)) report(`${at}.id`, `duplicate fragment id "${fragment.id}"`);
      fragmentIds.add(fragment.id);
      fragment.sources?.forEach((key, k) => {
        if (!known.sources.has(key)) report(`${at}.sources[${k}]`, `unknown source "${key}" (not in content/sources.yaml)`);
        else if (!file.sources.includes(key)) report(`${at}.sources[${k}]`, `source "${key}" is missing from the vignette's sources`);
      });
      if ('signal' in fragment && !known.indicators.has(fragment.signal)) {
        report(`${at}.signal`, `unknown indicator id "${fragment.signal}"`);
      }
    });
  });

  if (!sceneIds.has(file.start)) report('start', `unknown scene "${file.start}"`);
  file.scenes.forEach((scene, s) => {
    targetsOf(scene).forEach((target) => {
      if (target !== 'end' && !sceneIds.has(target)) report(`scenes[${s}]`, `leads to unknown scene "${target}"`);
    });
    if (scene.type === 'decide') {
      const options = new Set<string>();
      scene.options.forEach((option, o) => {
        if (options.has(option.id)) report(`scenes[${s}].options[${o}].id`, `duplicate option id "${option.id}"`);
        options.add(option.id);
      });
    } else if (typeof scene.next !== 'string') {
      scene.next.forEach((branch, b) => {
        const last = b === scene.next.length - 1;
        if (last && branch.if) report(`scenes[${s}].next[${b}]`, 'the last branch must have no `if`');
        if (!last && !branch.if) report(`scenes[${s}].next[${b}]`, 'only the last branch may omit `if`');
        branch.if?.params.fragments.forEach((id, f) => {
          if (!fragmentIds.has(id)) report(`scenes[${s}].next[${b}].if.params.fragments[${f}]`, `unknown fragment "${id}"`);
        });
      });
    }
  });

  const reachable = reachableFrom(file.start, file.scenes);
  const ending = canReachEnd(file.scenes);
  file.scenes.forEach((scene, s) => {
    if (!reachable.has(scene.id)) report(`scenes[${s}]`, `scene "${scene.id}" is unreachable from the start`);
    if (!ending.has(scene.id)) report(`scenes[${s}]`, `scene "${scene.id}" cannot reach the end`);
  });

  checkBalance(file, report);
}

function checkBalance(file: ScenarioFile, report: (path: string, reason: string) => void) {
  const fragments = file.scenes.flatMap((s) => s.fragments);
  const signals = fragments.filter((f) => 'signal' in f).length;
  const distractors = fragments.length - signals;
  if (signals < MIN_SIGNALS) report('scenes', `too few signals: ${signals}, at least ${MIN_SIGNALS}`);
  if (distractors < MIN_DISTRACTORS) report('scenes', `too few distractors: ${distractors}, at least ${MIN_DISTRACTORS}`);
  if (distractors > 0 && (signals < distractors || signals > MAX_SIGNAL_RATIO * distractors)) {
    report('scenes', `signals and distractors out of balance: ${signals}:${distractors}, keep between 1:1 and ${MAX_SIGNAL_RATIO}:1`);
  }
  if (!file.scenes.some((s) => s.type === 'decide')) report('scenes', 'a vignette needs at least one decision scene');
}
