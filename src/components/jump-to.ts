import type { MouseEvent } from 'react';

/**
 * A click handler for a link to a place on the same screen. A plain `#id` link would replace the
 * hash route, so this moves focus (and the view) to the element itself; it must accept focus
 * (`tabIndex={-1}`).
 */
export const jumpTo = (id: string) => (event: MouseEvent) => {
  event.preventDefault();
  const target = document.getElementById(id);
  target?.focus();
  target?.scrollIntoView?.({ block: 'start' });
};
