/** Goes to another trainer screen (a hash route), as a link would. */
export function go(href: string) {
  window.location.hash = href.replace(/^#/, '');
}
