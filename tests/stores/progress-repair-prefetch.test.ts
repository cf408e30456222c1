import { afterEach, describe, expect, it, vi } from 'vitest';

// On a first visit nothing stored needs the repair path, but the learner's first change does: a
// change made before it has arrived waits for it, and a page left in between loses that change.

const evaluated = vi.hoisted(() => vi.fn());
vi.mock('../../src/stores/progress-sync-repair', async (importOriginal) => {
  evaluated();
  return importOriginal();
});

afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(document, 'readyState');
});

describe('the repair path of stored progress, on a first visit', () => {
  it('is fetched in the task after the first screen, without waiting for the load event or an idle moment', async () => {
    vi.useFakeTimers();
    // A page still loading: the load event comes later, or (on a busy machine) much later.
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    const { prefetchRepair } = await import('../../src/stores/progress-sync');
    prefetchRepair();
    // Not in the first screen's own task.
    expect(evaluated).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    await vi.waitFor(() => expect(evaluated).toHaveBeenCalledTimes(1));
  });
});
