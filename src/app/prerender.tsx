import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { setupI18n } from '../i18n/setup-i18n';
import { App } from './app';

/**
 * The first screen as HTML, rendered at build time: the home screen in Dutch for a learner with no
 * stored settings. main.tsx hydrates it only when its own first render would be the same.
 */
export function renderFirstScreen() {
  return renderToString(
    <I18nextProvider i18n={setupI18n('nl')}>
      <App />
    </I18nextProvider>,
  );
}
