import type { Locale, Quality } from '../../../engine';
import { sceneIri, vignetteIri } from '../iris';
import type { CourseStatus, VignetteResult } from '../tracker/assess-course';
import type { LearningEvent } from '../tracker/learning-event.types';
import type { ScormSession } from './scorm-session';
import { passMarkFromLms } from '../tracker/pass-mark';
import { toCmiTime, toCmiTimespan, toCmiTimestamp, toIsoDuration } from './scorm-time';

type Answered = Extract<LearningEvent, { type: 'scene-answered' }>;

const RESULT_12: Record<Quality, string> = { recommended: 'correct', acceptable: 'neutral', harmful: 'wrong' };
const RESULT_2004: Record<Quality, string> = { recommended: 'correct', acceptable: 'neutral', harmful: 'incorrect' };

// SCORM 1.2 choice responses are single characters: option n of a decision is letter n.
const letter = (index: number) => String.fromCharCode(97 + index);
// SCORM 2004 choice responses are short identifiers (`[\w.]`, as Moodle checks them): content ids
// are kebab-case and never hold an underscore, so hyphens become underscores without clashes.
export const shortIdentifier = (id: string) => id.replace(/-/g, '_');

/**
 * Writes Signaal's results in the data model of SCORM 1.2 or 2004: course status and score,
 * one objective per vignette, one interaction per decision, suspend_data, session time.
 */
