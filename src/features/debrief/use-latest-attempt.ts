import { useScenario } from '../../components/use-scenario';
import type { AttemptRecord, Scenario, ScenarioId } from '../../engine';
import { latestAttempt, useProgressStore } from '../../stores/progress-store';

export type LatestAttempt =
  | { status: 'loading' }
  | { status: 'error'; retry: () => void }
  | { status: 'none'; scenario: Scenario }
  | { status: 'ready'; scenario: Scenario; attempt: AttemptRecord };

/**
 * A vignette with the learner's latest attempt at it. An attempt on an older version of the
 * content counts as none: its answers no longer fit the story.
 */
export function useLatestAttempt(scenarioId: ScenarioId): LatestAttempt {
  const { load, retry } = useScenario(scenarioId);
  const attempt = useProgressStore((s) => latestAttempt(s, scenarioId));
  if (load.status === 'loading') return { status: 'loading' };
  if (load.status === 'error') return { status: 'error', retry };
  if (!attempt || attempt.contentVersion !== load.scenario.version) return { status: 'none', scenario: load.scenario };
  return { status: 'ready', scenario: load.scenario, attempt };
}
