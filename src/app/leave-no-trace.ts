/** A neutral page that raises no questions on a shared screen. */
export const NEUTRAL_URL = 'https://www.google.com/search?q=weerbericht';

/** Marks the quick-exit control; the script below finds it by this attribute. */
export const QUICK_EXIT_ATTRIBUTE = 'data-quick-exit';

/**
 * Keeps Signaal to ONE entry in the tab's history and leaves it without a trace on request:
 * - an in-app link (`#/…`) replaces the current entry instead of adding one, so Back never walks
 *   through the screens someone looked at;
 * - the quick-exit link, and Escape outside fields and dialogs, hide the page at once and replace
 *   that one entry with a neutral page, so no number of Backs shows Signaal again.
 * The build writes this function's source text first into the head script that the page loads
 * before the app (head-script-plugin.ts; no inline script, so a strict Content-Security-Policy
 * keeps working); it works on the prerendered first screen while the app is still on its way.
 * Self-contained on purpose: no imports, no outside names. Installing it twice does nothing.
 */
export function leaveNoTrace(win: Window, neutralUrl: string, attribute: string) {
  const doc = win.document;
  const root = doc.documentElement;
  const installed = 'data-leave-no-trace';
  if (root.hasAttribute(installed)) return;
  root.setAttribute(installed, '');

  const leave = () => {
    root.style.visibility = 'hidden';
    doc.title = '';
    const replace = () => win.location.replace(neutralUrl);
    // The tab may hold earlier Signaal entries that did not come from an in-app link (a second
    // link to Signaal opened in the same tab). Where the browser lets a page see its own entries,
    // go back to the earliest of them first, so the neutral page takes its place and Back leads
    // to whatever came before Signaal.
    const nav: Navigation | undefined = (win as { navigation?: Navigation }).navigation;
    const current = nav?.currentEntry;
    if (!nav || !current) return replace();
    const entries = nav.entries();
    const page = (url: string | null | undefined) => url?.split('#')[0];
    let first = current;
    for (let i = current.index - 1; i >= 0 && page(entries[i]?.url) === page(current.url); i -= 1) first = entries[i] ?? first;
    if (first === current) return replace();
    const traversed = nav.traverseTo(first.key).committed;
    if (traversed) traversed.then(replace, replace);
    else replace();
  };
  const linkOf = (event: Event) => {
    const target = event.target as Element | null;
    return typeof target?.closest === 'function' ? target.closest('a[href]') : null;
  };

  // Capture: nothing the app does first can hold the quick exit up. Modifier keys do not open it
  // in a new tab, which would leave Signaal on screen.
  win.addEventListener(
    'click',
    (event) => {
      if (!linkOf(event)?.hasAttribute(attribute)) return;
      event.preventDefault();
      leave();
    },
    true,
  );

  // Bubble: the app's own click handlers run first (a handler may prevent the navigation).
  win.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = linkOf(event);
    const href = link?.getAttribute('href');
    if (!link || !href?.startsWith('#/') || link.hasAttribute('target') || link.hasAttribute('download')) return;
    event.preventDefault();
    win.location.replace(href);
  });

  win.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const target = event.target as Element | null;
    if (typeof target?.closest === 'function' && target.closest('dialog, input, textarea, select, [role="dialog"]')) return;
    if (doc.querySelector('dialog[open]')) return;
    leave();
  });
}
