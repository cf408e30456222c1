import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { loadScenario } from '../../content';
import type { AttemptRecord, Scenario } from '../../engine';
import { useProgressStore } from '../../stores/progress-store';

export type LatestAttempts =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; entries: { scenario: Scenario; attempt: AttemptRecord }[] };

/**
 * The latest attempt of every completed vignette, with its content loaded, so that scores can be
 * recomputed. Attempts on an older content version are left out: their answers no longer fit.
 */
export function useLatestAttempts(reloadKey: number): LatestAttempts {
  const latest = useProgressStore(
    useShallow((s) => Object.values(s.completed).flatMap((history) => (history.length > 0 ? [history[history.length - 1] as AttemptRecord] : []))),
  );
  const [state, setState] = useState<{ key: string; value: LatestAttempts }>({ key: '', value: { status: 'loading' } });
  const key = `${reloadKey}:${latest.map((a) => `${a.scenarioId}@${a.path.length}/${a.flags.length}`).join(',')}`;
  useEffect(() => {
    let live = true;
    Promise.all(latest.map(async (attempt) => ({ attempt, scenario: await loadScenario(attempt.scenarioId) }))).then(
      (entries) => live && setState({ key, value: { status: 'ready', entries: entries.filter((e) => e.scenario.version === e.attempt.contentVersion) } }),
      () => live && setState({ key, value: { status: 'error' } }),
    );
    return () => {
      live = false;
    };
    // `key` summarises `latest`; the array itself is a new object on every store change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state.key === key ? state.value : { status: 'loading' };
}
