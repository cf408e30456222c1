import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAsync } from '../../src/components/use-async';

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useAsync', () => {
  it('is idle without a load, loading while it runs, then ready', async () => {
    const first = deferred<string>();
    const { result, rerender } = renderHook(({ load }) => useAsync(load, [load]), { initialProps: { load: undefined as (() => Promise<string>) | undefined } });
    expect(result.current.state).toEqual({ status: 'idle' });
    const load = () => first.promise;
    rerender({ load });
    expect(result.current.state).toEqual({ status: 'loading' });
    await act(async () => first.resolve('done'));
    expect(result.current.state).toEqual({ status: 'ready', value: 'done' });
  });

  it('drops an answer that arrives for a question no longer asked', async () => {
    const slow = deferred<string>();
    const fast = deferred<string>();
    const loads: Record<string, () => Promise<string>> = { a: () => slow.promise, b: () => fast.promise };
    const { result, rerender } = renderHook(({ id }) => useAsync(loads[id], [id]), { initialProps: { id: 'a' } });
    rerender({ id: 'b' });
    await act(async () => fast.resolve('b'));
    await act(async () => slow.resolve('a'));
    expect(result.current.state).toEqual({ status: 'ready', value: 'b' });
  });

  it('keeps the error, and loads again on retry', async () => {
    let calls = 0;
    const load = () => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(calls));
    const { result } = renderHook(() => useAsync(load, []));
    await waitFor(() => expect(result.current.state.status).toBe('error'));
    expect(result.current.state).toMatchObject({ error: new Error('offline') });
    act(() => result.current.retry());
    expect(result.current.state).toEqual({ status: 'loading' });
    await waitFor(() => expect(result.current.state).toEqual({ status: 'ready', value: 2 }));
  });
});
