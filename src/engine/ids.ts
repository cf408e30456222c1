/** Branded ids: a bare string never crosses the engine where an id is meant. */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ScenarioId = Brand<string, 'ScenarioId'>;
export type SceneId = Brand<string, 'SceneId'>;
export type FragmentId = Brand<string, 'FragmentId'>;
export type OptionId = Brand<string, 'OptionId'>;
export type IndicatorId = Brand<string, 'IndicatorId'>;
export type RouteId = Brand<string, 'RouteId'>;
export type SourceKey = Brand<string, 'SourceKey'>;

/** Marks a string as a scenario id; use only at a validated edge. */
export const asScenarioId = (value: string) => value as ScenarioId;
/** Marks a string as a scene id; use only at a validated edge. */
export const asSceneId = (value: string) => value as SceneId;
/** Marks a string as a fragment id; use only at a validated edge. */
export const asFragmentId = (value: string) => value as FragmentId;
/** Marks a string as an option id; use only at a validated edge. */
export const asOptionId = (value: string) => value as OptionId;
/** Marks a string as an indicator id; use only at a validated edge. */
export const asIndicatorId = (value: string) => value as IndicatorId;
