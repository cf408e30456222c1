import { useSettingsStore } from '../../stores/settings-store';
import { useConnectionStore } from './connection-store';
import { startLearningFeed, type Reporter } from './learning-feed';
import { restoreProgress } from './restore-progress';
import { createScenarioCache } from './scenario-cache';
import { connectScorm } from './scorm/scorm-adapter';
import type { FoundScormApi } from './scorm/scorm-api.types';
import type { CourseStatus } from './tracker/assess-course';
import { hostToConfirm, rememberConfirmed } from './trusted-hosts';
import { readCmi5Launch, readXapiLaunch } from './xapi/launch-params';
import { connectXapi } from './xapi/xapi-adapter';

/** What detect.ts found: an LMS's SCORM API and/or the launch's query string (xAPI, cmi5). */
export type Launch = { scorm: FoundScormApi | undefined; search: string };

type Feed = Awaited<ReturnType<typeof startLearningFeed>>;

/**
 * Connects every learning system this launch names — a SCORM 1.2 or 2004 LMS, a cmi5 LMS, an
 * xAPI LRS — restores progress from the LMS, and starts reporting. The lazy chunk's entry.
 *
 * A launch that names an LRS the app cannot report to (parameters it cannot read, plain http)
 * says so to the learner. One that names an LRS on a host that is neither this page's nor the
 * LMS's waits for the learner to confirm that host; until then nothing is sent, and this
 * browser's saved progress is set aside. Returns a way to stop reporting, for tests.
 */
export async function startLearningSystems(launch: Launch, win: Window = window): Promise<{ stop: () => void; settled: () => Promise<void> }> {
  const scenarios = createScenarioCache();
  const reporters: Reporter[] = [];
  let passMark: number | null | undefined;
  // The course as it stood at launch, known once the feed has started; reporters ask for it later.
  const atStart: { course?: CourseStatus } = {};
  const courseAtStart = (): CourseStatus => atStart.course ?? { total: 0, completed: 0, score: null, status: 'incomplete', vignettes: [] };
  let feed: Feed | undefined;
  let stopped = false;
  let returnUrl: string | undefined;
  let exitControl = false;

  const cmi5Read = readCmi5Launch(launch.search);
  const xapiRead = cmi5Read ? undefined : readXapiLaunch(launch.search);
  const lrsRead = cmi5Read ?? xapiRead;
  if (lrsRead && !lrsRead.ok) {
    useConnectionStore.setState({ untracked: lrsRead.reason });
    if (cmi5Read) useConnectionStore.setState({ lms: 'unreachable' });
  }

  if (launch.scorm) {
    const scorm = await connectScorm(launch.scorm, scenarios);
    if (scorm) {
      reporters.push(scorm.reporter);
      passMark = scorm.passMark;
      if (scorm.language) useSettingsStore.getState().setLocale(scorm.language);
    }
  }

  const connectLrs = async () => {
    if (cmi5Read?.ok) {
      // The cmi5 library (with its HTTP client) is most of the LMS code: loaded for cmi5 launches only.
      const { connectCmi5 } = await import('./cmi5/cmi5-adapter');
      const cmi5 = await connectCmi5(cmi5Read.launch, scenarios, courseAtStart);
      if (!cmi5) return;
      reporters.push(cmi5.reporter);
      passMark = cmi5.passMark;
      returnUrl = cmi5.returnUrl;
      exitControl = true;
      if (cmi5.language) useSettingsStore.getState().setLocale(cmi5.language);
    } else if (xapiRead?.ok) {
      const xapi = await connectXapi(xapiRead.launch, courseAtStart, { scenarios, keepsProgress: !launch.scorm });
      reporters.push(xapi.reporter);
      passMark ??= xapi.passMark;
    }
  };

  const startFeed = async () => {
    if (stopped || reporters.length === 0) return;
    const mark = passMark ?? null;
    const started = await startLearningFeed({ scenarios, passMark: () => mark, reporters });
    feed = started;
    atStart.course = started.initialCourse;
    if (!exitControl) return;
    useConnectionStore.setState({
      exit: {
        async leave() {
          await started.finish();
          if (returnUrl) win.location.assign(returnUrl);
          else useConnectionStore.setState({ left: true, exit: null });
        },
      },
    });
  };

  const addresses = lrsRead?.ok ? [lrsRead.launch.endpoint, ...('fetch' in lrsRead.launch ? [lrsRead.launch.fetch] : [])] : [];
  const host = hostToConfirm(addresses, win);
  let answered: Promise<void> = Promise.resolve();
  if (host) {
    // This launch's progress is not this browser's: none is shown or written until the LRS has it.
    if (!launch.scorm) await restoreProgress('', scenarios);
    answered = new Promise<boolean>((answer) => useConnectionStore.setState({ confirm: { host: new URL(host).host, answer } })).then(async (yes) => {
      useConnectionStore.setState({ confirm: null, ...(yes ? {} : { untracked: 'declined' as const }) });
      if (yes) {
        rememberConfirmed(host);
        await connectLrs();
      }
      await startFeed();
    });
  } else {
    await connectLrs();
    await startFeed();
  }
  return {
    stop() {
      stopped = true;
      feed?.stop();
    },
    settled: async () => {
      await answered;
      await feed?.settled();
    },
  };
}
