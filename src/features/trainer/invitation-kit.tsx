import { useId, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { formatDate } from '../../components/format-date';
import type { Assignment } from '../../records';
import { LOCALES, type Locale } from '../../engine';
import { useTrainerStrings } from './use-trainer-strings';

type Invitation = { assignment: Assignment; link: string; fingerprint: string; lrsHost?: string };

/** The ready text of an invitation in one language: what, the link, the check code, the due date, how to send results. */
export function invitationText({ assignment, link, fingerprint, lrsHost }: Invitation, t: TFunction<'trainer'>, locale: Locale): string {
  const from = [assignment.trainer, assignment.organisation].filter(Boolean).join(', ');
  const parts = [
    t('invite.text.greeting'),
    t('invite.text.what', { title: assignment.title, count: assignment.scenarios.length }),
    assignment.due ? t('invite.text.due', { date: formatDate(assignment.due, locale) }) : '',
    `${t('invite.text.link')}\n${link}`,
    t('invite.text.checkCode', { fingerprint }),
    lrsHost ? t('invite.text.returnLrs', { host: lrsHost }) : t('invite.text.return'),
    t('invite.text.privacy'),
    from ? t('invite.text.from', { from }) : t('invite.text.fromNobody'),
  ];
  return parts.filter(Boolean).join('\n\n');
}

/** The invitation kit: ready texts in Dutch and English to copy into an e-mail or a chat. */
export function InvitationKit(invitation: Invitation) {
  const { t, i18n } = useTrainerStrings();
  const id = useId();
  const fields = useRef<Partial<Record<Locale, HTMLTextAreaElement | null>>>({});
  const [status, setStatus] = useState('');
  const copy = async (locale: Locale, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('invite.copied', { language: t(`invite.language.${locale}`) }));
    } catch {
      fields.current[locale]?.select();
      setStatus(t('share.copyYourself'));
    }
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="invitation-kit no-print">
      <h2 id={`${id}-heading`}>{t('invite.heading')}</h2>
      <p>{t('invite.intro')}</p>
      {LOCALES.map((locale) => {
        const text = invitationText(invitation, i18n.getFixedT(locale, 'trainer'), locale);
        return (
          <div key={locale} className="field">
            <label htmlFor={`${id}-${locale}`}>{t('invite.label', { language: t(`invite.language.${locale}`) })}</label>
            <textarea
              ref={(node) => {
                fields.current[locale] = node;
              }}
              id={`${id}-${locale}`}
              lang={locale}
              readOnly
              rows={12}
              value={text}
            />
            <p className="actions">
              <button type="button" className="button button-secondary" onClick={() => void copy(locale, text)}>
                {t('invite.copy', { language: t(`invite.language.${locale}`) })}
              </button>
            </p>
          </div>
        );
      })}
      <p role="status" className="small">
        {status}
      </p>
    </section>
  );
}
