import data from 'virtual:signaal/summaries';
import type { Locale, ScenarioId } from '../engine';

/**
 * Each vignette's summary in every language, by id. Only the sector screen shows them, so they
 * stay off the first page (in both languages they weighed about 2.8 KB gzipped there).
 */
export const summaries = data as Record<ScenarioId, Record<Locale, string> | undefined>;
