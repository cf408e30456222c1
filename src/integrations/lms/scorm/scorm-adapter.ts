import { packageConfig } from '../../../content/package-config';
import { DEFAULT_PASS_MARK, type Locale } from '../../../engine';
import { useSettingsStore } from '../../../stores/settings-store';
import { useConnectionStore } from '../connection-store';
import type { Reporter, Update } from '../learning-feed';
import { restoreProgress } from '../restore-progress';
import { goToLocation } from '../resume-location';
import type { ScenarioCache } from '../scenario-cache';
import { encodeProgress } from '../suspend-data/suspend-data-codec';
import type { FoundScormApi } from './scorm-api.types';
import { createScormReporter } from './scorm-reporter';
import { createScormSession } from './scorm-session';
import { localeOfPreference } from '../language-preference';

// Suspend data is written on every change but committed at most this often, because some LMSs
// send each commit to their server; completions and leaving the page commit at once.
const COMMIT_DELAY_MS = 3_000;

type Connected = { reporter: Reporter; passMark: number | null; language: Locale | undefined };

/**
 * Starts a SCORM 1.2 or 2004 session: initialises it, restores the learner's progress and place
 * from suspend_data and the location when the session resumes an attempt, and returns the
 * reporter that writes status, score, objectives, interactions, location and suspend_data as the
 * learner goes. Undefined when the LMS refuses to start a session.
 */
export async function connectScorm(found: FoundScormApi, scenarios: ScenarioCache): Promise<Connected | undefined> {
  const session = createScormSession(found, (error) => {
    useConnectionStore.setState({ lms: 'refusing' });
    console.warn(`The LMS refused ${error.element}: ${error.code} ${error.message}`);
  });
  if (!session.initialize()) {
    useConnectionStore.setState({ lms: 'unreachable' });
    return undefined;
  }
  const scorm = createScormReporter(session);
  const resumed = scorm.resumed();
  await restoreProgress(resumed.suspendData, scenarios);
  goToLocation(resumed.location);
  // The LMS's own pass mark wins over the one the package was built with.
  const passMark = scorm.masteryScore() ?? (packageConfig ? packageConfig.passMark : DEFAULT_PASS_MARK);
  const graded = passMark !== null;
  const recording = scorm.recordsResults();
  // Once the LMS holds a pass, a later, weaker replay does not turn it into a fail.
  let passed = scorm.passedBefore();
  if (recording) scorm.markAttempted();
  // The LMS is told it is all right again only when it has taken every value it refused.
  const settle = (ok: boolean) => useConnectionStore.setState({ lms: ok && !session.refused() ? 'connected' : 'refusing' });
  settle(session.commit());

  const unsubscribe = useSettingsStore.subscribe((state, before) => {
    if (state.locale !== before.locale) scorm.writeLanguage(state.locale);
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  let finished = false;
  const commitNow = () => {
    clearTimeout(timer);
    timer = undefined;
    settle(session.commit());
  };
  const commitSoon = () => {
    timer ??= setTimeout(commitNow, COMMIT_DELAY_MS);
  };

  const reporter: Reporter = {
    report({ events, progress, course }: Update) {
      if (finished) return;
      scorm.writeSuspendData(encodeProgress(progress, scenarios.loaded).text);
      if (!recording) return commitSoon();
      const when = new Date();
      let completed = false;
      for (const event of events) {
        if (event.type === 'scene-answered') scorm.writeInteraction(event, when);
        if (event.type !== 'vignette-completed') continue;
        completed = true;
        const result = course.vignettes.find((v) => v.id === event.scenario.id);
        if (result) scorm.writeObjective(result, graded);
      }
      if (!completed) return commitSoon();
      if (!(passed && course.status === 'failed')) scorm.writeCourse(course, graded);
      if (graded && course.status === 'passed') passed = true;
      commitNow();
    },
    location(location) {
      if (finished || !location) return;
      scorm.writeLocation(location);
      commitSoon();
    },
    leave(sessionMs, final) {
      if (finished) return;
      if (final) {
        scorm.writeSessionEnd(sessionMs);
        commitNow();
        session.terminate();
        finished = true;
        return;
      }
      commitNow();
    },
    stop() {
      unsubscribe();
      clearTimeout(timer);
    },
  };
  return { reporter, passMark, language: localeOfPreference(scorm.language()) };
}
