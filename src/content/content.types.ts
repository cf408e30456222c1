import type { IndicatorId, Locale, RouteId, Scenario, SourceKey } from '../engine';
import type { CATEGORIES, PAGE_IDS } from './files.schema';

export type PageId = (typeof PAGE_IDS)[number];

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

/**
 * A source: its own title, and optionally that title in Dutch or English (`title_nl`, `title_en`);
 * without `url` it is cited by publisher and title only.
 */
export type Source = { key: SourceKey; title: string; url?: string } & Partial<Record<`title_${Locale}`, string>>;

export type ReportingRoute = {
  id: RouteId;
  contact: string;
  url?: string;
  sources: SourceKey[];
  text: Record<Locale, { name: string; when: string }>;
};

export type PageSection = { heading: string; paragraphs: string[]; items?: string[]; sources: string[] };

/** An information page (introduction, what to do, about, privacy) in every language. */
export type InfoPage = {
  id: PageId;
  /** `signaal` when the page describes Signaal itself; its sections may name no outside source. */
  describes?: 'signaal';
  sources: SourceKey[];
  text: Record<Locale, { title: string; lead: string; sections: PageSection[] }>;
};

/** Everything in content/, validated and cross-checked. */
export type Content = {
  sources: Source[];
  taxonomy: Taxonomy;
  routes: ReportingRoute[];
  pages: InfoPage[];
  scenarios: Scenario[];
};
