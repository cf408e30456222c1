import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readCertificateInput, type CertificateInput, type CertificateInputError } from '../../content/records/certificate.file';
import type { CertificateCodeError } from '../../content/records/certificate.codec';

export type InputError = CertificateInputError | Exclude<CertificateCodeError, 'altered'> | 'file-unreadable';

type Props = {
  /** A refusal of the code checked last, shown at the field. */
  refused?: InputError;
  onCheck: (input: CertificateInput) => void;
};

/** Paste a code or a link, or choose or drop the certificate's data file or badge. */
export function VerifyForm({ refused, onCheck }: Props) {
  const { t } = useTranslation('verify');
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<InputError | undefined>();
  const shown = error ?? refused;

  const take = (value: string) => {
    const read = readCertificateInput(value);
    if (read.ok) {
      setError(undefined);
      onCheck(read.value);
    } else setError(read.error);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    take(text);
  };
  const readFile = (file: File | undefined) => {
    if (!file) return;
    file.text().then(take, () => setError('file-unreadable'));
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    readFile(event.dataTransfer.files[0]);
  };

  return (
    <form className="verify-form" onSubmit={submit} onDragOver={(event) => event.preventDefault()} onDrop={drop} noValidate>
      <p>
        <label className="field-label" htmlFor={`${id}-code`}>
          {t('codeLabel')}
        </label>
        <textarea
          id={`${id}-code`}
          className="text-input code-input"
          rows={3}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          value={text}
          aria-invalid={shown ? true : undefined}
          aria-describedby={shown ? `${id}-error` : undefined}
          onChange={(event) => setText(event.target.value)}
        />
      </p>
      {shown && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t(`errors.${shown}`)}
        </p>
      )}
      <p>
        <button type="submit" className="button">
          {t('check')}
        </button>
      </p>
      <p>
        <label className="field-label" htmlFor={`${id}-file`}>
          {t('fileLabel')}
        </label>
        <span className="small">{t('dropHint')}</span>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json,text/plain"
          onChange={(event) => {
            readFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </p>
    </form>
  );
}
