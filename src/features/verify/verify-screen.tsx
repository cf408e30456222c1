import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useFocusHeading } from '../../components/use-focus-heading';
import type { CertificateInput } from '../../records/certificate.file';
import { useLazyNamespace } from '../../i18n/lazy-namespace';
import { useVerification } from './use-verification';
import { AlteredResult, VerificationResult } from './verification-result';
import { VerifyForm } from './verify-form';
import { verifyStrings } from './verify-strings';

type Props = {
  focusOnMount: boolean;
  /** The code from the link, as a QR code on a certificate opens it. */
  code?: string;
  /** Opens the link of a code, so that what was checked can be shared and reloaded. */
  onCheckCode: (code: string) => void;
};

/**
 * The verify page: anyone checks a certificate by its code, its link, its data file or its badge.
 * Scores are recomputed from the recorded answers; nothing leaves the browser.
 */
export function VerifyScreen({ focusOnMount, code, onCheckCode }: Props) {
  useLazyNamespace('verify', verifyStrings);
  const { t } = useTranslation('verify');
  const heading = useFocusHeading<HTMLHeadingElement>('verify', focusOnMount && !code);
  const fromLink = useMemo<CertificateInput | undefined>(() => (code ? { code } : undefined), [code]);
  const [dropped, setDropped] = useState<CertificateInput | undefined>();
  const [attempt, setAttempt] = useState(0);
  const input = dropped ?? fromLink;
  const state = useVerification(input, attempt);
  const [checkedBefore, setCheckedBefore] = useState(false);

  const check = (next: CertificateInput) => {
    setCheckedBefore(true);
    // A badge has to travel with its code, so it is checked here; a bare code gets its own link.
    if (next.badge || next.code === code) setDropped(next);
    else onCheckCode(next.code);
  };

  const refused = state.status === 'done' && state.result.kind === 'refused' ? state.result.error : undefined;
  const focusResult = focusOnMount || checkedBefore;
  return (
    <section aria-labelledby="verify-heading" className="verify">
      <h1 id="verify-heading" ref={heading} tabIndex={-1}>
        {t('heading')}
      </h1>
      {state.status === 'checking' && <Loading label={t('checking')} />}
      {state.status === 'error' && <LoadError onRetry={() => setAttempt((n) => n + 1)} />}
      {state.status === 'done' && state.result.kind === 'checked' && <VerificationResult result={state.result} focus={focusResult} />}
      {refused === 'altered' && <AlteredResult focus={focusResult} />}
      <section aria-labelledby="verify-form-heading" className="verify-input">
        <h2 id="verify-form-heading" className={input ? undefined : 'visually-hidden'}>
          {input ? t('another') : t('heading')}
        </h2>
        <p>{t('intro')}</p>
        <VerifyForm {...(refused && refused !== 'altered' ? { refused } : {})} onCheck={check} />
      </section>
    </section>
  );
}
