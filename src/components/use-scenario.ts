import { loadScenario } from '../content';
import type { Scenario, ScenarioId } from '../engine';
import { useAsync } from './use-async';

export type ScenarioLoad =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; scenario: Scenario };

/** Loads a vignette's chunk, with a loading state and a retry after failure. */
export function useScenario(id: ScenarioId) {
  const { state, retry } = useAsync(() => loadScenario(id), [id]);
  const load: ScenarioLoad = state.status === 'ready' ? { status: 'ready', scenario: state.value } : state.status === 'error' ? { status: 'error' } : { status: 'loading' };
  return { load, retry };
}
