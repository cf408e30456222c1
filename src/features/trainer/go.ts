/**
 * Goes to another trainer screen (a hash route), as a link would: replacing the history entry, so
 * the tab keeps one Signaal entry for the quick exit to replace.
 */
export function go(href: string) {
  window.location.replace(`#${href.replace(/^#/, '')}`);
}
