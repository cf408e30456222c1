import { useTranslation } from 'react-i18next';
import enLms from '../../../content/locales/en/lms.json';
import nlLms from '../../../content/locales/nl/lms.json';
import { useLazyNamespace } from '../../i18n/lazy-namespace';
import { useConnectionStore } from './connection-store';

const bundles = { nl: nlLms, en: enLms };

/** Tells the learner when their LMS cannot be reached or refuses their progress. */
export function LearningSystemNotice() {
  useLazyNamespace('lms', bundles);
  const { t } = useTranslation('lms');
  const lms = useConnectionStore((s) => s.lms);
  if (lms !== 'unreachable' && lms !== 'refusing') return null;
  return (
    <div className="notice notice-warning" role="alert">
      <p>{t(lms)}</p>
    </div>
  );
}

/** Says where the learner's results go, in place of "only in this browser". */
export function LearningSystemFooter() {
  useLazyNamespace('lms', bundles);
  const { t } = useTranslation('lms');
  const { lms, lrsHost, waiting } = useConnectionStore();
  // One fixed sentence while anything waits, so a screen reader announces it once, not per statement.
  return (
    <div role="status">
      {lms === 'connected' && <p>{t('reporting.lms')}</p>}
      {lrsHost && <p>{t('reporting.lrs', { host: lrsHost })}</p>}
      {waiting > 0 && <p>{t('waiting')}</p>}
    </div>
  );
}
