import type { LaunchParameters } from '@xapi/cmi5/dist/Cmi5.esm.js';
import { packageConfig } from '../../../content/package-config';
import { DEFAULT_PASS_MARK } from '../../../engine';
import { useSettingsStore } from '../../../stores/settings-store';
import { useConnectionStore } from '../connection-store';
import type { Reporter, Update } from '../learning-feed';
import { loadProgressState, PROGRESS_STATE_ID } from '../progress-state';
import { restoreProgress } from '../restore-progress';
import { goToLocation } from '../resume-location';
import type { ScenarioCache } from '../scenario-cache';
import { encodeProgress } from '../suspend-data/suspend-data-codec';
import type { CourseStatus } from '../tracker/assess-course';
import { passMarkFromLms } from '../tracker/pass-mark';
import type { Cmi5Launch } from '../xapi/launch-params';
import type { StateTarget } from '../xapi/lrs-client';
import { createOutbox, type Outbox } from '../xapi/outbox';
import { createStatementFactory } from '../xapi/statements';
import type { Context } from '../xapi/xapi.types';
import { courseActivity } from '../xapi/xapi-adapter';
import { LaunchDataSchema, LearnerPreferencesSchema } from './cmi5-replies.schema';
import { QueuedCmi5 } from './queued-cmi5';
import { localeOfPreference } from '../language-preference';

/** How long the exit control waits for the LRS to take what is left before it leaves anyway. */
const EXIT_WAIT_MS = 5_000;

/**
 * Starts a cmi5 session with the maintained library, restores progress and place from Signaal's
 * state document in the LMS's LRS, and returns the reporter: cmi5 allowed statements for what the
 * learner does, and the cmi5 defined verdicts (completed, passed or failed; each at most as often
 * as cmi5 allows per registration) when the course is finished. In Browse and Review mode nothing
 * is judged and the progress document is left as it was (cmi5 section 10.2.2).
 */
export async function connectCmi5(launch: Cmi5Launch, scenarios: ScenarioCache, initialCourse: () => CourseStatus) {
  let outbox: Outbox | undefined;
  // As the page goes away, statements wait for its final batch instead of going one by one.
  let exiting = false;
  const agent = { objectType: 'Agent' as const, account: launch.actor.account };
  const cmi5 = new QueuedCmi5({ ...launch, actor: agent } as LaunchParameters, (statement) => queue().add({ kind: 'statement', statement }, !exiting));
  const queue = () =>
    (outbox ??= createOutbox({
      lrs: { endpoint: launch.endpoint, auth: `Basic ${cmi5.getAuthToken()}` },
      onWaiting: (waiting) => useConnectionStore.setState({ waiting }),
      onRefused: () => useConnectionStore.setState({ lrsRefusing: true }),
    }));

  try {
    await cmi5.initialize();
  } catch {
    useConnectionStore.setState({ lms: 'unreachable' });
    return undefined;
  }
  const launchData = LaunchDataSchema.safeParse(cmi5.getLaunchData());
  if (!launchData.success) {
    useConnectionStore.setState({ lms: 'unreachable' });
    return undefined;
  }
  const { launchMode, masteryScore, contextTemplate, returnURL } = launchData.data;
  const lrs = { endpoint: launch.endpoint, auth: `Basic ${cmi5.getAuthToken()}` };
  const target: StateTarget = { activityId: launch.activityId, agent, registration: launch.registration, stateId: PROGRESS_STATE_ID };
  const state = await loadProgressState(lrs, target, queue().pendingState(target));
  await restoreProgress(state.progress, scenarios);
  goToLocation(state.location);

  const passMark = masteryScore !== undefined ? passMarkFromLms(masteryScore, 'scaled') : packageConfig ? packageConfig.passMark : DEFAULT_PASS_MARK;
  const graded = passMark !== null;
  const normal = launchMode === 'Normal';
  const preferences = LearnerPreferencesSchema.safeParse(cmi5.getLearnerPreferences());
  const factory = createStatementFactory({
    actor: agent,
    course: courseActivity(launch.activityId),
    registration: launch.registration,
    baseContext: contextTemplate as Context,
    language: () => useSettingsStore.getState().locale,
  });
  useConnectionStore.setState({ lms: 'connected', lrsHost: new URL(launch.endpoint).host, waiting: queue().waiting() });
  const listening = new AbortController();
  window.addEventListener('online', () => queue().retryNow(), { signal: listening.signal });

  let verdictThisSession = false;
  let startedAs: string | undefined;
  const verdicts = (course: CourseStatus) => {
    startedAs ??= `${initialCourse().status}:${initialCourse().score}`;
    if (course.status === 'incomplete') return;
    if (!state.completedSent) {
      cmi5.complete();
      state.completedSent = true;
    }
    // A verdict only for a result reached in this session, once, and never after a pass.
    const unchanged = `${course.status}:${course.score}` === startedAs;
    if (!graded || unchanged || verdictThisSession || state.passedSent || course.score === null) return;
    const score = { scaled: course.score / 100, raw: course.score, min: 0, max: 100 };
    verdictThisSession = true;
    if (course.status === 'passed') {
      cmi5.pass(score);
      state.passedSent = true;
    } else {
      cmi5.fail(score);
    }
  };
  const saveState = () => {
    if (normal) queue().add({ kind: 'state', target, document: { ...state } });
  };

  let finished = false;
  const reporter: Reporter = {
    report({ events, progress, course }: Update) {
      if (finished) return;
      for (const event of events) {
        // Browse and Review judge nothing, not even a vignette.
        if (!normal && event.type === 'vignette-completed') continue;
        for (const statement of factory.of(event, graded)) queue().add({ kind: 'statement', statement });
      }
      if (!normal) return;
      try {
        verdicts(course);
      } catch (error) {
        console.warn('cmi5 refused a verdict', error);
      }
      state.progress = encodeProgress(progress, scenarios.loaded).text;
      saveState();
    },
    location(location) {
      if (finished || !location) return;
      state.location = location;
      saveState();
    },
    leave(_sessionMs, final) {
      if (finished) return;
      if (final) {
        exiting = true;
        cmi5.terminate();
        finished = true;
      }
      queue().sendOnExit(final);
    },
    async finish() {
      if (finished) return;
      finished = true;
      cmi5.terminate();
      const wait = new Promise((resolve) => setTimeout(resolve, EXIT_WAIT_MS));
      await Promise.race([queue().flush(), wait]);
      if (queue().waiting() > 0) queue().sendOnExit(true);
      else queue().stop();
    },
    stop() {
      listening.abort();
      queue().stop();
    },
  };
  return {
    reporter,
    passMark,
    language: localeOfPreference(preferences.success ? preferences.data.languagePreference : undefined),
    returnUrl: returnURL,
    outbox: queue(),
  };
}
