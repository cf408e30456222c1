import { useSettingsStore } from './settings-store';

// Every localStorage key Signaal keeps starts with this prefix (progress, settings, assignments,
// trainer data, the LRS outbox and pseudonym), and every IndexedDB database with this name
// (signaal-keys: the trainer's signing key).
const PREFIX = 'signaal.';
const DATABASE_PREFIX = 'signaal';
// For browsers that cannot list their databases.
const KNOWN_DATABASES = ['signaal-keys'];

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
  const names = listed ? listed.flatMap((db) => (db.name?.startsWith(DATABASE_PREFIX) ? [db.name] : [])) : KNOWN_DATABASES;
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
