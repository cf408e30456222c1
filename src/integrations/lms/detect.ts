import { packageConfig } from '../../content/package-config';
import { useSettingsStore } from '../../stores/settings-store';
import { findScormApi } from './scorm/find-scorm-api';
import type { Launch } from './start';

// This module ships with the first page, so it only looks; everything that talks to an LMS or
// LRS is a separate chunk, loaded when there is one to talk to.

/** Longest wait for an LMS before the app starts anyway (it keeps connecting in the background). */
const CONNECT_TIMEOUT_MS = 10_000;

let launched = false;

/** Whether this launch reports to an LMS or LRS; settled before the app renders. */
export const hasLearningSystem = () => launched;

/**
 * An LMS's SCORM API, or xAPI / cmi5 launch parameters (`endpoint`, `fetch`); undefined when
 * neither. A launch whose parameters turn out unusable is still one: the learner is told.
 */
export function detectLaunch(win: Window = window): Launch | undefined {
  const scorm = findScormApi(win);
  const params = new URLSearchParams(win.location.search);
  if (!scorm && !params.has('endpoint') && !params.has('fetch')) return undefined;
  return { scorm, search: win.location.search };
}

/**
 * Connects to the LMS or LRS this launch came from, restoring the learner's progress from it,
 * before the app renders; without one it returns at once and the app runs as usual.
 */
export async function connectLearningSystems(win: Window = window): Promise<void> {
  if (packageConfig) useSettingsStore.getState().setLocale(packageConfig.lang);
  const launch = detectLaunch(win);
  if (!launch) return;
  launched = true;
  const connecting = import('./start').then(({ startLearningSystems }) => startLearningSystems(launch));
  const timeout = new Promise((resolve) => setTimeout(resolve, CONNECT_TIMEOUT_MS));
  await Promise.race([connecting, timeout]).catch((error: unknown) => console.warn('Could not connect to the learning system', error));
}
