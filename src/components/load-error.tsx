import { useTranslation } from 'react-i18next';

/** A clear, recoverable error: what happened and a way to try again. */
export function LoadError({ onRetry, message }: { onRetry: () => void; message?: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <h2>{t('status.errorHeading')}</h2>
      <p>{message ?? t('status.errorBody')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('status.retry')}
      </button>
    </div>
  );
}
