import { useSettingsStore } from '../../stores/settings-store';
import { readCmi5Launch, readXapiLaunch } from './xapi/launch-params';
import { useConnectionStore } from './connection-store';
import { startLearningFeed, type Reporter } from './learning-feed';
import { createScenarioCache } from './scenario-cache';
import { connectScorm } from './scorm/scorm-adapter';
import type { FoundScormApi } from './scorm/scorm-api.types';
import type { CourseStatus } from './tracker/assess-course';
import { connectXapi } from './xapi/xapi-adapter';

/** What detect.ts found: an LMS's SCORM API and/or the launch's query string (xAPI, cmi5). */
export type Launch = { scorm: FoundScormApi | undefined; search: string };

/**
 * Connects every learning system this launch names — a SCORM 1.2 or 2004 LMS, a cmi5 LMS, an
 * xAPI LRS — restores progress from the LMS, and starts reporting. The lazy chunk's entry. Returns
 * a way to stop reporting, for tests.
 */
export async function startLearningSystems(launch: Launch): Promise<{ stop: () => void }> {
  const scenarios = createScenarioCache();
  const reporters: Reporter[] = [];
  let passMark: number | null | undefined;
  // The course as it stood at launch, known once the feed has started; reporters ask for it later.
  const atStart: { course?: CourseStatus } = {};
  const courseAtStart = (): CourseStatus => atStart.course ?? { total: 0, completed: 0, score: null, status: 'incomplete', vignettes: [] };

  const cmi5Launch = readCmi5Launch(launch.search);
  const xapiLaunch = cmi5Launch ? undefined : readXapiLaunch(launch.search);
  if (launch.scorm) {
    const scorm = await connectScorm(launch.scorm, scenarios);
    if (scorm) {
      reporters.push(scorm.reporter);
      passMark = scorm.passMark;
      if (scorm.language) useSettingsStore.getState().setLocale(scorm.language);
    }
  } else if (cmi5Launch) {
    // The cmi5 library (with its HTTP client) is most of the LMS code: loaded for cmi5 launches only.
    const { connectCmi5 } = await import('./cmi5/cmi5-adapter');
    const cmi5 = await connectCmi5(cmi5Launch, scenarios, courseAtStart);
    if (cmi5) {
      reporters.push(cmi5.reporter);
      passMark = cmi5.passMark;
      if (cmi5.language) useSettingsStore.getState().setLocale(cmi5.language);
    }
  } else if (new URLSearchParams(launch.search).has('fetch')) {
    // cmi5 parameters that do not validate: say so rather than run as if nothing was asked.
    useConnectionStore.setState({ lms: 'unreachable' });
  }
  if (xapiLaunch) {
    const xapi = await connectXapi(xapiLaunch, courseAtStart);
    reporters.push(xapi.reporter);
    passMark ??= xapi.passMark;
  }
  if (reporters.length === 0) return { stop: () => undefined };
  const mark = passMark ?? null;
  const feed = await startLearningFeed({ scenarios, passMark: () => mark, reporters });
  atStart.course = feed.initialCourse;
  return feed;
}
