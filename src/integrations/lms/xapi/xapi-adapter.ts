import { packageConfig } from '../../../content/package-config';
import { DEFAULT_PASS_MARK } from '../../../engine';
import { useSettingsStore } from '../../../stores/settings-store';
import { useConnectionStore } from '../connection-store';
import { STANDALONE_COURSE_IRI } from '../iris';
import type { Reporter, Update } from '../learning-feed';
import type { CourseStatus } from '../tracker/assess-course';
import { pseudonymousActor } from './actor';
import type { readXapiLaunch } from './launch-params';
import { createOutbox } from './outbox';
import { createStatementFactory, type StatementFactory } from './statements';
import { ACTIVITY_TYPES } from './verbs';
import type { Activity } from './xapi.types';

type XapiLaunch = NonNullable<ReturnType<typeof readXapiLaunch>>;

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

/**
 * Sends xAPI statements to the LRS named in the launch: initialized, experienced, answered (with
 * the flagged indicators), completed, passed or failed, terminated. Statements go through the
 * persisted outbox, so the learner never waits and nothing is lost while offline.
 */
export async function connectXapi(launch: XapiLaunch, initialCourse: () => CourseStatus) {
  const endpoint = new URL(launch.endpoint);
  const actor = await pseudonymousActor(launch.actor, endpoint.origin);
  const passMark = packageConfig ? packageConfig.passMark : DEFAULT_PASS_MARK;
  const graded = passMark !== null;
  const outbox = createOutbox({
    lrs: { endpoint: launch.endpoint, auth: launch.auth },
    onWaiting: (waiting) => useConnectionStore.setState({ waiting }),
  });
  useConnectionStore.setState({ lrsHost: endpoint.host, waiting: outbox.waiting() });
  const factory = createStatementFactory({
    actor,
    course: courseActivity(launch.activity_id),
    ...(launch.registration ? { registration: launch.registration } : {}),
    language: () => useSettingsStore.getState().locale,
  });
  outbox.add({ kind: 'statement', statement: factory.initialized() });
  const listening = new AbortController();
  window.addEventListener('online', () => outbox.retryNow(), { signal: listening.signal });

  let finished = false;
  let courseStatements: ReturnType<typeof courseReporter> | undefined;
  const reporter: Reporter = {
    report({ events, course }: Update) {
      if (finished) return;
      courseStatements ??= courseReporter(factory, initialCourse(), graded);
      for (const event of events) for (const statement of factory.of(event, graded)) outbox.add({ kind: 'statement', statement });
      for (const statement of courseStatements(course)) outbox.add({ kind: 'statement', statement });
    },
    leave(sessionMs, final) {
      if (finished) return;
      if (final) {
        outbox.add({ kind: 'statement', statement: factory.terminated(sessionMs) });
        finished = true;
      }
      outbox.sendOnExit();
    },
    stop() {
      listening.abort();
      outbox.stop();
    },
  };
  return { reporter, passMark, outbox };
}
