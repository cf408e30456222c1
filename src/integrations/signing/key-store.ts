/** What is kept of the trainer's key: the private key as a CryptoKey, never as text in storage. */
export type StoredKey = { privateKey: CryptoKey; publicKey: string; createdAt: string };

/** Where the trainer's key lives; IndexedDB in the browser, memory in tests that want it. */
export type KeyStore = {
  read: () => Promise<StoredKey | undefined>;
  /** Stores the key unless one exists already, and returns whichever is stored. */
  keep: (key: StoredKey) => Promise<StoredKey>;
  /** Stores this key in place of any other (a key read from the trainer's backup). */
  replace: (key: StoredKey) => Promise<void>;
  /** Removes the key from this store. */
  forget: () => Promise<void>;
};

const DB = 'signaal-keys';
const STORE = 'keys';
const SLOT = 'trainer';

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

function open(): Promise<IDBDatabase> {
  const request = indexedDB.open(DB, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE);
  return done(request);
}

const isStoredKey = (value: unknown): value is StoredKey =>
  typeof value === 'object' &&
  value !== null &&
  'privateKey' in value &&
  value.privateKey instanceof CryptoKey &&
  'publicKey' in value &&
  typeof value.publicKey === 'string' &&
  'createdAt' in value &&
  typeof value.createdAt === 'string';

/**
 * IndexedDB can hold a CryptoKey by structured clone without ever exporting it, which is why the
 * key lives there and not in localStorage.
 */
export function indexedDbKeyStore(): KeyStore {
  return {
    async read() {
      const db = await open();
      try {
        const value: unknown = await done(db.transaction(STORE).objectStore(STORE).get(SLOT));
        return isStoredKey(value) ? value : undefined;
      } finally {
        db.close();
      }
    },
    async keep(key) {
      const db = await open();
      try {
        const store = db.transaction(STORE, 'readwrite').objectStore(STORE);
        const existing: unknown = await done(store.get(SLOT));
        if (isStoredKey(existing)) return existing;
        // add() fails if another tab stored a key in between: then that one wins.
        await done(store.add(key, SLOT)).catch(() => undefined);
        const stored: unknown = await done(db.transaction(STORE).objectStore(STORE).get(SLOT));
        if (!isStoredKey(stored)) throw new Error('the key could not be stored');
        return stored;
      } finally {
        db.close();
      }
    },
    async replace(key) {
      const db = await open();
      try {
        await done(db.transaction(STORE, 'readwrite').objectStore(STORE).put(key, SLOT));
      } finally {
        db.close();
      }
    },
    async forget() {
      const db = await open();
      try {
        await done(db.transaction(STORE, 'readwrite').objectStore(STORE).delete(SLOT));
      } finally {
        db.close();
      }
    },
  };
}

/** A store in memory: for tests, and never used by the app. */
export function memoryKeyStore(): KeyStore {
  let kept: StoredKey | undefined;
  return {
    read: async () => kept,
    keep: async (key) => (kept ??= key),
    replace: async (key) => {
      kept = key;
    },
    forget: async () => {
      kept = undefined;
    },
  };
}
