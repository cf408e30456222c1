import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import enLms from '../../../content/locales/en/lms.json';
import nlLms from '../../../content/locales/nl/lms.json';
import { useLazyNamespace } from '../../i18n/lazy-namespace';
import { useConnectionStore } from './connection-store';

const bundles = { nl: nlLms, en: enLms };

/** Asks the learner whether their results may go to a host this launch names; nothing is sent before. */
function HostQuestion({ host, answer }: { host: string; answer: (yes: boolean) => void }) {
  const { t } = useTranslation('lms');
  return (
    <section className="notice notice-warning" aria-labelledby="lrs-host-question" aria-describedby="lrs-host-explain">
      <p id="lrs-host-question">
        <strong>{t('confirm.question', { host })}</strong>
      </p>
      <p id="lrs-host-explain">{t('confirm.explain', { host })}</p>
      <p>
        <button type="button" className="button" onClick={() => answer(true)}>
          {t('confirm.yes', { host })}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={() => answer(false)}>
          {t('confirm.no')}
        </button>
      </p>
    </section>
  );
}

/**
 * Tells the learner what they must know about where their results go: a host to confirm, a
 * launch that cannot be tracked (and why), an LMS or LRS that cannot be reached or refuses.
 */
export function LearningSystemNotice() {
  useLazyNamespace('lms', bundles);
  const { t } = useTranslation('lms');
  const { lms, untracked, confirm, lrsRefusing, left } = useConnectionStore();
  if (confirm) return <HostQuestion host={confirm.host} answer={confirm.answer} />;
  const message = untracked
    ? t(`untracked.${untracked}`)
    : lms === 'unreachable' || lms === 'refusing'
      ? t(lms)
      : lrsRefusing
        ? t('lrsRefusing')
        : null;
  return (
    <>
      {message && (
        <div className="notice notice-warning" role="alert">
          <p>{message}</p>
        </div>
      )}
      {left && (
        <div className="notice" role="status">
          <p>{t('exit.left')}</p>
        </div>
      )}
    </>
  );
}

/** The exit control of a cmi5 launch: ends the session, delivers what waits, returns to the LMS. */
function ExitControl({ leave }: { leave: () => Promise<void> }) {
  const { t } = useTranslation('lms');
  const [leaving, setLeaving] = useState(false);
  return (
    <p>
      <button
        type="button"
        className="button button-secondary"
        disabled={leaving}
        onClick={() => {
          setLeaving(true);
          void leave();
        }}
      >
        {t('exit.button')}
      </button>
      {leaving && <span role="status"> {t('exit.leaving')}</span>}
    </p>
  );
}

/** Says where the learner's results go, in place of "only in this browser". */
export function LearningSystemFooter() {
  useLazyNamespace('lms', bundles);
  const { t } = useTranslation('lms');
  const { lms, lrsHost, waiting, untracked, exit } = useConnectionStore();
  // One fixed sentence while anything waits, so a screen reader announces it once, not per statement.
  return (
    <>
      <div role="status">
        {lms === 'connected' && <p>{t('reporting.lms')}</p>}
        {lrsHost && !untracked && <p>{t('reporting.lrs', { host: lrsHost })}</p>}
        {waiting > 0 && <p>{t('waiting')}</p>}
      </div>
      {exit && <ExitControl leave={exit.leave} />}
    </>
  );
}
