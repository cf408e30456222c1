import { packageConfig } from '../../../content/package-config';
import { DEFAULT_PASS_MARK, type Locale } from '../../../engine';
import { useSettingsStore } from '../../../stores/settings-store';
import { useConnectionStore } from '../connection-store';
import type { Reporter, Update } from '../learning-feed';
import { restoreProgress } from '../restore-progress';
import type { ScenarioCache } from '../scenario-cache';
import { encodeProgress } from '../suspend-data/suspend-data-codec';
import type { FoundScormApi } from './scorm-api.types';
import { createScormReporter } from './scorm-reporter';
import { createScormSession } from './scorm-session';

// Suspend data is written on every change but committed at most this often, because some LMSs
// send each commit to their server; completions and leaving the page commit at once.
const COMMIT_DELAY_MS = 3_000;

type Connected = { reporter: Reporter; passMark: number | null; language: Locale | undefined };

const toLocale = (value: string): Locale | undefined => (['nl', 'en'] as const).find((l) => value.toLowerCase().startsWith(l));

/**
 * Starts a SCORM 1.2 or 2004 session: initialises it, restores the learner's progress from
 * suspend_data, and returns the reporter that writes status, score, objectives, interactions and
 * suspend_data as the learner goes. Undefined when the LMS refuses to start a session.
 */
export async function connectScorm(found: FoundScormApi, scenarios: ScenarioCache): Promise<Connected | undefined> {
  let refused = false;
  const session = createScormSession(found, (error) => {
    refused = true;
    useConnectionStore.setState({ lms: 'refusing' });
    console.warn(`The LMS refused ${error.element}: ${error.code} ${error.message}`);
  });
  if (!session.initialize()) {
    useConnectionStore.setState({ lms: 'unreachable' });
    return undefined;
  }
  const scorm = createScormReporter(session);
  await restoreProgress(scorm.suspendData(), scenarios);
  const passMark = packageConfig ? packageConfig.passMark : (scorm.masteryScore() ?? DEFAULT_PASS_MARK);
  const graded = passMark !== null;
  const recording = scorm.recordsResults();
  if (recording) scorm.markAttempted();
  session.commit();
  useConnectionStore.setState({ lms: refused ? 'refusing' : 'connected' });

  const unsubscribe = useSettingsStore.subscribe((state, before) => {
    if (state.locale !== before.locale) scorm.writeLanguage(state.locale);
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  let finished = false;
  const commitNow = () => {
    clearTimeout(timer);
    timer = undefined;
    if (session.commit() && refused) {
      refused = false;
      useConnectionStore.setState({ lms: 'connected' });
    }
  };

  const reporter: Reporter = {
    report({ events, progress, course }: Update) {
      if (finished) return;
      const written = scorm.writeSuspendData(encodeProgress(progress, scenarios.loaded).text);
      if (written && refused) {
        refused = false;
        useConnectionStore.setState({ lms: 'connected' });
      }
      if (!recording) return;
      const when = new Date();
      let completed = false;
      for (const event of events) {
        if (event.type === 'scene-answered') scorm.writeInteraction(event, when);
        if (event.type !== 'vignette-completed') continue;
        completed = true;
        const result = course.vignettes.find((v) => v.id === event.scenario.id);
        if (result) scorm.writeObjective(result, graded);
      }
      if (completed) {
        scorm.writeCourse(course, graded);
        commitNow();
      } else {
        timer ??= setTimeout(commitNow, COMMIT_DELAY_MS);
      }
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
  return { reporter, passMark, language: toLocale(scorm.language()) };
}
