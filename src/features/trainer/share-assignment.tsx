import { useId, useRef, useState } from 'react';
import { formatDate } from '../../components/format-date';
import { paths } from '../../components/paths';
import { QrCode } from '../../components/qr-code';
import { useFocusHeading } from '../../components/use-focus-heading';
import { findSummary } from '../../content';
import { toLocale } from '../../i18n/setup-i18n';
import { useTrainerStore } from '../../stores/trainer-store';
import { InvitationKit } from './invitation-kit';
import { UnknownAssignment } from './unknown-assignment';
import { useFingerprint } from './use-fingerprint';
import { useTrainerStrings } from './use-trainer-strings';

/** The full link of an assignment on this very site, wherever it is hosted. */
export const assignmentLink = (code: string) => `${window.location.href.split('#')[0]}${paths.openAssignment(code)}`;

/** Sharing an assignment: the link to copy, and a QR code to print for a staff room wall. */
export function ShareAssignment({ id, focusOnMount }: { id: string; focusOnMount: boolean }) {
  const { t, i18n } = useTrainerStrings();
  const locale = toLocale(i18n.language);
  const fieldId = useId();
  const made = useTrainerStore((s) => s.assignments[id]);
  const heading = useFocusHeading<HTMLHeadingElement>(id, focusOnMount);
  const linkField = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const fingerprint = useFingerprint(made?.signed.publicKey);
  if (!made) return <UnknownAssignment />;
  const a = made.signed.assignment;
  const link = assignmentLink(made.code);
  const from = [a.trainer, a.organisation].filter(Boolean).join(', ');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(t('share.copied'));
    } catch {
      linkField.current?.select();
      setStatus(t('share.copyYourself'));
    }
  };
  return (
    <section aria-labelledby="share-heading" className="share print-sheet">
      <p className="no-print">
        <a href={paths.trainer()}>{t('share.back')}</a>
      </p>
      <p className="eyebrow">{t('share.eyebrow')}</p>
      <h1 id="share-heading" ref={heading} tabIndex={-1}>
        {a.title}
      </h1>
      {from && <p>{t('share.from', { from })}</p>}
      <ul className="share-facts">
        <li>{t('share.vignettes', { count: a.scenarios.length })}</li>
        <li>{t('share.passMark', { passMark: a.passMark })}</li>
        {a.due && <li>{t('share.due', { date: formatDate(a.due, locale) })}</li>}
        <li>
          {t('share.checkCode')} <span className="fingerprint">{fingerprint ?? '…'}</span>
        </li>
      </ul>
      <details className="no-print">
        <summary>{t('share.whichVignettes')}</summary>
        <ul>
          {a.scenarios.map((s) => (
            <li key={s}>{findSummary(s)?.title[locale] ?? s}</li>
          ))}
        </ul>
      </details>
      <div className="qr-block">
        <QrCode text={link} label={t('share.qrLabel', { title: a.title })} errorText={t('share.qrError')} />
        <p className="print-only">{t('share.scan')}</p>
      </div>
      <div className="print-only">
        <p>{t('share.posterCheck', { fingerprint: fingerprint ?? '' })}</p>
        <p>{t('share.posterReturn')}</p>
      </div>
      <div className="field no-print">
        <label htmlFor={`${fieldId}-link`}>{t('share.link')}</label>
        <p id={`${fieldId}-hint`} className="hint">
          {t('share.linkHint')}
        </p>
        <textarea
          ref={linkField}
          id={`${fieldId}-link`}
          className="code-field"
          readOnly
          rows={4}
          value={link}
          aria-describedby={`${fieldId}-hint`}
        />
      </div>
      <p className="actions no-print">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('share.copy')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('share.printPoster')}
        </button>
        <a className="button button-secondary" href={paths.trainerResults(a.id)}>
          {t('share.results')}
        </a>
      </p>
      <p role="status" className="small no-print">
        {status}
      </p>
      <p className="print-only print-link small">{link}</p>
      {fingerprint && <InvitationKit assignment={a} link={link} fingerprint={fingerprint} {...(a.lrs ? { lrsHost: new URL(a.lrs.endpoint).host } : {})} />}
    </section>
  );
}
