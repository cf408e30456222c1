import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { eraseEverything } from '../../stores/erase-everything';
import { decodeProgressFile, progressSetAside, type ProgressFileError } from '../../stores/progress-file';
import { progressOf } from '../../stores/progress-json';
import { addImported } from '../../stores/progress-merge';
import { useProgressStore } from '../../stores/progress-store';
import { planImport, type ImportPlan } from './check-progress-file';
import { downloadProgress, downloadSetAside } from './download-progress';

type Message =
  | { kind: 'ok'; plan: ImportPlan }
  | { kind: 'nothing-new'; plan: ImportPlan }
  | { kind: 'error'; error: ProgressFileError | 'read-failed' | 'check-failed' }
  | null;

/** The lines that say what an import does with each part of the file, where there is any. */
function PlanLines({ plan }: { plan: ImportPlan }) {
  const { t } = useTranslation('progress');
  const lines = (['kept', 'impossible', 'unreadable', 'walksAdded', 'walksLeft'] as const).filter((key) => plan[key] > 0);
  if (lines.length === 0) return null;
  return (
    <ul>
      {lines.map((key) => (
        <li key={key}>{t(`data.plan.${key}`, { count: plan[key] })}</li>
      ))}
    </ul>
  );
}

/** Export, import and erase: the learner's own data, under the learner's control. */
export function ProgressData({ onErased }: { onErased: () => void }) {
  const { t } = useTranslation('progress');
  // Read again whenever the notice changes: a load or another tab may have kept more aside.
  const notice = useProgressStore((s) => s.notice);
  const [setAside, setSetAside] = useState({ notice, count: progressSetAside().length });
  if (setAside.notice !== notice) setSetAside({ notice, count: progressSetAside().length });
  const [pending, setPending] = useState<ImportPlan | null>(null);
  const [erasing, setErasing] = useState(false);
  const [message, setMessage] = useState<Message>(null);

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
    if (!decoded.ok) {
      setMessage({ kind: 'error', error: decoded.error });
      return;
    }
    try {
      const { inProgress, completed } = useProgressStore.getState();
      const plan = await planImport(decoded.progress, decoded.unreadable, { inProgress, completed });
      if (plan.added + plan.kept + plan.walksAdded === 0) setMessage({ kind: 'nothing-new', plan });
      else setPending(plan);
    } catch {
      setMessage({ kind: 'error', error: 'check-failed' });
    }
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t('data.heading')}</h2>
      <p>{t('data.exportHelp')}</p>
      <p>
        <button type="button" className="button" onClick={downloadProgress}>
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
        <input
          id="progress-file"
          type="file"
          className="file-input"
          accept="application/json,.json"
          aria-describedby="progress-file-help"
          onChange={readFile}
        />
      </p>
      <div role="status" aria-live="polite">
        {message?.kind === 'ok' && (
          <div className="notice">
            <p>{t('data.imported', { count: message.plan.added })}</p>
            <PlanLines plan={message.plan} />
          </div>
        )}
        {message?.kind === 'nothing-new' && (
          <div className="notice">
            <p>{t('data.nothingNew')}</p>
            <PlanLines plan={message.plan} />
          </div>
        )}
      </div>
      {message?.kind === 'error' && (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>{t('data.importFailed')}</strong>
          </p>
          <p>{t(`data.errors.${message.error}`)}</p>
        </div>
      )}
      {setAside.count > 0 && (
        <>
          <p>{t('data.setAsideHelp', { count: setAside.count })}</p>
          <p>
            <button type="button" className="button button-secondary" onClick={downloadSetAside}>
              {t('data.setAsideDownload')}
            </button>
          </p>
        </>
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
        tone="plain"
        confirmLabel={t('data.confirmImport')}
        cancelLabel={t('data.cancel')}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (!pending) return;
          const plan = pending;
          useProgressStore.setState((state) => addImported(progressOf(state), plan.progress));
          setMessage({ kind: 'ok', plan: pending });
          setPending(null);
        }}
      >
        {pending && (
          <>
            <p>
              {t('data.importConfirm', { count: pending.attempts })} {t('data.importAdds', { count: pending.added })}
              {pending.alreadyHere > 0 && <> {t('data.importAlreadyHere', { count: pending.alreadyHere })}</>}
            </p>
            <PlanLines plan={pending} />
            {pending.newLatest > 0 && <p>{t('data.importLatest', { count: pending.newLatest })}</p>}
          </>
        )}
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
