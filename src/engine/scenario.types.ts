import type {
  FragmentId,
  IndicatorId,
  NeutralId,
  OptionId,
  RouteId,
  ScenarioId,
  SceneId,
  SourceKey,
} from './ids';
import type { GuardRef } from './guard-catalogue';

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const SECTORS = ['hotel', 'school', 'care'] as const;
export type Sector = (typeof SECTORS)[number];

export const FORMS = ['sexual', 'labour', 'criminal'] as const;
export type ExploitationForm = (typeof FORMS)[number];

export const WARNING_LEVELS = ['mild', 'moderate', 'severe'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];

export const QUALITIES = ['recommended', 'acceptable', 'harmful'] as const;
export type Quality = (typeof QUALITIES)[number];

/** Where a scene goes next: a scene, or the end of the vignette. */
export type Target = SceneId | 'end';

/** `sources`: what the explanation rests on, beyond a signal's indicator sources. */
export type Fragment =
  | { id: FragmentId; kind: 'signal'; indicator: IndicatorId; sources?: SourceKey[] }
  | { id: FragmentId; kind: 'distractor'; sources?: SourceKey[] };

export type Branch = { when?: GuardRef; target: Target };

export type DecisionOption = { id: OptionId; quality: Quality; target: Target };

/**
 * A scene's structure. `fragments` are the author-marked, scored units; `neutrals` are the ids of
 * the story's other sentences, split at build time, which a learner can mark just the same.
 */
export type Scene =
  | { id: SceneId; type: 'observe'; fragments: Fragment[]; neutrals: NeutralId[]; next: Branch[] }
  | { id: SceneId; type: 'decide'; fragments: Fragment[]; neutrals: NeutralId[]; options: DecisionOption[] };

/**
 * A piece of narrative: a fragment or a neutral unit the learner can mark, or plain text that is
 * not a unit (white space and punctuation between units).
 */
export type Segment =
  | { kind: 'plain'; text: string }
  | { kind: 'fragment'; fragment: FragmentId; text: string }
  | { kind: 'neutral'; unit: NeutralId; text: string };

export type Paragraph = Segment[];

export type SceneText = {
  heading: string;
  body: Paragraph[];
  question?: string;
  options?: Record<OptionId, { label: string; feedback: string }>;
};

export type ScenarioText = {
  title: string;
  summary: string;
  contentWarning: string;
  scenes: Record<SceneId, SceneText>;
  fragments: Record<FragmentId, string>;
  debrief: {
    professional: string;
    misconception: string;
    /** Organisations that work together in this case, and what each can do. */
    partners?: { name: string; role: string }[];
  };
};

/** Catalogue facts about a vignette: what a list of modules needs, without the story. */
export type ScenarioSummary = {
  id: ScenarioId;
  /** The vignette's stable number in links and codes (from its scenario.yaml). */
  code: number;
  version: number;
  sector: Sector;
  form: ExploitationForm;
  minutes: number;
  warning: WarningLevel;
  title: Record<Locale, string>;
};

/** What a vignette's content warning screen shows besides its catalogue entry, in every language. */
export type ScenarioBriefing = Record<Locale, Pick<ScenarioText, 'summary' | 'contentWarning'>>;

/**
 * What replaying and scoring an attempt needs: a vignette's structure at one version, without its
 * text. Archived versions are kept in this shape, so old records keep replaying.
 */
export type ScenarioStructure = {
  id: ScenarioId;
  version: number;
  start: SceneId;
  scenes: Scene[];
};

/**
 * The vignettes' stable numbers, as links and codes carry them: every number ever issued (from the
 * content registry) and those of the vignettes in this build. Records get it passed in.
 */
export type ScenarioCodes = {
  codeOf: (id: ScenarioId) => number | undefined;
  idOf: (code: number) => ScenarioId | undefined;
};

export type Scenario = Omit<ScenarioSummary, 'title' | 'summary'> & {
  sources: SourceKey[];
  routes: RouteId[];
  start: SceneId;
  scenes: Scene[];
  text: Record<Locale, ScenarioText>;
};
