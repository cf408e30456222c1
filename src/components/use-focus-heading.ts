import { useEffect, useRef } from 'react';

/**
 * Moves focus to a heading whenever `key` changes, so keyboard and screen-reader users land at
 * the start of the new content after a scene or screen change.
 */
export function useFocusHeading<T extends HTMLElement>(key: unknown, enabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [key, enabled]);
  return ref;
}
