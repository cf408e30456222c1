import type { ScenarioBriefing } from '../engine';

/**
 * The id of the data block in index.html that holds every vignette's briefing (its summary and
 * content warning, in every language): a link straight to a vignette then shows its warning in the
 * first render, with no request and no wait for the event loop first. It is data, not a script
 * (`type="application/json"`): the browser never runs it, so a strict Content-Security-Policy needs
 * no exception, and it costs the home page a few KB of HTML rather than of JavaScript.
 */
export const BRIEFINGS_ELEMENT_ID = 'signaal-briefings';

/** The block, as the build writes it into the page: `<` is escaped so no text can end the element early. */
export const briefingsDataBlock = (briefings: Readonly<Record<string, ScenarioBriefing>>) =>
  `<script type="application/json" id="${BRIEFINGS_ELEMENT_ID}">${JSON.stringify(briefings).replaceAll('<', '\\u003c')}</script>`;

let inPage: Readonly<Record<string, ScenarioBriefing>> | undefined;

/**
 * A vignette's briefing from the page it was opened in, if the page carries it. A page without the
 * block (an LMS package, a component test) or with one that cannot be read gives nothing, and
 * the briefing's own chunk is loaded as before.
 */
export function briefingInPage(id: string): ScenarioBriefing | undefined {
  inPage ??= readBlock();
  // Own entries only: an id such as `constructor` must not find what every object inherits.
  return inPage && Object.hasOwn(inPage, id) ? inPage[id] : undefined;
}

// Read once, when first asked for: the block never changes while the page is open.
function readBlock(): Record<string, ScenarioBriefing> | undefined {
  const text = typeof document === 'undefined' ? undefined : document.getElementById(BRIEFINGS_ELEMENT_ID)?.textContent;
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, ScenarioBriefing>) : {};
  } catch {
    return {};
  }
}
