import type { LaunchParameters } from '@xapi/cmi5/dist/Cmi5.esm.js';
import { packageConfig } from '../../../content/package-config';
import { DEFAULT_PASS_MARK, type Locale } from '../../../engine';
import { useSettingsStore } from '../../../stores/settings-store';
import { useConnectionStore } from '../connection-store';
import type { Reporter, Update } from '../learning-feed';
import { restoreProgress } from '../restore-progress';
import type { ScenarioCache } from '../scenario-cache';
import { encodeProgress } from '../suspend-data/suspend-data-codec';
import type { CourseStatus } from '../tracker/assess-course';
import { passMarkFromLms } from '../tracker/pass-mark';
import type { readCmi5Launch } from '../xapi/launch-params';
import { getState, type StateTarget } from '../xapi/lrs-client';
import { createOutbox, type Outbox } from '../xapi/outbox';
import { createStatementFactory } from '../xapi/statements';
import type { Context } from '../xapi/xapi.types';
import { courseActivity } from '../xapi/xapi-adapter';
import { Cmi5ProgressStateSchema, LaunchDataSchema, LearnerPreferencesSchema, type Cmi5ProgressState } from './cmi5-replies.schema';
import { QueuedCmi5 } from './queued-cmi5';

type Cmi5Launch = NonNullable<ReturnType<typeof readCmi5Launch>>;

export const PROGRESS_STATE_ID = 'urn:signaal:state:progress';

const toLocale = (preference: string | undefined): Locale | undefined =>
  preference
    ?.split(',')
    .map((tag) => tag.trim().toLowerCase())
    .map((tag) => (['nl', 'en'] as const).find((l) => tag === l || tag.startsWith(`${l}-`)))
    .find((l) => l !== undefined);

/**
 * Starts a cmi5 session with the maintained library, restores progress from Signaal's state
 * document in the LMS's LRS, and returns the reporter: cmi5 allowed statements for what the
 * learner does, and the cmi5 defined verdicts (completed, passed or failed; each at most as often
 * as cmi5 allows per registration) when the course is finished.
 */
export async function connectCmi5(launch: Cmi5Launch, scenarios: ScenarioCache, initialCourse: () => CourseStatus) {
  let outbox: Outbox | undefined;
  const agent = { objectType: 'Agent' as const, account: launch.actor.account };
  const cmi5 = new QueuedCmi5({ ...launch, actor: agent } as LaunchParameters, (statement) => queue().add({ kind: 'statement', statement }));
  const queue = () =>
    (outbox ??= createOutbox({
      lrs: { endpoint: launch.endpoint, auth: `Basic ${cmi5.getAuthToken()}` },
      onWaiting: (waiting) => useConnectionStore.setState({ waiting }),
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
  const { launchMode, masteryScore, contextTemplate } = launchData.data;
  const lrs = { endpoint: launch.endpoint, auth: `Basic ${cmi5.getAuthToken()}` };
  const target: StateTarget = { activityId: launch.activityId, agent, registration: launch.registration, stateId: PROGRESS_STATE_ID };
  const stored = Cmi5ProgressStateSchema.safeParse(await getState(lrs, target));
  const state: Cmi5ProgressState = stored.success ? stored.data : { version: 1, progress: '', completedSent: false, passedSent: false };
  await restoreProgress(state.progress, scenarios);

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
    if (!normal || course.status === 'incomplete') return;
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
  const saveState = (progress: Update['progress']) => {
    state.progress = encodeProgress(progress, scenarios.loaded).text;
    queue().add({ kind: 'state', target, document: { ...state } });
  };

  let finished = false;
  const reporter: Reporter = {
    report({ events, progress, course }: Update) {
      if (finished) return;
      for (const event of events) for (const statement of factory.of(event, graded)) queue().add({ kind: 'statement', statement });
      try {
        verdicts(course);
      } catch (error) {
        console.warn('cmi5 refused a verdict', error);
      }
      saveState(progress);
    },
    leave(_sessionMs, final) {
      if (finished) return;
      if (final) {
        cmi5.terminate();
        finished = true;
      }
      queue().sendOnExit();
    },
    stop() {
      listening.abort();
      queue().stop();
    },
  };
  return { reporter, passMark, language: toLocale(preferences.success ? preferences.data.languagePreference : undefined), outbox: queue() };
}
