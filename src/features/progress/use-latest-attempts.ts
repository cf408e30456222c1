import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AttemptRecord, Scenario } from '../../engine';
import { latestAttempt, useProgressStore } from '../../stores/progress-store';
import { loadScenarioAt } from './load-scenario-at';

export type LatestAttempts =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; entries: { scenario: Scenario; attempt: AttemptRecord }[] };

/**
 * The latest attempt of every completed vignette that this Signaal can show, with its content
 * loaded so that scores can be recomputed. An attempt on an older content version is scored on that
 * version's archived structure (with the vignette's current title and text); one whose version is
 * not archived is left out: its answers no longer fit. The result belongs to the very attempts it
 * was computed for: any other attempt (an import, another tab) computes afresh.
 */
export function useLatestAttempts(): LatestAttempts {
  // Shallow: the same attempts (by identity) give the same array, so only a real change reloads.
  const latest = useProgressStore(useShallow((s) => Object.keys(s.completed).flatMap((id) => latestAttempt(s, id) ?? [])));
  const [state, setState] = useState<{ of: readonly AttemptRecord[]; value: LatestAttempts }>({ of: [], value: { status: 'loading' } });
  useEffect(() => {
    let live = true;
    Promise.all(latest.map(async (attempt) => ({ attempt, scenario: await loadScenarioAt(attempt.scenarioId, attempt.contentVersion) }))).then(
      (entries) =>
        live &&
        setState({ of: latest, value: { status: 'ready', entries: entries.flatMap((e) => (e.scenario ? [{ attempt: e.attempt, scenario: e.scenario }] : [])) } }),
      () => live && setState({ of: latest, value: { status: 'error' } }),
    );
    return () => {
      live = false;
    };
  }, [latest]);
  return state.of === latest ? state.value : { status: 'loading' };
}
