import { useTranslation } from 'react-i18next';
import en from '../../../content/locales/en/help.json';
import nl from '../../../content/locales/nl/help.json';
import { useLazyNamespace } from '../../i18n/lazy-namespace';

/** The information screens' strings, shipped with them rather than with the first page. */
export function useHelpStrings() {
  useLazyNamespace('help', { nl, en });
  return useTranslation('help');
}
