import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MODES,
  asSceneId,
  createScenarioMachine,
  replayEvents,
  type LearnerEvent,
  type Mode,
  type ScenarioStructure,
} from '../../src/engine';
import { loadContent } from '../../src/content/load-content';
import { makeScenario } from '../support/make-scenario';
import { enumeratePaths, reachability } from '../support/scenario-paths';

// Model-based: every vignette in content/, in both modes, walked over the graph of its real machine.
const { content } = loadContent({ root: resolve('content') });

const play = (scenario: ScenarioStructure, mode: Mode, events: LearnerEvent[]) =>
  replayEvents(createScenarioMachine(scenario), { scenario, mode, seed: 0 }, events).getSnapshot();

/** What a set of paths covers: scenes visited and options chosen (scene/option). */
function coverage(scenario: ScenarioStructure, mode: Mode) {
  const scenes = new Set<string>();
  const options = new Set<string>();
  for (const events of enumeratePaths(scenario, mode)) {
    const output = play(scenario, mode, events).output;
    output?.path.forEach((scene) => scenes.add(scene));
    output?.choices.forEach((c) => options.add(`${c.scene}/${c.option}`));
  }
  return { scenes, options };
}

const allOptions = (scenario: ScenarioStructure) =>
  scenario.scenes.flatMap((scene) => (scene.type === 'decide' ? scene.options.map((o) => `${scene.id}/${o.id}`) : []));

describe.each(content.scenarios.flatMap((s) => MODES.map((mode) => [s.id, mode, s] as const)))('%s in %s mode', (_id, mode, scenario) => {
  const paths = enumeratePaths(scenario, mode);

  it('reaches every scene on some path from the content warning to the end', () => {
    expect([...coverage(scenario, mode).scenes].sort()).toEqual(scenario.scenes.map((s) => s.id).sort());
  });

  it('takes every option of every decision on some path', () => {
    expect([...coverage(scenario, mode).options].sort()).toEqual(allOptions(scenario).sort());
  });

  it('has no dead end: from every reachable state the end can still be reached', () => {
    const stuck = reachability(scenario, mode).filter((state) => !state.canEnd);
    expect(stuck.map((s) => s.key)).toEqual([]);
  });

  it('ends every path with an attempt that records its mode', () => {
    for (const events of paths) {
      const snapshot = play(scenario, mode, events);
      expect(snapshot.status).toBe('done');
      expect(snapshot.output?.mode).toBe(mode);
      expect(snapshot.output?.choices.length).toBeGreaterThan(0);
    }
  });
});

describe('path generation finds what is wrong', () => {
  const base = makeScenario(6, 4);
  const [look, choose] = base.scenes;
  if (look?.type !== 'observe' || choose?.type !== 'decide') throw new Error('unexpected synthetic shape');

  it('misses a scene that nothing leads to, and an option that leads back into a loop with no way out', () => {
    const island = { ...look, id: asSceneId('island'), next: [{ target: 'end' as const }] };
    const loop = { ...look, id: asSceneId('loop'), next: [{ target: asSceneId('loop') }] };
    const broken: ScenarioStructure = {
      ...base,
      scenes: [look, { ...choose, options: [{ ...choose.options[0]!, target: asSceneId('loop') }, ...choose.options.slice(1)] }, island, loop],
    };
    const covered = coverage(broken, 'assessment');
    expect(covered.scenes.has('island')).toBe(false);
    expect(covered.options.has(`choose/${choose.options[0]!.id}`)).toBe(false);
    expect(reachability(broken, 'practice').some((s) => !s.canEnd)).toBe(true);
  });

  it('walks a feedback step after every scene in practice mode only', () => {
    const [practice] = enumeratePaths(base, 'practice');
    const [assessment] = enumeratePaths(base, 'assessment');
    expect(practice?.filter((e) => e.type === 'learner.continue')).toHaveLength(2);
    expect(assessment?.some((e) => e.type === 'learner.continue')).toBe(false);
  });
});

it('finds every scenario folder of content/', () => {
  expect(content.scenarios.length).toBeGreaterThan(0);
});
