import { lazy, Suspense } from 'react';
import { useProgressStore } from '../../stores/progress-store';

// The notice's words and downloads are fetched only when there is something to say: most visits
// have nothing, and the first page stays light. A chunk that cannot load never breaks the page.
const Panel = lazy(() =>
  import('./storage-notice-panel').then(
    (m) => ({ default: m.StorageNoticePanel }),
    () => ({ default: () => null }),
  ),
);

/** On every screen: what happened to the learner's stored progress, when anything did. */
export function StorageNotice() {
  const notice = useProgressStore((s) => s.notice);
  if (notice === null) return null;
  return (
    <Suspense fallback={null}>
      <Panel />
    </Suspense>
  );
}
