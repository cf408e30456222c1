import { loadScenario } from '../content';
import type { Scenario, ScenarioId } from '../engine';
import { useAsync } from './use-async';

export type ScenariosLoad =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; scenarios: ReadonlyMap<ScenarioId, Scenario> };

/** Loads several vignettes' chunks at once (e.g. all of an assignment), with a retry after failure. */
export function useScenarios(ids: readonly ScenarioId[]) {
  // The ids as one string: a new array with the same ids is the same question.
  const key = ids.join(' ');
  const { state, retry } = useAsync(async () => {
    const loaded = await Promise.all((key === '' ? [] : (key.split(' ') as ScenarioId[])).map((id) => loadScenario(id)));
    return new Map(loaded.map((s) => [s.id, s])) as ReadonlyMap<ScenarioId, Scenario>;
  }, [key]);
  const load: ScenariosLoad = state.status === 'ready' ? { status: 'ready', scenarios: state.value } : state.status === 'error' ? { status: 'error' } : { status: 'loading' };
  return { load, retry };
}
