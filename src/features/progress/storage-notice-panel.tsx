import { useTranslation } from 'react-i18next';
import en from '../../../content/locales/en/storage.json';
import nl from '../../../content/locales/nl/storage.json';
import { useLazyNamespace } from '../../i18n/lazy-namespace';
import { useProgressStore } from '../../stores/progress-store';
import { downloadProgress, downloadSetAside } from './download-progress';

/**
 * Tells the learner what happened to their stored progress: records kept aside, a newer version's
 * progress left alone, a save the browser refused (with the export at hand), or unreadable progress
 * from an LMS. Each says exactly that, and offers what helps.
 */
export function StorageNoticePanel() {
  useLazyNamespace('storage', { nl, en });
  const { t } = useTranslation('storage');
  const notice = useProgressStore((s) => s.notice);
  const setAsideCount = useProgressStore((s) => s.setAsideCount);
  const dismiss = useProgressStore((s) => s.dismissNotice);
  if (notice === null) return null;
  const close = (
    <button type="button" className="button button-secondary" onClick={dismiss}>
      {t('dismiss')}
    </button>
  );
  if (notice === 'saved-again') {
    return (
      <div className="notice" role="status">
        <p>{t('savedAgain')}</p>
        {close}
      </div>
    );
  }
  const message = {
    'set-aside': t('setAside', { count: setAsideCount }),
    'unreadable-kept': t('unreadableKept'),
    'newer-store': t('newerStore'),
    'save-failed': t('saveFailed'),
    'storage-reset': t('lmsReset'),
  }[notice];
  const keptAside = notice === 'set-aside' || notice === 'unreadable-kept';
  return (
    <div className="notice notice-warning" role="alert">
      <p>{message}</p>
      <p className="card-actions">
        {keptAside && (
          <button type="button" className="button" onClick={downloadSetAside}>
            {t('downloadSetAside')}
          </button>
        )}
        {notice === 'save-failed' && (
          <button type="button" className="button" onClick={downloadProgress}>
            {t('downloadProgress')}
          </button>
        )}
        {close}
      </p>
    </div>
  );
}
