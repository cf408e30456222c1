import counts from 'virtual:signaal/signal-categories';
import type { ScenarioId } from '../engine';

/** How many signals of each indicator category each vignette holds, by vignette id (a lazy screen's data). */
export const signalCategories = counts as Record<ScenarioId, Record<string, number>>;
