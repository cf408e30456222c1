import { useCallback, useEffect, useState } from 'react';
import { loadScenario } from '../content';
import type { Scenario, ScenarioId } from '../engine';

export type ScenariosLoad =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; scenarios: ReadonlyMap<ScenarioId, Scenario> };

/** Loads several vignettes' chunks at once (e.g. all of an assignment), with a retry after failure. */
export function useScenarios(ids: readonly ScenarioId[]) {
  const key = ids.join(' ');
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ScenariosLoad & { key: string }>({ status: 'loading', key });
  useEffect(() => {
    let live = true;
    const wanted = key === '' ? [] : (key.split(' ') as ScenarioId[]);
    Promise.all(wanted.map((id) => loadScenario(id))).then(
      (loaded) => live && setState({ status: 'ready', scenarios: new Map(loaded.map((s) => [s.id, s])), key }),
      () => live && setState({ status: 'error', key }),
    );
    return () => {
      live = false;
    };
  }, [key, attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading', key });
    setAttempt((n) => n + 1);
  }, [key]);
  const current: ScenariosLoad = state.key === key ? state : { status: 'loading' };
  return { load: current, retry };
}
