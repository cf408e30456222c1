import validated from 'virtual:signaal/reference';
import type { IndicatorId, Locale, RouteId, ScenarioId, SourceKey } from '../engine';
import type { ReportingRoute, Source, Taxonomy } from './content.types';

// Imported only by lazy screens (debrief, help), so the first page does not carry the taxonomy.
const reference = validated as {
  taxonomy: Taxonomy;
  routes: ReportingRoute[];
  sources: Source[];
  indicatorScenarios: Partial<Record<IndicatorId, ScenarioId[]>>;
};
export const { taxonomy, routes, sources } = reference;

/** The vignettes in which an indicator is a signal (every vignette of the build, before any package filter). */
export const scenariosWithSignal = (id: IndicatorId): readonly ScenarioId[] => reference.indicatorScenarios[id] ?? [];

/** A source's title in the page's language where the source has one, else its own title. */
export const sourceTitle = (source: Source, locale: Locale) => source[`title_${locale}`] ?? source.title;

const indicatorsById = new Map(taxonomy.indicators.map((i) => [i.id, i]));
const routesById = new Map(routes.map((r) => [r.id, r]));
const sourcesByKey = new Map(sources.map((s) => [s.key, s]));

/** The taxonomy entry of an indicator. */
export const findIndicator = (id: IndicatorId) => indicatorsById.get(id);
/** A source by its key. */
export const findSource = (key: string) => sourcesByKey.get(key as SourceKey);
/** The reporting route with this id. */
export const findRoute = (id: RouteId) => routesById.get(id);
