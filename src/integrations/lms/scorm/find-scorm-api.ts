import type { FoundScormApi, Scorm12Api, Scorm2004Api } from './scorm-api.types';

// The ADL discovery algorithm: the API sits on the window that launched us, on one of its
// parents, or on the opener (and its parents) when the LMS opened a new window.
const MAX_HOPS = 12;

const isApi = (value: unknown, method: string) =>
  typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[method] === 'function';

function apiOn(win: Window): FoundScormApi | undefined {
  try {
    const scope = win as unknown as Record<string, unknown>;
    if (isApi(scope.API_1484_11, 'Initialize')) return { version: '2004', api: scope.API_1484_11 as Scorm2004Api };
    if (isApi(scope.API, 'LMSInitialize')) return { version: '1.2', api: scope.API as Scorm12Api };
  } catch {
    // A window of another origin: its properties cannot be read, so it holds no API for us.
  }
  return undefined;
}

const parentOf = (win: Window): Window | null => {
  try {
    return win.parent === win ? null : win.parent;
  } catch {
    return null;
  }
};

function searchUp(start: Window | null): FoundScormApi | undefined {
  let win = start;
  for (let hop = 0; win && hop < MAX_HOPS; hop += 1) {
    const found = apiOn(win);
    if (found) return found;
    win = parentOf(win);
  }
  return undefined;
}

/** Finds the LMS's SCORM API (2004 before 1.2) on this window, its parents or its opener. */
export function findScormApi(win: Window = window): FoundScormApi | undefined {
  const openerOf = () => {
    try {
      return win.opener as Window | null;
    } catch {
      return null;
    }
  };
  return searchUp(win) ?? searchUp(openerOf());
}
