import { downloadFile } from '../../components/download-file';
import { encodeProgressFile, encodeSetAsideFile, progressSetAside } from '../../stores/progress-file';
import { useProgressStore } from '../../stores/progress-store';

const today = () => new Date();
const day = (date: Date) => date.toISOString().slice(0, 10);

/** Downloads the progress this tab holds (also what could not be saved) as a progress file. */
export function downloadProgress() {
  const { inProgress, completed } = useProgressStore.getState();
  const now = today();
  downloadFile(`signaal-voortgang-${day(now)}.json`, encodeProgressFile({ inProgress, completed }, now));
}

/** Downloads what was kept aside from stored progress because it could not be read. */
export function downloadSetAside() {
  const now = today();
  downloadFile(`signaal-apart-bewaard-${day(now)}.json`, encodeSetAsideFile(progressSetAside(), now));
}
