import { useEffect, useSyncExternalStore } from 'react';
import { movedTo, parseRoute } from './routes';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/**
 * The hash the page opened with ('' when prerendering at build time). Hydration renders with it
 * from start to end, even if a link changes the hash meanwhile; React re-renders right after.
 */
export const hashAtStart = typeof window === 'undefined' ? '' : window.location.hash;

/** The current hash and its route; re-renders on every hash change. */
export function useRoute() {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => hashAtStart);
  const moved = movedTo(hash);
  useEffect(() => {
    if (moved) navigate(moved);
  }, [moved]);
  return { hash, route: parseRoute(hash) };
}

/**
 * Goes to a hash route by replacing the current history entry, as in-app links do (see
 * leave-no-trace.ts): the tab keeps one Signaal entry, which the quick exit replaces.
 */
export function navigate(href: string) {
  window.location.replace(`#${href.replace(/^#/, '')}`);
}
