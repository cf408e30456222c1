/** Set on <html> while the prerendered first screen is hidden because it is not what this learner gets. */
export const STALE_PRERENDER_ATTRIBUTE = 'data-stale-prerender';

/**
 * Runs from the blocking head script (see head-script-plugin.ts), before the prerendered first
 * screen paints: hides it when the learner opens another route or has stored settings that change
 * it (English, a chosen sector), so nobody sees the Dutch home page flash before their own screen. It reads storage without validating, so
 * anything unexpected counts as "does not fit"; main.tsx makes the real, validated decision.
 * Self-contained on purpose: the build writes its source text into that script.
 */
export function hideStalePrerender(settingsKey: string, attribute: string) {
  let fits = /^#?\/*$/.test(window.location.hash);
  try {
    const raw = window.localStorage.getItem(settingsKey);
    const stored = raw === null ? undefined : (JSON.parse(raw) as { state?: { locale?: unknown; sector?: unknown } }).state;
    if (stored && (stored.locale !== 'nl' || stored.sector !== null)) fits = false;
  } catch {
    fits = false;
  }
  if (!fits) document.documentElement.setAttribute(attribute, '');
}
