import type { FoundScormApi } from './scorm-api.types';

export type ScormError = { element: string; code: string; message: string };

const succeeded = (result: string | boolean) => result === true || result === 'true';

/**
 * One call surface over SCORM 1.2 and 2004: the same four operations, each checked, so an LMS
 * that refuses a value is noticed (and reported) instead of silently losing the learner's result.
 * A refused value is kept and written again before the next commit, until the LMS takes it; while
 * any value waits, `refused()` says so. No call ever throws into the app.
 */
export function createScormSession(found: FoundScormApi, onError: (error: ScormError) => void) {
  const fail = (element: string) => {
    try {
      const code = String(found.version === '1.2' ? found.api.LMSGetLastError() : found.api.GetLastError());
      const message = found.version === '1.2' ? found.api.LMSGetErrorString(code) : found.api.GetErrorString(code);
      onError({ element, code, message });
    } catch {
      onError({ element, code: 'unknown', message: 'the LMS API failed' });
    }
    return false;
  };
  const call = (element: string, run: () => string | boolean) => {
    try {
      return succeeded(run()) || fail(element);
    } catch {
      return fail(element);
    }
  };
  // Values the LMS refused, in the order they were first written; the latest value per element.
  const pending = new Map<string, string>();
  const { version } = found;
  const setValue = (element: string, value: string) =>
    call(element, () => (found.version === '1.2' ? found.api.LMSSetValue(element, value) : found.api.SetValue(element, value)));
  // In order; the first one still refused ends the round (the LMS is not taking values yet).
  const retry = () => {
    for (const [element, value] of [...pending]) {
      if (!setValue(element, value)) return;
      pending.delete(element);
    }
  };
  return {
    version,
    initialize: () => call('Initialize', () => (found.version === '1.2' ? found.api.LMSInitialize('') : found.api.Initialize(''))),
    get(element: string): string {
      try {
        const value = found.version === '1.2' ? found.api.LMSGetValue(element) : found.api.GetValue(element);
        return typeof value === 'string' ? value : '';
      } catch {
        return '';
      }
    },
    set(element: string, value: string) {
      // A value still waiting to be taken goes first, so the LMS never holds a newer one before it.
      if (pending.size > 0) retry();
      if (setValue(element, value)) {
        pending.delete(element);
        return true;
      }
      pending.delete(element);
      pending.set(element, value);
      return false;
    },
    /** Writes the refused values again, then commits; true when the LMS took everything. */
    commit() {
      retry();
      const committed = call('Commit', () => (found.version === '1.2' ? found.api.LMSCommit('') : found.api.Commit('')));
      return committed && pending.size === 0;
    },
    /** Whether some value the LMS refused still waits to be written. */
    refused: () => pending.size > 0,
    terminate: () => call('Terminate', () => (found.version === '1.2' ? found.api.LMSFinish('') : found.api.Terminate(''))),
  };
}

export type ScormSession = ReturnType<typeof createScormSession>;
