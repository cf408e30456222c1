import { useTranslation } from 'react-i18next';
import { useFocusHeading } from '../../components/use-focus-heading';
import { routes } from '../../content/reference';
import { toLocale } from '../../i18n/setup-i18n';

/** Reporting routes and help lines, reachable from every screen. */
export function HelpScreen({ focusOnMount }: { focusOnMount: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const heading = useFocusHeading<HTMLHeadingElement>('help', focusOnMount);
  return (
    <section aria-labelledby="help-heading">
      <h1 id="help-heading" ref={heading} tabIndex={-1}>
        {t('help.heading')}
      </h1>
      <p className="lead">{t('help.intro')}</p>
      <h2>{t('help.routesHeading')}</h2>
      <ul className="routes">
        {routes.map((route) => (
          <li key={route.id}>
            <strong>{route.text[locale].name}</strong>
            <br />
            {route.text[locale].when}
            <br />
            {route.url ? (
              <a href={route.url}>{t('help.contact', { contact: route.contact })}</a>
            ) : (
              t('help.contact', { contact: route.contact })
            )}
          </li>
        ))}
      </ul>
      <h2>{t('help.personalHeading')}</h2>
      <p>{t('help.personal')}</p>
      <p className="small">{t('help.sourcesNote')}</p>
    </section>
  );
}
