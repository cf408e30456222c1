import { useTranslation } from 'react-i18next';
import en from '../../../content/locales/en/player.json';
import nl from '../../../content/locales/nl/player.json';
import { useLazyNamespace } from '../../i18n/lazy-namespace';

/** The player's strings in both languages, shipped with the player chunk, not the first page. */
export function usePlayerStrings() {
  useLazyNamespace('player', { nl, en });
  return useTranslation('player');
}
