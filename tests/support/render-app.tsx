import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../src/app/app';
import type { Locale } from '../../src/engine';
import { setupI18n } from '../../src/i18n/setup-i18n';
import { useProgressStore } from '../../src/stores/progress-store';
import { useSettingsStore } from '../../src/stores/settings-store';

/** Renders the whole app at a hash route with fresh stores, as a learner opening a link would. */
export function renderApp(hash = '#/', locale: Locale = 'nl') {
  useProgressStore.setState({ inProgress: {}, completed: {}, notice: null });
  useSettingsStore.setState({ locale, sector: null });
  window.location.hash = hash;
  const i18n = setupI18n(locale);
  return { i18n, ...render(<I18nextProvider i18n={i18n}><App /></I18nextProvider>) };
}
