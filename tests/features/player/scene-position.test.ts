import { describe, expect, it } from 'vitest';
import { remainingScenes } from '../../../src/features/player/scene-position';
import { scenarioById } from '../../support/scenario-text';
import { enumeratePaths } from '../../support/scenario-paths';
import { createScenarioMachine, replayEvents } from '../../../src/engine';
import { scenarioIds } from '../../support/scenario-text';

describe('where am I: scenes still to come', () => {
  it('is exact in Kamer 214 up to its decision, then one more scene', () => {
    const scenario = scenarioById('hotel-room-214');
    const remaining = remainingScenes(scenario);
    expect(remaining.get(scenario.start as never)).toEqual({ min: 5, max: 5 });
  });

  it('brackets the true number of scenes left on every path of every vignette', () => {
    for (const scenario of scenarioIds.map(scenarioById)) {
      const remaining = remainingScenes(scenario);
      for (const events of enumeratePaths(scenario)) {
        const actor = replayEvents(createScenarioMachine(scenario), { scenario, mode: 'assessment', seed: 0 }, events);
        const path = actor.getSnapshot().context.path;
        path.forEach((scene, i) => {
          const left = path.length - 1 - i;
          const range = remaining.get(scene)!;
          expect(left, `${scenario.id} ${scene}`).toBeGreaterThanOrEqual(range.min);
          expect(left, `${scenario.id} ${scene}`).toBeLessThanOrEqual(range.max);
        });
        expect(actor.getSnapshot().status).toBe('done');
      }
    }
  });
});
