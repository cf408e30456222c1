// Where the learner is, as the app's hash route (`#/play/<vignette>`, `#/debrief/...`): written
// to the LMS or LRS as the learner moves, so the next session opens where this one stopped.
const ROUTE = /^#\/[A-Za-z0-9/-]{0,250}$/;

/** The current route, when it is one the app could have made; '' otherwise. */
export function currentLocation(win: Pick<Window, 'location'> = window): string {
  const { hash } = win.location;
  return ROUTE.test(hash) ? hash : '';
}

/**
 * Opens the app at a location kept by the LMS, before the first render, unless the launch itself
 * names a route. Replaces the history entry, so Back does not lead to the home screen first.
 */
export function goToLocation(location: string, win: Pick<Window, 'location' | 'history'> = window) {
  if (!ROUTE.test(location) || !['', '#', '#/'].includes(win.location.hash)) return false;
  win.history.replaceState(win.history.state, '', location);
  return true;
}
