import { useTranslation } from 'react-i18next';
import { RouteContact } from '../../components/route-contact';
import { routes } from '../../content/reference';
import { toLocale } from '../../i18n/setup-i18n';
import { InfoPage } from './info-page';
import { SourceList } from './source-list';

/** What to do: the sourced guidance, every reporting route and help line, and personal support. */
export function HelpScreen({ focusOnMount }: { focusOnMount: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  return (
    <InfoPage id="what-to-do" focusOnMount={focusOnMount}>
      <section aria-labelledby="routes-heading">
        <h2 id="routes-heading">{t('help.routesHeading')}</h2>
        <ul className="routes">
          {routes.map((route) => (
            <li key={route.id}>
              <strong>{route.text[locale].name}</strong>
              <br />
              {route.text[locale].when}
              <br />
              <RouteContact route={route} label={(contact) => t('help.contact', { contact })} />
            </li>
          ))}
        </ul>
        <SourceList keys={[...new Set(routes.flatMap((r) => r.sources))]} />
      </section>
      <section aria-labelledby="personal-heading">
        <h2 id="personal-heading">{t('help.personalHeading')}</h2>
        <p>{t('help.personal')}</p>
      </section>
    </InfoPage>
  );
}
