import { packageConfig } from '../../../content/package-config';
import { DEFAULT_PASS_MARK } from '../../../engine';
import { useSettingsStore } from '../../../stores/settings-store';
import { useConnectionStore } from '../connection-store';
import { STANDALONE_COURSE_IRI } from '../iris';
import type { Reporter, Update } from '../learning-feed';
import { emptyProgressState, loadProgressState, PROGRESS_STATE_ID } from '../progress-state';
import { restoreProgress } from '../restore-progress';
import { goToLocation } from '../resume-location';
import type { ScenarioCache } from '../scenario-cache';
import { encodeProgress } from '../suspend-data/suspend-data-codec';
import type { CourseStatus } from '../tracker/assess-course';
import { pseudonymousActor } from './actor';
import type { XapiLaunch } from './launch-params';
import type { StateTarget } from './lrs-client';
import { createOutbox } from './outbox';
import { createStatementFactory, type StatementFactory } from './statements';
import { ACTIVITY_TYPES } from './verbs';
import type { Activity } from './xapi.types';

/** The course activity: the launch's activity id, else the package's, else all vignettes. */
export function courseActivity(activityId: string | undefined): Activity {
  const id = activityId ?? packageConfig?.activityId ?? STANDALONE_COURSE_IRI;
  const name = packageConfig?.title ?? 'Signaal';
  return { objectType: 'Activity', id, definition: { name: { nl: name, en: name }, type: ACTIVITY_TYPES.course } };
}

/**
 * Reports to the course results of a finished course, once per session and only when they
 * changed since the session began (a resumed, already finished course is not reported again).
 */
export function courseReporter(factory: StatementFactory, initial: CourseStatus, graded: boolean) {
  let reported = `${initial.status}:${initial.score}`;
  return (course: CourseStatus) => {
    const key = `${course.status}:${course.score}`;
    if (course.status === 'incomplete' || key === reported) return [];
    reported = key;
    return factory.course(course, graded);
  };
}

type Options = {
  scenarios: ScenarioCache;
  /** The LRS keeps the learner's progress (no SCORM LMS does in this launch). */
  keepsProgress: boolean;
};

/**
 * Sends xAPI statements to the LRS named in the launch: initialized, experienced, answered (with
 * the flagged indicators), completed, passed or failed, terminated. Statements go through the
 * persisted outbox, so the learner never waits and nothing is lost while offline. The learner's
 * progress and place live in a state document of that LRS, for this actor and registration, never
 * in this browser's own storage: a second learner on the same computer starts from their own.
 */
export async function connectXapi(launch: XapiLaunch, initialCourse: () => CourseStatus, { scenarios, keepsProgress }: Options) {
  const endpoint = new URL(launch.endpoint);
  const actor = await pseudonymousActor(launch.actor, endpoint.origin);
  const passMark = packageConfig ? packageConfig.passMark : DEFAULT_PASS_MARK;
  const graded = passMark !== null;
  const lrs = { endpoint: launch.endpoint, auth: launch.auth };
  const outbox = createOutbox({
    lrs,
    onWaiting: (waiting) => useConnectionStore.setState({ waiting }),
    onRefused: () => useConnectionStore.setState({ lrsRefusing: true }),
  });
  const course = courseActivity(launch.activity_id);
  const target: StateTarget = { activityId: course.id, agent: actor, ...(launch.registration ? { registration: launch.registration } : {}), stateId: PROGRESS_STATE_ID };
  const state = keepsProgress ? await loadProgressState(lrs, target, outbox.pendingState(target)) : emptyProgressState();
  if (keepsProgress) {
    await restoreProgress(state.progress, scenarios);
    goToLocation(state.location);
  }
  useConnectionStore.setState({ lrsHost: endpoint.host, waiting: outbox.waiting() });
  const factory = createStatementFactory({
    actor,
    course,
    ...(launch.registration ? { registration: launch.registration } : {}),
    language: () => useSettingsStore.getState().locale,
  });
  outbox.add({ kind: 'statement', statement: factory.initialized() });
  const listening = new AbortController();
  window.addEventListener('online', () => outbox.retryNow(), { signal: listening.signal });
  const saveState = () => {
    if (keepsProgress) outbox.add({ kind: 'state', target, document: { ...state } });
  };

  let finished = false;
  let courseStatements: ReturnType<typeof courseReporter> | undefined;
  const reporter: Reporter = {
    report({ events, progress, course: status }: Update) {
      if (finished) return;
      courseStatements ??= courseReporter(factory, initialCourse(), graded);
      for (const event of events) for (const statement of factory.of(event, graded)) outbox.add({ kind: 'statement', statement });
      for (const statement of courseStatements(status)) outbox.add({ kind: 'statement', statement });
      state.progress = encodeProgress(progress, scenarios.loaded).text;
      saveState();
    },
    location(location) {
      if (finished || !location) return;
      state.location = location;
      saveState();
    },
    leave(sessionMs, final) {
      if (finished) return;
      if (final) {
        // Not sent on its own: it goes last in the page's final batch.
        outbox.add({ kind: 'statement', statement: factory.terminated(sessionMs) }, false);
        finished = true;
      }
      outbox.sendOnExit(final);
    },
    stop() {
      listening.abort();
      outbox.stop();
    },
  };
  return { reporter, passMark, outbox };
}
