import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/app';
import './app/styles.css';
import { setupI18n } from './i18n/setup-i18n';
import { useSettingsStore } from './stores/settings-store';

const i18n = setupI18n(useSettingsStore.getState().locale);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}
