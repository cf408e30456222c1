import { downloadFile } from '../../components/download-file';
import { storedTrainerText, trainerSetAside, useTrainerStore } from '../../stores/trainer-store';
import { useTrainerStrings } from './use-trainer-strings';

/**
 * Says exactly what happened to the trainer's stored data: records kept aside (with a download),
 * a newer version's data left untouched, a save that failed, or the choice not to keep anything.
 */
export function TrainerDataNotice() {
  const { t } = useTrainerStrings();
  const storage = useTrainerStore((s) => s.storage);
  const notice = useTrainerStore((s) => s.notice);
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <>
      {notice.setAside > 0 && (
        <div className="notice notice-warning" role="status">
          <p>{t('data.setAside', { count: notice.setAside })}</p>
          <p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => downloadFile(`signaal-trainer-apart-${stamp}.json`, `${JSON.stringify(trainerSetAside(), null, 2)}\n`)}
            >
              {t('data.downloadSetAside')}
            </button>
          </p>
        </div>
      )}
      {storage === 'newer' && (
        <div className="notice notice-warning" role="status">
          <p>{t('data.newer', { version: notice.newerVersion ?? 0 })}</p>
          <p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => downloadFile(`signaal-trainer-nieuwere-versie-${stamp}.json`, storedTrainerText() ?? '')}
            >
              {t('data.downloadNewer')}
            </button>
          </p>
        </div>
      )}
      {storage === 'unwritable' && (
        <p className="notice notice-error" role="alert">
          {t('data.unwritable')}
        </p>
      )}
      {storage === 'memory' && <p className="notice">{t('data.memory')}</p>}
    </>
  );
}
