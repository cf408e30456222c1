import { useTranslation } from 'react-i18next';
import en from '../../../content/locales/en/assignment.json';
import nl from '../../../content/locales/nl/assignment.json';
import { useLazyNamespace } from '../../i18n/lazy-namespace';

/** The learner's assignment strings, which ship with this chunk rather than the first page. */
export function useAssignmentStrings() {
  useLazyNamespace('assignment', { nl, en });
  return useTranslation('assignment');
}
