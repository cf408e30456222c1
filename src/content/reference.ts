import validated from 'virtual:signaal/reference';
import type { IndicatorId, RouteId, SourceKey } from '../engine';
import type { ReportingRoute, Source, Taxonomy } from './content.types';

// Imported only by lazy screens (debrief, help), so the first page does not carry the taxonomy.
const reference = validated as { taxonomy: Taxonomy; routes: ReportingRoute[]; sources: Source[] };
export const { taxonomy, routes, sources } = reference;

const indicatorsById = new Map(taxonomy.indicators.map((i) => [i.id, i]));
const routesById = new Map(routes.map((r) => [r.id, r]));
const sourcesByKey = new Map(sources.map((s) => [s.key, s]));

/** The taxonomy entry of an indicator. */
export const findIndicator = (id: IndicatorId) => indicatorsById.get(id);
/** A source by its key. */
export const findSource = (key: string) => sourcesByKey.get(key as SourceKey);
/** The reporting route with this id. */
export const findRoute = (id: RouteId) => routesById.get(id);
