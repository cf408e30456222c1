import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { downloadFile } from '../../components/download-file';
import { eraseEverything } from '../../stores/erase-everything';
import { decodeProgressFile, encodeProgressFile, type ProgressFileError } from '../../stores/progress-file';
import { useProgressStore, type PersistedProgress } from '../../stores/progress-store';

type Message = { kind: 'ok'; count: number } | { kind: 'error'; error: ProgressFileError | 'read-failed' } | null;

const countCompleted = (progress: PersistedProgress) => Object.values(progress.completed).filter((h) => h.length > 0).length;

/** Export, import and erase: the learner's own data, under the learner's control. */
export function ProgressData({ onErased }: { onErased: () => void }) {
  const { t } = useTranslation('progress');
  const replaceAll = useProgressStore((s) => s.replaceAll);
  const [pending, setPending] = useState<PersistedProgress | null>(null);
  const [erasing, setErasing] = useState(false);
  const [message, setMessage] = useState<Message>(null);

  const exportProgress = () => {
    const { inProgress, completed } = useProgressStore.getState();
    const today = new Date();
    downloadFile(`signaal-voortgang-${today.toISOString().slice(0, 10)}.json`, encodeProgressFile({ inProgress, completed }, today));
  };

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setMessage(null);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ kind: 'error', error: 'read-failed' });
      return;
    }
    const decoded = decodeProgressFile(text);
    if (decoded.ok) setPending(decoded.progress);
    else setMessage({ kind: 'error', error: decoded.error });
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t('data.heading')}</h2>
      <p>{t('data.exportHelp')}</p>
      <p>
        <button type="button" className="button" onClick={exportProgress}>
          {t('data.export')}
        </button>
      </p>
      <p>
        <label htmlFor="progress-file" className="field-label">
          {t('data.importLabel')}
        </label>
        <span id="progress-file-help" className="small">
          {t('data.importHelp')}
        </span>
        <input id="progress-file" type="file" accept="application/json,.json" aria-describedby="progress-file-help" onChange={readFile} />
      </p>
      <div role="status" aria-live="polite">
        {message?.kind === 'ok' && <p className="notice">{t('data.imported', { count: message.count })}</p>}
      </div>
      {message?.kind === 'error' && (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>{t('data.importFailed')}</strong>
          </p>
          <p>{t(`data.errors.${message.error}`)}</p>
        </div>
      )}
      <p>{t('data.eraseHelp')}</p>
      <p>
        <button type="button" className="button button-danger" onClick={() => setErasing(true)}>
          {t('data.erase')}
        </button>
      </p>
      <ConfirmDialog
        open={pending !== null}
        title={t('data.importTitle')}
        confirmLabel={t('data.confirmImport')}
        cancelLabel={t('data.cancel')}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (!pending) return;
          replaceAll(pending);
          setMessage({ kind: 'ok', count: countCompleted(pending) });
          setPending(null);
        }}
      >
        <p>{t('data.importConfirm', { count: pending ? countCompleted(pending) : 0 })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={erasing}
        title={t('data.eraseTitle')}
        confirmLabel={t('data.confirmErase')}
        cancelLabel={t('data.cancel')}
        onCancel={() => setErasing(false)}
        onConfirm={() => {
          setErasing(false);
          void eraseEverything().then(onErased, onErased);
        }}
      >
        <p>{t('data.eraseBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
