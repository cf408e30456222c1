import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServiceWorkerStatus } from './service-worker-status';

/**
 * Offers a new version once it is downloaded and waiting. Nothing switches until the learner
 * chooses to: the reload that follows keeps progress, which is saved after every step.
 */
export function UpdatePrompt() {
  const { t } = useTranslation('offline');
  const { update } = useServiceWorkerStatus();
  const [later, setLater] = useState(false);
  const shown = update.status !== 'none' && !later;
  return (
    // The live region stays in the page, so a screen reader announces the prompt when it appears.
    <div aria-live="polite">
      {shown && (
        <div className="notice update-prompt">
          <p>
            <strong>{t('update.heading')}</strong>
          </p>
          <p>{t('update.body')}</p>
          <p className="actions">
            <button
              type="button"
              className="button"
              aria-disabled={update.status === 'applying'}
              onClick={update.status === 'waiting' ? update.apply : undefined}
            >
              {update.status === 'applying' ? t('update.applying') : t('update.apply')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setLater(true)}>
              {t('update.later')}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
