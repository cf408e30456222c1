// The browser-side door of src/content. Build-time loading (load-content, vite-plugin) is
// imported directly by tooling; reference.ts, signal-categories.ts and summaries.ts are imported directly by lazy screens.
export { catalogue, findSummary, loadBriefing, loadedBriefing, loadScenario, loadStructure, scenarioCodes, scenariosOfSector } from './catalogue';
export type { Content, Indicator, IndicatorCategory, InfoPage, PageId, ReportingRoute, Source, Taxonomy } from './content.types';
