import { useCallback, useEffect, useState } from 'react';
import type { Assignment } from '../../records';
import { loadScenario } from '../../content';
import { asScenarioId, type AttemptRecord, type Scenario } from '../../engine';
import type { AssignmentEntry } from '../../stores/assignment-store';
import { bestPassingAttempt, passedAssignment, type PassedAttempt } from './build-certificate';

/** An assignment whose every vignette the learner passed. */
export type PassedAssignment = { key: string; assignment: Assignment; passed: PassedAttempt[] };

export type CertificateOptions = { passed: PassedAttempt[]; assignments: PassedAssignment[] };

export type OptionsLoad = { status: 'loading' } | { status: 'error' } | ({ status: 'ready' } & CertificateOptions);

/**
 * What the learner can get a certificate for: each vignette passed in self-paced study (its best
 * passing attempt), and each opened assignment passed in full. Loads every vignette involved
 * (each its own chunk) to recompute the scores; storage holds none.
 */
export function useCertificateOptions(
  completed: Record<string, AttemptRecord[]>,
  entries: Record<string, AssignmentEntry>,
  passMark: number,
) {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<OptionsLoad>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const ids = new Set([
      ...Object.keys(completed).filter((id) => (completed[id]?.length ?? 0) > 0),
      ...Object.values(entries).flatMap((entry) => (entry.attempts.length > 0 ? entry.signed.assignment.scenarios : [])),
    ]);
    Promise.all([...ids].map((id) => loadScenario(asScenarioId(id)).catch(() => undefined))).then(
      (loaded) => {
        if (!live) return;
        const scenarios = new Map(loaded.filter((s): s is Scenario => s !== undefined).map((s) => [s.id as string, s]));
        const passed = [...scenarios.values()].flatMap((scenario) => {
          const best = bestPassingAttempt(scenario, completed[scenario.id] ?? [], passMark);
          return best ? [best] : [];
        });
        const assignments = Object.entries(entries).flatMap(([key, entry]) => {
          const all = passedAssignment(entry.signed.assignment, entry.attempts, scenarios);
          return all ? [{ key, assignment: entry.signed.assignment, passed: all }] : [];
        });
        setState({ status: 'ready', passed, assignments });
      },
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [completed, entries, passMark, attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { load: state, retry };
}
