import { useTranslation } from 'react-i18next';
import en from '../../../content/locales/en/debrief.json';
import nl from '../../../content/locales/nl/debrief.json';
import { useLazyNamespace } from '../../i18n/lazy-namespace';

/** The debrief's strings in both languages, shipped with the debrief chunk, not the first page. */
export function useDebriefStrings() {
  useLazyNamespace('debrief', { nl, en });
  return useTranslation('debrief');
}
