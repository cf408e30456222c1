import { useTranslation } from 'react-i18next';
import { NEUTRAL_URL, QUICK_EXIT_ATTRIBUTE } from './leave-no-trace';

/**
 * The quick exit on every screen: a link to a neutral page, so it leaves even before any script
 * has loaded. The leave-no-trace script (leave-no-trace.ts) makes it replace Signaal in the tab's
 * history and hide it at once, and gives Escape the same effect.
 */
export function QuickExit() {
  const { t } = useTranslation();
  return (
    <>
      <a className="quick-exit" href={NEUTRAL_URL} rel="noreferrer" aria-describedby="quick-exit-hint" {...{ [QUICK_EXIT_ATTRIBUTE]: '' }}>
        {t('quickExit.label')}
      </a>
      <span id="quick-exit-hint" className="visually-hidden">
        {t('quickExit.hint')}
      </span>
    </>
  );
}
