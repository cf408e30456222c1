import { describe, expect, it } from 'vitest';
import {
  asFragmentId,
  asOptionId,
  asSceneId,
  createScenarioMachine,
  replayEvents,
  type LearnerEvent,
  type Scenario,
} from '../../src/engine';
import { makeScenario } from '../support/make-scenario';
import { enumeratePaths } from '../support/scenario-paths';

const start: LearnerEvent = { type: 'learner.acknowledge' };
const toggle = (id: string): LearnerEvent => ({ type: 'learner.toggle', fragment: asFragmentId(id) });
const choose = (id: string): LearnerEvent => ({ type: 'learner.choose', option: asOptionId(id) });
const run = (scenario: Scenario, events: LearnerEvent[]) => replayEvents(createScenarioMachine(scenario), scenario, events).getSnapshot();

describe('createScenarioMachine', () => {
  const scenario = makeScenario(6, 4);

  it('starts at the content warning and enters the first scene on acknowledge', () => {
    expect(run(scenario, []).hasTag('briefing')).toBe(true);
    const snapshot = run(scenario, [start]);
    expect(snapshot.hasTag('observation')).toBe(true);
    expect(snapshot.context.path).toEqual(['look']);
  });

  it('toggles flags of the current scene only and ignores other fragments', () => {
    const snapshot = run(scenario, [start, toggle('signal-0'), toggle('distractor-1'), toggle('signal-0'), toggle('nowhere')]);
    expect(snapshot.context.flags).toEqual(['distractor-1']);
  });

  it('records the choice and outputs the attempt when the vignette ends', () => {
    const snapshot = run(scenario, [start, toggle('signal-2'), { type: 'learner.submit' }, choose('option-1')]);
    expect(snapshot.status).toBe('done');
    expect(snapshot.output).toEqual({
      scenarioId: 'synthetic',
      contentVersion: 1,
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
