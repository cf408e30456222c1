import type { IndicatorCategory } from './content.types';

/** The order in which categories are shown: the means of control first, as the sources do. */
export const CATEGORY_ORDER: readonly IndicatorCategory[] = ['control', 'work-living', 'health', 'young-people', 'setting'];
