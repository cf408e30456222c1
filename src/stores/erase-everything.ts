// Every key Signaal keeps in this browser starts with this prefix.
const PREFIX = 'signaal.';

/** Removes everything Signaal stored in this browser (progress, settings, active assignment). */
export function eraseStoredData(storage: Storage = localStorage) {
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
    (key): key is string => key !== null && key.startsWith(PREFIX),
  );
  keys.forEach((key) => storage.removeItem(key));
  return keys.length;
}
