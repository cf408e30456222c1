/** Branded ids: a bare string never crosses the engine where an id is meant. */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ScenarioId = Brand<string, 'ScenarioId'>;
export type SceneId = Brand<string, 'SceneId'>;
export type FragmentId = Brand<string, 'FragmentId'>;
/** A neutral unit: a sentence of story text between author-marked fragments, `<scene-id>.<n>`. */
export type NeutralId = Brand<string, 'NeutralId'>;
/** Anything a learner can mark: an author-marked fragment or a neutral unit. */
export type UnitId = FragmentId | NeutralId;
export type OptionId = Brand<string, 'OptionId'>;
export type IndicatorId = Brand<string, 'IndicatorId'>;
export type RouteId = Brand<string, 'RouteId'>;
export type SourceKey = Brand<string, 'SourceKey'>;

/**
 * Every id in content (vignette, scene, fragment, option, indicator…) is kebab-case. Formats that
 * embed an id in a longer pattern build on ID_SOURCE. The patterns stay literals (a test checks
 * they spell ID_SOURCE): a `new RegExp` here is module-level work the bundler cannot drop, and it
 * dragged the whole engine barrel, XState included, onto the first page.
 */
export const ID_SOURCE = '[a-z0-9]+(?:-[a-z0-9]+)*';
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A markable unit: a fragment id, or a neutral unit id `<scene-id>.<n>`. */
export const UNIT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[1-9][0-9]*)?$/;

/** Marks a string as a scenario id; use only at a validated edge. */
export const asScenarioId = (value: string) => value as ScenarioId;
/** Marks a string as a scene id; use only at a validated edge. */
export const asSceneId = (value: string) => value as SceneId;
/** Marks a string as a fragment id; use only at a validated edge. */
export const asFragmentId = (value: string) => value as FragmentId;
/** Marks a string as a neutral unit id; use only at a validated edge. */
export const asNeutralId = (value: string) => value as NeutralId;
/** The id of the nth (from 1) neutral unit of a scene; a dot, so never a valid fragment id. */
export const neutralUnitId = (scene: SceneId, n: number) => `${scene}.${n}` as NeutralId;
/** Marks a string as a unit id (fragment or neutral); use only at a validated edge. */
export const asUnitId = (value: string) => value as UnitId;
/** Marks a string as an option id; use only at a validated edge. */
export const asOptionId = (value: string) => value as OptionId;
/** Marks a string as an indicator id; use only at a validated edge. */
export const asIndicatorId = (value: string) => value as IndicatorId;
