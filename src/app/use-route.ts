import { useSyncExternalStore } from 'react';
import { parseRoute } from './routes';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The current hash and its route; re-renders on every hash change. */
export function useRoute() {
  // The server snapshot is '' at build time (prerendering) and the real hash when hydrating, which
  // only happens on a home route, so the first render keeps the hash it started on.
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => (typeof window === 'undefined' ? '' : window.location.hash));
  return { hash, route: parseRoute(hash) };
}

/** Goes to a hash route. */
export function navigate(href: string) {
  window.location.hash = href.replace(/^#/, '');
}
