import { describe, expect, it } from 'vitest';
import { enumeratePaths } from '../../support/scenario-paths';
import { scenarioById, scenarioIds } from '../../support/scenario-text';
import { playPath } from './model-paths.support';

// Every decision path of every vignette, generated from the scenario machine with xstate/graph,
// played through the real player in both modes (one render per path).
describe.each(['practice', 'assessment'] as const)('model-based: every path through the player in %s mode', (mode) => {
  describe.each(scenarioIds)('%s', (id) => {
    const scenario = scenarioById(id);
    const paths = enumeratePaths(scenario, mode);
    it(`plays all ${paths.length} paths`, { timeout: 120_000 }, async () => {
      expect(paths.length).toBeGreaterThan(1);
      for (const events of paths) await playPath(scenario, mode, events);
    });
  });
});
