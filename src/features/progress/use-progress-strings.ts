import { useTranslation } from 'react-i18next';
import enDebrief from '../../../content/locales/en/debrief.json';
import en from '../../../content/locales/en/progress.json';
import nlDebrief from '../../../content/locales/nl/debrief.json';
import nl from '../../../content/locales/nl/progress.json';
import { useLazyNamespace } from '../../i18n/lazy-namespace';

/** The progress screen's strings, plus the debrief's profile sentences it reuses, shipped lazily. */
export function useProgressStrings() {
  useLazyNamespace('progress', { nl, en });
  useLazyNamespace('debrief', { nl: nlDebrief, en: enDebrief });
  return useTranslation('progress');
}
