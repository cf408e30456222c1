import { useCallback, useEffect, useState } from 'react';

/** Where an asynchronous load stands: not asked for, under way, failed, or done. */
export type AsyncState<T> = { status: 'idle' } | { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; value: T };

const sameDeps = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

/**
 * Runs `load` whenever `deps` change and again on `retry`, like an effect with its dependency list.
 * A result that arrives for older dependencies, or after the component is gone, is dropped, so a
 * screen never shows an answer to a question it no longer asks. No `load` means nothing to do.
 */
export function useAsync<T>(load: (() => Promise<T>) | undefined, deps: readonly unknown[]): { state: AsyncState<T>; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<{ deps: readonly unknown[]; attempt: number; state: AsyncState<T> }>();
  const idle = load === undefined;
  useEffect(() => {
    if (!load) return;
    let live = true;
    load().then(
      (value) => live && setSettled({ deps, attempt, state: { status: 'ready', value } }),
      (error: unknown) => live && setSettled({ deps, attempt, state: { status: 'error', error } }),
    );
    return () => {
      live = false;
    };
    // The caller's dependency list stands for `load`, as with useEffect; `idle` and `attempt` are ours.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [idle, attempt, ...deps]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  if (idle) return { state: { status: 'idle' }, retry };
  const current = settled && settled.attempt === attempt && sameDeps(settled.deps, deps) ? settled.state : { status: 'loading' as const };
  return { state: current, retry };
}
