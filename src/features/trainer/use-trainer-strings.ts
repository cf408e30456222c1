import { useTranslation } from 'react-i18next';
import en from '../../../content/locales/en/trainer.json';
import nl from '../../../content/locales/nl/trainer.json';
import { useLazyNamespace } from '../../i18n/lazy-namespace';

/** The trainer's strings, which ship with the dashboard chunk rather than the first page. */
export function useTrainerStrings() {
  useLazyNamespace('trainer', { nl, en });
  return useTranslation('trainer');
}
