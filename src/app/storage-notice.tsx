import { useTranslation } from 'react-i18next';
import { useProgressStore } from '../stores/progress-store';

/** Tells the learner when unreadable saved progress was replaced by a fresh start. */
export function StorageNotice() {
  const { t } = useTranslation();
  const notice = useProgressStore((s) => s.notice);
  const dismiss = useProgressStore((s) => s.dismissNotice);
  if (notice !== 'storage-reset') return null;
  return (
    <div className="notice notice-warning" role="alert">
      <p>{t('storage.reset')}</p>
      <button type="button" className="button button-secondary" onClick={dismiss}>
        {t('storage.dismiss')}
      </button>
    </div>
  );
}
