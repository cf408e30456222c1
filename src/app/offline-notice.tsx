import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useServiceWorkerStatus } from './service-worker-status';

const subscribe = (onChange: () => void) => {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
};

/** Tells a learner who loses the connection whether Signaal keeps working, and that progress is kept. */
export function OfflineNotice() {
  const { t } = useTranslation('offline');
  const online = useSyncExternalStore(subscribe, () => navigator.onLine, () => true);
  const { offlineReady } = useServiceWorkerStatus();
  return <div aria-live="polite">{!online && <p className="notice">{t(offlineReady ? 'offline.ready' : 'offline.partial')}</p>}</div>;
}
