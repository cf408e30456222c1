import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import common from '../../../content/locales/nl/common.json';
import { Bare } from '../bare/bare';

// A second reference for `npm run bench`: the bare React page with the i18n library Signaal is
// built on, set up as Signaal sets it up, with its first page's Dutch strings. The difference to
// the bare page is what i18next alone adds before a button can be pressed.
const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({ resources: { nl: { common } }, lng: 'nl', defaultNS: 'common', initAsync: false, interpolation: { escapeValue: false } });

function Translated() {
  const { t } = useTranslation();
  return <Bare heading={t('home.heading')} />;
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <Translated />
      </I18nextProvider>
    </StrictMode>,
  );
}
