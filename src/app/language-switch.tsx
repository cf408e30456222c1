import { useTranslation } from 'react-i18next';
import { LOCALES } from '../engine';
import { useSettingsStore } from '../stores/settings-store';

/** Switches language at any moment; progress lives in the store, so nothing is lost. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const setLocale = useSettingsStore((s) => s.setLocale);
  return (
    <div role="group" aria-label={t('language.label')} className="language-switch">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={i18n.language === locale}
          onClick={() => {
            setLocale(locale);
            void i18n.changeLanguage(locale);
          }}
        >
          {t(`language.${locale}`)}
        </button>
      ))}
    </div>
  );
}
