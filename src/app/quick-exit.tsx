import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

// A neutral page that raises no questions on a shared screen.
export const NEUTRAL_URL = 'https://www.google.com/search?q=weerbericht';

/**
 * Hides Signaal at once and replaces it in the history with a neutral page, so the back button
 * does not return to it. For learners who may be overlooked by someone they do not want to see it.
 */
export function leaveNow() {
  document.body.style.visibility = 'hidden';
  document.title = '';
  window.location.replace(NEUTRAL_URL);
}

const inDialogOrField = (target: EventTarget | null) =>
  target instanceof Element && target.closest('dialog, input, textarea, select, [role="dialog"]') !== null;

/** A quick-exit button on every screen; Escape does the same anywhere outside dialogs and fields. */
export function QuickExit() {
  const { t } = useTranslation();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || inDialogOrField(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      leaveNow();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <button type="button" className="quick-exit" onClick={leaveNow} title={t('quickExit.hint')} aria-describedby="quick-exit-hint">
      {t('quickExit.label')}
      <span id="quick-exit-hint" className="visually-hidden">
        {t('quickExit.hint')}
      </span>
    </button>
  );
}
