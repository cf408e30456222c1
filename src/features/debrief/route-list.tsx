import { RouteContact } from '../../components/route-contact';
import { findRoute } from '../../content/reference';
import type { Locale, RouteId } from '../../engine';

/** The Dutch reporting routes and help lines that fit this vignette. */
export function RouteList({ ids, locale }: { ids: RouteId[]; locale: Locale }) {
  return (
    <ul className="routes">
      {ids.flatMap((id) => {
        const route = findRoute(id);
        if (!route) return [];
        const { name, when } = route.text[locale];
        return [
          <li key={id}>
            <strong>{name}</strong>: <RouteContact route={route} />
            <br />
            {when}
          </li>,
        ];
      })}
    </ul>
  );
}