export function createScormReporter(session: ScormSession) {
  const v12 = session.version === '1.2';
  const el = (name12: string, name2004: string) => (v12 ? name12 : name2004);

  const objectiveIndex = (id: string) => {
    const count = Number(session.get('cmi.objectives._count')) || 0;
    for (let n = 0; n < count; n += 1) if (session.get(`cmi.objectives.${n}.id`) === id) return n;
    return count;
  };

  /** How this session starts: `ab-initio` (a new attempt), `resume`, or '' (neither said). */
  const entry = () => session.get(el('cmi.core.entry', 'cmi.entry'));

  return {
    version: session.version,
    /**
     * What the previous session kept: suspend_data and the location, read only when this session
     * continues an attempt (never on a new one, where SCORM 2004 has nothing to read: error 403).
     */
    resumed(): { suspendData: string; location: string } {
      if (entry() === 'ab-initio') return { suspendData: '', location: '' };
      return { suspendData: session.get('cmi.suspend_data'), location: session.get(el('cmi.core.lesson_location', 'cmi.location')) };
    },
    language: () => session.get(el('cmi.student_preference.language', 'cmi.learner_preference.language')),
    /** The pass mark the LMS holds, in whole points, when it holds one. */
    masteryScore(): number | undefined {
      const raw = session.get(el('cmi.student_data.mastery_score', 'cmi.scaled_passing_score'));
      const value = raw === '' ? NaN : Number(raw);
      if (!Number.isFinite(value)) return undefined;
      return passMarkFromLms(value, v12 ? 'points' : 'scaled');
    },
    /** Whether the LMS already holds a pass for this learner (a replay must not take it away). */
    passedBefore: () => session.get(el('cmi.core.lesson_status', 'cmi.success_status')) === 'passed',
    /** In review or browse mode the LMS keeps results as they were. */
    recordsResults: () => !['review', 'browse'].includes(session.get(el('cmi.core.lesson_mode', 'cmi.mode'))),

    markAttempted() {
      if (v12) {
        if (['', 'not attempted'].includes(session.get('cmi.core.lesson_status'))) session.set('cmi.core.lesson_status', 'incomplete');
      } else if (['', 'unknown', 'not attempted'].includes(session.get('cmi.completion_status'))) {
        session.set('cmi.completion_status', 'incomplete');
      }
    },
    writeSuspendData: (text: string) => session.set('cmi.suspend_data', text),
    /** Where the learner is (a route of the app), so the next session opens there. */
    writeLocation: (location: string) => session.set(el('cmi.core.lesson_location', 'cmi.location'), location),
    writeLanguage: (locale: Locale) => session.set(el('cmi.student_preference.language', 'cmi.learner_preference.language'), locale),

    /**
     * Course status and score by the one pass rule; `graded` is false for a course without a pass
     * mark. While the course is incomplete no score is written: an LMS that applies its mastery
     * score (SCORM 1.2 mastery override, SCORM 2004 `scaled_passing_score` or a primary objective
     * satisfied by measure) would turn a score of one vignette into a pass of the course.
     */
    writeCourse(course: CourseStatus, graded: boolean) {
      if (course.status === 'incomplete' || course.score === null) {
        if (v12) session.set('cmi.core.lesson_status', 'incomplete');
        else {
          session.set('cmi.progress_measure', String(course.total === 0 ? 0 : course.completed / course.total));
          session.set('cmi.completion_status', 'incomplete');
        }
        return;
      }
      session.set(el('cmi.core.score.min', 'cmi.score.min'), '0');
      session.set(el('cmi.core.score.max', 'cmi.score.max'), '100');
      session.set(el('cmi.core.score.raw', 'cmi.score.raw'), String(course.score));
      if (v12) {
        session.set('cmi.core.lesson_status', graded ? course.status : 'completed');
        return;
      }
      if (graded) session.set('cmi.score.scaled', String(course.score / 100));
      session.set('cmi.progress_measure', '1');
      session.set('cmi.completion_status', 'completed');
      session.set('cmi.success_status', graded ? course.status : 'unknown');
    },

    writeObjective(result: VignetteResult, graded: boolean) {
      const id = v12 ? result.id : vignetteIri(result.id);
      const n = objectiveIndex(id);
      const at = `cmi.objectives.${n}`;
      session.set(`${at}.id`, id);
      session.set(`${at}.score.min`, '0');
      session.set(`${at}.score.max`, '100');
      session.set(`${at}.score.raw`, String(result.score));
      const verdict = graded ? (result.passed ? 'passed' : 'failed') : 'completed';
      if (v12) {
        session.set(`${at}.status`, verdict);
        return;
      }
      session.set(`${at}.score.scaled`, String(result.score / 100));
      session.set(`${at}.completion_status`, 'completed');
      session.set(`${at}.success_status`, graded ? verdict : 'unknown');
      if (result.mode) session.set(`${at}.description`, result.mode);
    },

    /** One interaction per decision: what the learner chose, and what a professional would. */
    writeInteraction(event: Answered, when: Date) {
      const { scene, choice } = event;
      if (scene.type !== 'decide' || !choice) return;
      const n = Number(session.get('cmi.interactions._count')) || 0;
      const at = `cmi.interactions.${n}`;
      const recommended = scene.options.filter((o) => o.quality === 'recommended');
      if (v12) {
        session.set(`${at}.id`, `${event.scenario.id}_${scene.id}`);
        session.set(`${at}.type`, 'choice');
        recommended.forEach((o, i) => session.set(`${at}.correct_responses.${i}.pattern`, letter(scene.options.indexOf(o))));
        session.set(`${at}.student_response`, letter(scene.options.findIndex((o) => o.id === choice.option)));
        session.set(`${at}.result`, RESULT_12[choice.quality]);
        session.set(`${at}.time`, toCmiTime(when));
        return;
      }
      session.set(`${at}.id`, sceneIri(event.scenario.id, scene.id));
      session.set(`${at}.type`, 'choice');
      session.set(`${at}.timestamp`, toCmiTimestamp(when));
      recommended.forEach((o, i) => session.set(`${at}.correct_responses.${i}.pattern`, shortIdentifier(o.id)));
      session.set(`${at}.learner_response`, shortIdentifier(choice.option));
      session.set(`${at}.result`, RESULT_2004[choice.quality]);
    },

    /** Session time, and `suspend` so the LMS keeps suspend_data for the next launch. */
    writeSessionEnd(milliseconds: number) {
      session.set(el('cmi.core.session_time', 'cmi.session_time'), v12 ? toCmiTimespan(milliseconds) : toIsoDuration(milliseconds));
      session.set(el('cmi.core.exit', 'cmi.exit'), 'suspend');
    },
  };
}

export type ScormReporter = ReturnType<typeof createScormReporter>;
