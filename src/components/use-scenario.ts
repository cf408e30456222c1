import { useCallback, useEffect, useState } from 'react';
import { loadScenario } from '../content';
import type { Scenario, ScenarioId } from '../engine';

export type ScenarioLoad =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; scenario: Scenario };

/** Loads a vignette's chunk, with a loading state and a retry after failure. */
export function useScenario(id: ScenarioId) {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ScenarioLoad & { id: ScenarioId }>({ status: 'loading', id });
  useEffect(() => {
    let live = true;
    loadScenario(id).then(
      (scenario) => live && setState({ status: 'ready', scenario, id }),
      () => live && setState({ status: 'error', id }),
    );
    return () => {
      live = false;
    };
  }, [id, attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading', id });
    setAttempt((n) => n + 1);
  }, [id]);
  const current: ScenarioLoad = state.id === id ? state : { status: 'loading' };
  return { load: current, retry };
}
