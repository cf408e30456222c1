import { useSettingsStore } from './settings-store';

/**
 * Everything Signaal keeps in this browser, in one place (the privacy page and the erase
 * confirmation describe these). Erasing goes by prefix, so a key left off this list still goes;
 * a test checks that every key and database the code names is listed here.
 */
export const STORED_KEYS = {
  'signaal.settings': 'the chosen language and sector',
  'signaal.progress': "the learner's progress: answers of cases in progress and finished",
  'signaal.assignments': 'assignments the learner opened',
  'signaal.assignments.set-aside': 'opened assignments that could not be read, kept aside rather than wiped',
  'signaal.trainer': "the trainer's assignments, expected participants and imported results",
  'signaal.trainer.set-aside': 'trainer records that could not be read, kept aside rather than wiped',
  'signaal.lrs-outbox': 'statements waiting to be sent to an LRS',
  'signaal.lrs-pseudonym': 'the pseudonym sent to an LRS instead of a name',
  'signaal.lrs-hosts-confirmed': 'LRS addresses the learner agreed to send results to',
} as const;

/** Signaal's IndexedDB databases: `signaal-keys` holds the trainer's signing key. */
export const STORED_DATABASES = ['signaal-keys'] as const;

// Every key above starts with this prefix, every database with the other.
const PREFIX = 'signaal.';
const DATABASE_PREFIX = 'signaal';

/** Removes every localStorage key Signaal stored in this browser; returns the keys removed. */
export function eraseStoredData(storage: Storage = localStorage) {
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
    (key): key is string => key !== null && key.startsWith(PREFIX),
  );
  keys.forEach((key) => storage.removeItem(key));
  return keys;
}

const deleted = (factory: IDBFactory, name: string) =>
  new Promise<void>((resolve) => {
    const request = factory.deleteDatabase(name);
    // Blocked: another tab holds it open; the browser deletes it once that tab lets go.
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });

/** Deletes Signaal's IndexedDB databases (the trainer's key); returns their names. */
export async function eraseDatabases(factory: IDBFactory | undefined = globalThis.indexedDB) {
  if (!factory) return [];
  const listed = typeof factory.databases === 'function' ? await factory.databases().catch(() => undefined) : undefined;
  const names = listed ? listed.flatMap((db) => (db.name?.startsWith(DATABASE_PREFIX) ? [db.name] : [])) : [...STORED_DATABASES];
  await Promise.all(names.map((name) => deleted(factory, name)));
  return names;
}

/**
 * Deletes the offline copy of this Signaal (the service worker's caches for this folder) and
 * unregisters its service worker, which installs afresh the next time Signaal is opened. Caches
 * of other sites or folders on the same host are left alone. Returns the caches deleted.
 */
export async function eraseOfflineCopy(
  scope: string = new URL('./', document.baseURI).href,
  cacheStorage: CacheStorage | undefined = globalThis.caches,
  workers: ServiceWorkerContainer | undefined = globalThis.navigator?.serviceWorker,
) {
  const registration = await workers?.getRegistration(scope).catch(() => undefined);
  await registration?.unregister().catch(() => false);
  if (!cacheStorage) return [];
  const names = (await cacheStorage.keys()).filter((name) => name.includes(scope));
  await Promise.all(names.map((name) => cacheStorage.delete(name)));
  return names;
}

/**
 * Erases everything Signaal stored in this browser — progress, settings, opened assignments, the
 * trainer's key and data, statements waiting for an LRS, the offline copy — except the chosen
 * language, which is stored again so the learner is not switched to Dutch.
 */
export async function eraseEverything({ storage = localStorage, databases = globalThis.indexedDB as IDBFactory | undefined, offline = eraseOfflineCopy } = {}) {
  const { locale } = useSettingsStore.getState();
  const keys = eraseStoredData(storage);
  useSettingsStore.setState({ locale, sector: null });
  const [names, caches] = await Promise.all([eraseDatabases(databases), offline().catch(() => [])]);
  return { keys, databases: names, caches };
}
