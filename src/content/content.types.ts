import type { IndicatorId, Locale, RouteId, Scenario, SourceKey } from '../engine';
import type { CATEGORIES } from './files.schema';

export type IndicatorCategory = (typeof CATEGORIES)[number];

export type Indicator = {
  id: IndicatorId;
  category: IndicatorCategory;
  forms: string[];
  sources: SourceKey[];
  text: Record<Locale, { name: string; explanation: string }>;
};

export type Taxonomy = {
  categories: Record<Locale, Record<IndicatorCategory, string>>;
  indicators: Indicator[];
};

export type Source = { key: SourceKey; title: string; url: string };

export type ReportingRoute = {
  id: RouteId;
  contact: string;
  url?: string;
  sources: SourceKey[];
  text: Record<Locale, { name: string; when: string }>;
};

/** Everything in content/, validated and cross-checked. */
export type Content = {
  sources: Source[];
  taxonomy: Taxonomy;
  routes: ReportingRoute[];
  scenarios: Scenario[];
};
