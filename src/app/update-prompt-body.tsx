import { useTranslation } from 'react-i18next';
import enUpdate from '../../content/locales/en/update.json';
import nlUpdate from '../../content/locales/nl/update.json';
import { useLazyNamespace } from '../i18n/lazy-namespace';
import type { UpdateState } from './service-worker-status';

/** The offer itself; a chunk of its own with its words, since most visits never see it. */
export function UpdatePromptBody({ update, onLater }: { update: UpdateState; onLater: () => void }) {
  useLazyNamespace('update', { nl: nlUpdate, en: enUpdate });
  const { t } = useTranslation('update');
  return (
    <div className="notice update-prompt">
      <p>
        <strong>{t('heading')}</strong>
      </p>
      <p>{t('body')}</p>
      <p className="actions">
        <button
          type="button"
          className="button"
          aria-disabled={update.status === 'applying'}
          onClick={update.status === 'waiting' ? update.apply : undefined}
        >
          {update.status === 'applying' ? t('applying') : t('apply')}
        </button>
        <button type="button" className="button button-secondary" onClick={onLater}>
          {t('later')}
        </button>
      </p>
    </div>
  );
}
