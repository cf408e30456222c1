import { RouteContact } from '../../components/route-contact';
import { SourceList } from '../../components/source-list';
import { routes } from '../../content/reference';
import { toLocale } from '../../i18n/setup-i18n';
import { InfoPage } from './info-page';
import { useHelpStrings } from './use-help-strings';

/**
 * What to do: the sourced guidance, every reporting route and help line, personal support, and how
 * to use Signaal without leaving a trace on a shared device.
 */
export function HelpScreen({ focusOnMount }: { focusOnMount: boolean }) {
  const { t, i18n } = useHelpStrings();
  const locale = toLocale(i18n.language);
  return (
    <InfoPage id="what-to-do" focusOnMount={focusOnMount}>
      <section aria-labelledby="routes-heading">
        <h2 id="routes-heading">{t('routes.heading')}</h2>
        <ul className="routes">
          {routes.map((route) => (
            <li key={route.id}>
              <strong>{route.text[locale].name}</strong>
              <br />
              {route.text[locale].when}
              <br />
              <RouteContact route={route} label={(contact) => t('routes.contact', { contact })} />
            </li>
          ))}
        </ul>
        <SourceList keys={[...new Set(routes.flatMap((r) => r.sources))]} />
      </section>
      <section aria-labelledby="personal-heading">
        <h2 id="personal-heading">{t('personal.heading')}</h2>
        <p>{t('personal.body')}</p>
      </section>
      <section aria-labelledby="private-heading" className="notice">
        <h2 id="private-heading">{t('privateTip.heading')}</h2>
        <p>{t('privateTip.private')}</p>
        <p>{t('privateTip.clear')}</p>
        <p>{t('privateTip.quickExit')}</p>
      </section>
    </InfoPage>
  );
}
