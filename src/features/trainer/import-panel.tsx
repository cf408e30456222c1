import { useId, useState, type DragEvent } from 'react';
import { findResultCodes } from './find-result-codes';
import { useTrainerStrings } from './use-trainer-strings';

type Props = { busy: boolean; onFiles: (files: File[]) => void; onCodes: (codes: string[]) => void };

/** Bringing results in: drop files, pick them (many at once), or paste short result codes. */
export function ImportPanel({ busy, onFiles, onCodes }: Props) {
  const { t } = useTrainerStrings();
  const id = useId();
  const [over, setOver] = useState(false);
  const [codes, setCodes] = useState('');
  const [nothing, setNothing] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0 && !busy) onFiles(files);
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="import-panel">
      <h2 id={`${id}-heading`}>{t('import.heading')}</h2>
      <div
        className={`drop-zone${over ? ' drop-zone-over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <p>{t('import.drop')}</p>
        <label htmlFor={`${id}-files`} className="file-label">
          {t('import.choose')}
        </label>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) onFiles(files);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-codes`}>{t('import.codes')}</label>
        <p id={`${id}-codes-hint`} className="hint">
          {t('import.codesHint')}
        </p>
        {nothing && (
          <p id={`${id}-codes-error`} className="field-error">
            {t('import.noCodes')}
          </p>
        )}
        <textarea
          id={`${id}-codes`}
          className="code-field"
          rows={5}
          value={codes}
          aria-invalid={nothing ? true : undefined}
          aria-describedby={nothing ? `${id}-codes-hint ${id}-codes-error` : `${id}-codes-hint`}
          onChange={(event) => setCodes(event.target.value)}
        />
      </div>
      <p className="actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => {
            const found = findResultCodes(codes);
            const all = [...found.codes, ...found.damaged];
            if (all.length === 0) {
              setNothing(codes.trim() !== '');
              return;
            }
            setNothing(false);
            onCodes(all);
            setCodes('');
          }}
        >
          {t('import.addCodes')}
        </button>
      </p>
    </section>
  );
}
