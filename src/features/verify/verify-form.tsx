import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readCertificateInput, type CertificateInput, type CertificateInputError } from '../../records/certificate.file';
import type { CertificateCodeError } from '../../records/certificate.codec';

export type InputError = CertificateInputError | Exclude<CertificateCodeError, 'altered'> | 'file-unreadable' | 'certificate-number';

// A certificate number as printed ("7KQ3M-9XPA2", Crockford base32): what people type from paper.
const CERTIFICATE_NUMBER = /^[0-9A-HJKMNP-TV-Z]{5}[\s-]?[0-9A-HJKMNP-TV-Z]{5}$/i;

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
  const [error, setError] = useState<{ error: InputError; from: 'text' | 'file' } | undefined>();
  const shown = error ?? (refused ? { error: refused, from: 'text' as const } : undefined);
  const textError = shown?.from === 'text' ? shown.error : undefined;
  const fileError = shown?.from === 'file' ? shown.error : undefined;

  const take = (value: string, from: 'text' | 'file') => {
    if (CERTIFICATE_NUMBER.test(value.trim())) {
      setError({ error: 'certificate-number', from });
      return;
    }
    const read = readCertificateInput(value);
    if (read.ok) {
      setError(undefined);
      onCheck(read.value);
    } else setError({ error: read.error, from });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    take(text, 'text');
  };
  const readFile = (file: File | undefined) => {
    if (!file) return;
    file.text().then(
      (content) => take(content, 'file'),
      () => setError({ error: 'file-unreadable', from: 'file' }),
    );
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
          aria-invalid={textError ? true : undefined}
          aria-describedby={textError ? `${id}-error` : undefined}
          onChange={(event) => setText(event.target.value)}
        />
      </p>
      {textError && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t(`errors.${textError}`)}
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
        <span id={`${id}-file-hint`} className="small">
          {t('dropHint')}
        </span>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json,text/plain"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={`${id}-file-hint${fileError ? ` ${id}-file-error` : ''}`}
          onChange={(event) => {
            readFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </p>
      {fileError && (
        <p id={`${id}-file-error`} className="field-error" role="alert">
          {t(`errors.${fileError}`)}
        </p>
      )}
    </form>
  );
}
