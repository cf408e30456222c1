import { LOCALES, type Locale, type Scenario, type Scene } from '../../../engine';
import { extensionIri, sceneIri, vignetteIri } from '../iris';
import { toIsoDuration } from '../scorm/scorm-time';
import type { LearningEvent } from '../tracker/learning-event.types';
import type { CourseStatus } from '../tracker/assess-course';
import { ACTIVITY_TYPES, VERBS } from './verbs';
import type { Activity, Agent, Context, LanguageMap, Result, Statement, Verb } from './xapi.types';

/** Who and where every statement of one launch is about. */
export type StatementFrame = {
  actor: Agent;
  course: Activity;
  registration?: string;
  /** The learner's language at the moment of the statement. */
  language: () => string;
  /** Context that every statement must carry (cmi5's context template). */
  baseContext?: Context;
  now?: () => Date;
  newId?: () => string;
};

export const FLAGGED_INDICATORS = extensionIri('flagged-indicators');
export const CONTENT_VERSION = extensionIri('content-version');
export const DECISION_QUALITY = extensionIri('decision-quality');
/** The mode an attempt was played in: `practice` or `assessment` (a result extension). */
export const ATTEMPT_MODE = extensionIri('attempt-mode');

const titleOf = (scenario: Scenario): LanguageMap => Object.fromEntries(LOCALES.map((l) => [l, scenario.text[l].title]));
const headingOf = (scenario: Scenario, scene: Scene): LanguageMap =>
  Object.fromEntries(LOCALES.flatMap((l) => {
    const heading = scenario.text[l].scenes[scene.id]?.heading;
    return heading ? [[l, heading]] : [];
  }));

// The words of the story the learner could flag, as a choice's description.
const markedText = (scenario: Scenario, locale: Locale, scene: Scene, fragment: string) =>
  scenario.text[locale].scenes[scene.id]?.body.flat().find((s) => s.kind === 'fragment' && s.fragment === fragment)?.text ?? fragment;

const vignetteActivity = (scenario: Scenario): Activity => ({
  objectType: 'Activity',
  id: vignetteIri(scenario.id),
  definition: { name: titleOf(scenario), type: ACTIVITY_TYPES.vignette },
});

function sceneActivity(scenario: Scenario, scene: Scene): Activity {
  const definition: Activity['definition'] = { name: headingOf(scenario, scene), type: ACTIVITY_TYPES.scene };
  if (scene.type === 'observe' && scene.fragments.length === 0) return { objectType: 'Activity', id: sceneIri(scenario.id, scene.id), definition };
  definition.interactionType = 'choice';
  if (scene.type === 'decide') {
    definition.choices = scene.options.map((o) => ({ id: o.id, description: Object.fromEntries(LOCALES.map((l) => [l, scenario.text[l].scenes[scene.id]?.options?.[o.id]?.label ?? o.id])) }));
    definition.correctResponsesPattern = scene.options.filter((o) => o.quality === 'recommended').map((o) => o.id);
  } else {
    definition.choices = scene.fragments.map((f) => ({ id: f.id, description: Object.fromEntries(LOCALES.map((l) => [l, markedText(scenario, l, scene, f.id)])) }));
    definition.correctResponsesPattern = [scene.fragments.filter((f) => f.kind === 'signal').map((f) => f.id).join('[,]')];
  }
  return { objectType: 'Activity', id: sceneIri(scenario.id, scene.id), definition };
}

const scoreOf = (score: number) => ({ scaled: score / 100, raw: score, min: 0, max: 100 });

/** Builds the statements of one launch; every statement gets a fresh UUID and a timestamp. */
export function createStatementFactory(frame: StatementFrame) {
  const now = frame.now ?? (() => new Date());
  const newId = frame.newId ?? (() => crypto.randomUUID());
  const make = (verb: Verb, object: Activity, result?: Result, parent?: Activity): Statement => {
    const base = frame.baseContext ?? {};
    const grouping = [...(base.contextActivities?.grouping ?? []), ...(object.id === frame.course.id ? [] : [frame.course])];
    const contextActivities = {
      ...base.contextActivities,
      ...(parent ? { parent: [parent] } : {}),
      ...(grouping.length > 0 ? { grouping } : {}),
    };
    const context: Context = {
      ...base,
      ...(frame.registration ? { registration: frame.registration } : {}),
      contextActivities,
      language: frame.language(),
    };
    return {
      id: newId(),
      actor: frame.actor,
      verb,
      object,
      ...(result ? { result } : {}),
      context,
      timestamp: now().toISOString(),
    };
  };

  return {
    initialized: () => make(VERBS.initialized, frame.course),
    terminated: (sessionMs: number) => make(VERBS.terminated, frame.course, { duration: toIsoDuration(sessionMs) }),
    course(status: CourseStatus, graded: boolean): Statement[] {
      if (status.status === 'incomplete') return [];
      const score = status.score === null ? undefined : scoreOf(status.score);
      const statements = [make(VERBS.completed, frame.course, { completion: true, ...(score ? { score } : {}) })];
      if (graded && score) statements.push(make(status.status === 'passed' ? VERBS.passed : VERBS.failed, frame.course, { score, success: status.status === 'passed' }));
      return statements;
    },
    /** The statements one learning event stands for. */
    of(event: LearningEvent, graded: boolean): Statement[] {
      const vignette = vignetteActivity(event.scenario);
      const version = { [CONTENT_VERSION]: event.scenario.version };
      switch (event.type) {
        case 'vignette-started':
          return [make(VERBS.experienced, vignette, { extensions: version })];
        case 'scene-experienced':
          return [make(VERBS.experienced, sceneActivity(event.scenario, event.scene), undefined, vignette)];
        case 'scene-answered': {
          if (event.scene.type === 'observe' && event.scene.fragments.length === 0) return [];
          const response = event.choice ? event.choice.option : event.flagged.join('[,]');
          const extensions: Record<string, unknown> = { [FLAGGED_INDICATORS]: event.indicators, ...version };
          if (event.choice) extensions[DECISION_QUALITY] = event.choice.quality;
          const result: Result = { response, extensions };
          if (event.choice) result.success = event.choice.quality !== 'harmful';
          return [make(VERBS.answered, sceneActivity(event.scenario, event.scene), result, vignette)];
        }
        case 'vignette-completed': {
          const { score } = event;
          const extensions = { ...version, [ATTEMPT_MODE]: event.attempt.mode };
          const statements = [make(VERBS.completed, vignette, { completion: true, extensions })];
          if (graded) {
            statements.push(make(score.passed ? VERBS.passed : VERBS.failed, vignette, { score: scoreOf(score.overall), success: score.passed, extensions }));
          }
          return statements;
        }
      }
    },
  };
}

export type StatementFactory = ReturnType<typeof createStatementFactory>;
