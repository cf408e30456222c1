import { describe, expect, it } from 'vitest';
import {
  asFragmentId,
  asOptionId,
  asUnitId,
  asSceneId,
  createScenarioMachine,
  replayEvents,
  type LearnerEvent,
  type Mode,
  type Scenario,
} from '../../src/engine';
import { makeScenario } from '../support/make-scenario';
import { enumeratePaths } from '../support/scenario-paths';

const start: LearnerEvent = { type: 'learner.acknowledge' };
const toggle = (id: string): LearnerEvent => ({ type: 'learner.toggle', unit: asUnitId(id) });
const choose = (id: string): LearnerEvent => ({ type: 'learner.choose', option: asOptionId(id) });
const run = (scenario: Scenario, events: LearnerEvent[], mode: Mode = 'assessment') =>
  replayEvents(createScenarioMachine(scenario), { scenario, mode, seed: 7 }, events).getSnapshot();

describe('createScenarioMachine', () => {
  const scenario = makeScenario(6, 4, undefined, 3);

  it('starts at the content warning and enters the first scene on acknowledge', () => {
    expect(run(scenario, []).hasTag('briefing')).toBe(true);
    const snapshot = run(scenario, [start]);
    expect(snapshot.hasTag('observation')).toBe(true);
    expect(snapshot.context.path).toEqual(['look']);
  });

  it('toggles any unit of the current scene, fragment or neutral, and ignores others', () => {
    const snapshot = run(scenario, [start, toggle('signal-0'), toggle('distractor-1'), toggle('look.2'), toggle('signal-0'), toggle('nowhere'), toggle('look.9'), toggle('choose.1')]);
    expect(snapshot.context.flags).toEqual(['distractor-1', 'look.2']);
  });

  it('accepts no marks once a scene is left', () => {
    const snapshot = run(scenario, [start, { type: 'learner.submit' }, toggle('look.1'), toggle('signal-0')]);
    expect(snapshot.context.flags).toEqual([]);
  });

  it('in practice mode, stops for feedback after each scene until the learner continues', () => {
    const events = [start, toggle('look.1'), { type: 'learner.submit' } as const];
    const feedback = run(scenario, events, 'practice');
    expect(feedback.hasTag('feedback')).toBe(true);
    expect(feedback.context.path).toEqual(['look']);
    expect(run(scenario, [...events, toggle('look.2')], 'practice').context.flags).toEqual(['look.1']);
    const next = run(scenario, [...events, { type: 'learner.continue' }], 'practice');
    expect(next.hasTag('decision')).toBe(true);
    const chosen = run(scenario, [...events, { type: 'learner.continue' }, choose('option-2')], 'practice');
    expect(chosen.hasTag('feedback')).toBe(true);
    expect(chosen.context.choices).toEqual([{ scene: 'choose', option: 'option-2' }]);
    const done = run(scenario, [...events, { type: 'learner.continue' }, choose('option-2'), { type: 'learner.continue' }], 'practice');
    expect(done.status).toBe('done');
    expect(done.output?.mode).toBe('practice');
  });

  it('in assessment mode, never stops for feedback', () => {
    const snapshot = run(scenario, [start, { type: 'learner.submit' }, { type: 'learner.continue' }]);
    expect(snapshot.hasTag('decision')).toBe(true);
    expect(snapshot.hasTag('feedback')).toBe(false);
  });

  it('records the choice and outputs the attempt when the vignette ends', () => {
    const snapshot = run(scenario, [start, toggle('signal-2'), { type: 'learner.submit' }, choose('option-1')]);
    expect(snapshot.status).toBe('done');
    expect(snapshot.output).toEqual({
      scenarioId: 'synthetic',
      contentVersion: 1,
      mode: 'assessment',
      seed: 7,
      rules: 2,
      path: ['look', 'choose'],
      flags: ['signal-2'],
      choices: [{ scene: 'choose', option: 'option-1' }],
    });
  });

  it('ignores events the current state does not accept, so a stale log cannot break a replay', () => {
    const snapshot = run(scenario, [choose('option-0'), { type: 'learner.submit' }, start, choose('option-9')]);
    expect(snapshot.context.path).toEqual(['look']);
    expect(snapshot.context.choices).toEqual([]);
  });

  it('follows a content guard: the branch whose fragments were flagged wins', () => {
    const branching: Scenario = {
      ...scenario,
      scenes: [
        {
          ...scenario.scenes[0]!,
          type: 'observe',
          next: [
            { when: { guard: 'hasFlaggedAny', params: { fragments: [asFragmentId('signal-0')] } }, target: 'end' },
            { target: asSceneId('choose') },
          ],
        },
        scenario.scenes[1]!,
      ],
    };
    expect(run(branching, [start, toggle('signal-0'), { type: 'learner.submit' }]).status).toBe('done');
    expect(run(branching, [start, { type: 'learner.submit' }]).context.path).toEqual(['look', 'choose']);
    expect(enumeratePaths(branching)).toHaveLength(4);
  });
});
