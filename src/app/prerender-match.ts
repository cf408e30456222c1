import type { Locale, Sector } from '../engine';
import { parseRoute } from './routes';

/** What the first render depends on that the build cannot know: the route and stored settings. */
export type FirstRender = { hash: string; locale: Locale; sector: Sector | null; storageNotice: boolean };

/**
 * Whether the first render produces the HTML prerendered at build time (the home screen in Dutch,
 * with no sector chosen and no storage notice), so React may hydrate it instead of replacing it.
 */
export const matchesPrerender = ({ hash, locale, sector, storageNotice }: FirstRender) =>
  parseRoute(hash).name === 'home' && locale === 'nl' && sector === null && !storageNotice;
