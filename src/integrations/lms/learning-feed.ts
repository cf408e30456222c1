import { catalogue } from '../../content';
import { useProgressStore, type PersistedProgress } from '../../stores/progress-store';
import { currentLocation } from './resume-location';
import type { ScenarioCache } from './scenario-cache';
import { assessCourse, type CourseStatus } from './tracker/assess-course';
import type { LearningEvent } from './tracker/learning-event.types';
import { createProgressTracker } from './tracker/progress-tracker';

export type Update = { events: LearningEvent[]; progress: PersistedProgress; course: CourseStatus };

/** One LMS or LRS connection, fed with what the learner does. */
export type Reporter = {
  report: (update: Update) => void;
  /** The learner moved to another screen (a hash route of the app). */
  location?: (location: string) => void;
  /** The page is going away (`final`) or being hidden and maybe frozen. */
  leave: (sessionMs: number, final: boolean) => void;
  /** The learner leaves with the exit control: end the session and deliver what waits. */
  finish?: (sessionMs: number) => Promise<void>;
  /** Stops timers and listeners (a test ending, or the connection being replaced). */
  stop: () => void;
};

type Options = {
  scenarios: ScenarioCache;
  /** The pass mark in force; null for a course without one. */
  passMark: () => number | null;
  reporters: Reporter[];
  now?: () => number;
  target?: Pick<Window, 'addEventListener' | 'location'>;
};

const progressOf = ({ inProgress, completed }: PersistedProgress): PersistedProgress => ({ inProgress, completed });

/** The course's vignettes: the package's, or the whole catalogue in an ordinary build. */
export const courseIds = () => catalogue.map((s) => s.id);

/**
 * Watches the progress store and tells every reporter what changed, in order: each change is
 * processed after the previous one, since vignette content loads asynchronously. Also reports
 * the end of the session when the page is hidden or goes away.
 */
export async function startLearningFeed({ scenarios, passMark, reporters, now = () => performance.now(), target = window }: Options) {
  const started = now();
  const tracker = createProgressTracker({ loadScenario: scenarios.get, passMark: () => passMark() ?? 0 });
  let previous = progressOf(useProgressStore.getState());
  await tracker.start(previous);
  await scenarios.getAll(courseIds());
  const assess = (progress: PersistedProgress) => assessCourse(courseIds(), progress, scenarios.loaded, passMark() ?? 0);

  let chain = Promise.resolve();
  const unsubscribe = useProgressStore.subscribe((state) => {
    const next = progressOf(state);
    if (next.inProgress === previous.inProgress && next.completed === previous.completed) return;
    const before = previous;
    previous = next;
    chain = chain.then(async () => {
      const events = await tracker.changes(before, next).catch(() => []);
      const update = { events, progress: next, course: assess(next) };
      for (const reporter of reporters) reporter.report(update);
    });
  });

  const leave = (final: boolean) => {
    const elapsed = now() - started;
    for (const reporter of reporters) reporter.leave(elapsed, final);
  };
  const listening = new AbortController();
  const { signal } = listening;
  const reportLocation = () => {
    const location = currentLocation(target);
    for (const reporter of reporters) reporter.location?.(location);
  };
  target.addEventListener('hashchange', reportLocation, { signal });
  // The learner may have moved while the vignettes loaded, before anyone listened.
  reportLocation();
  target.addEventListener('pagehide', (event) => leave(!(event as PageTransitionEvent).persisted), { signal });
  target.addEventListener(
    'visibilitychange',
    () => {
      if (document.visibilityState === 'hidden') leave(false);
    },
    { signal },
  );

  return {
    initialCourse: assess(previous),
    /** Resolves when every change so far has been reported; for tests and orderly shutdown. */
    settled: () => chain,
    /** Ends the session on purpose (the exit control): every reporter finishes and delivers. */
    async finish() {
      await chain;
      const elapsed = now() - started;
      await Promise.all(reporters.map((reporter) => reporter.finish?.(elapsed) ?? reporter.leave(elapsed, true)));
      listening.abort();
    },
    stop() {
      unsubscribe();
      listening.abort();
      for (const reporter of reporters) reporter.stop();
    },
  };
}
