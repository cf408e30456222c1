import type { ReportingRoute } from '../content';

const PHONE = /^[+\d][\d\s-]{1,}$/;

/**
 * How to reach a route: a phone number becomes a tel: link (tap to call on a phone), a web
 * address a normal link; a route with both shows both.
 */
export function RouteContact({ route, label }: { route: ReportingRoute; label?: (contact: string) => string }) {
  const isPhone = PHONE.test(route.contact);
  const shown = label ? label(route.contact) : route.contact;
  return (
    <span className="route-contact">
      {isPhone ? (
        <a href={`tel:${route.contact.replace(/[\s-]/g, '')}`}>
          {shown}
        </a>
      ) : route.url ? (
        <a href={route.url}>{shown}</a>
      ) : (
        shown
      )}
      {isPhone && route.url && (
        <>
          {' · '}
          <a href={route.url}>{new URL(route.url).hostname.replace(/^www\./, '')}</a>
        </>
      )}
    </span>
  );
}
