import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { loadScenario, loadStructure } from '../../content';
import type { AttemptRecord, Scenario } from '../../engine';
import { useProgressStore } from '../../stores/progress-store';

export type LatestAttempts =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; entries: { scenario: Scenario; attempt: AttemptRecord }[] };

/**
 * The latest attempt of every completed vignette, with its content loaded, so that scores can be
 * recomputed. An attempt on an older content version is scored on that version's archived
 * structure (with the vignette's current title and text); one whose version is not archived is
 * left out: its answers no longer fit.
 */
export function useLatestAttempts(reloadKey: number): LatestAttempts {
  const latest = useProgressStore(
    useShallow((s) => Object.values(s.completed).flatMap((history) => (history.length > 0 ? [history[history.length - 1] as AttemptRecord] : []))),
  );
  const [state, setState] = useState<{ key: string; value: LatestAttempts }>({ key: '', value: { status: 'loading' } });
  const key = `${reloadKey}:${latest.map((a) => `${a.scenarioId}@${a.path.length}/${a.flags.length}`).join(',')}`;
  useEffect(() => {
    let live = true;
    const atVersion = async (attempt: AttemptRecord): Promise<Scenario | undefined> => {
      const current = await loadScenario(attempt.scenarioId);
      if (current.version === attempt.contentVersion) return current;
      const archived = await loadStructure(attempt.scenarioId, attempt.contentVersion);
      return archived && { ...current, version: archived.version, start: archived.start, scenes: archived.scenes };
    };
    Promise.all(latest.map(async (attempt) => ({ attempt, scenario: await atVersion(attempt) }))).then(
      (entries) =>
        live &&
        setState({ key, value: { status: 'ready', entries: entries.flatMap((e) => (e.scenario ? [{ attempt: e.attempt, scenario: e.scenario }] : [])) } }),
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
