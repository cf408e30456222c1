import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { indexedDbKeyStore } from '../../src/integrations/signing/key-store';
import { STORED_DATABASES, STORED_KEYS, eraseDatabases, eraseEverything, eraseOfflineCopy, eraseStoredData } from '../../src/stores/erase-everything';
import { useSettingsStore } from '../../src/stores/settings-store';

const open = (factory: IDBFactory, name: string) =>
  new Promise<void>((resolve, reject) => {
    const request = factory.open(name, 1);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });

const names = async (factory: IDBFactory) => (await factory.databases()).map((db) => db.name).sort();

/** Cache storage holding the given caches. */
function cacheStorage(initial: string[]) {
  const held = new Set(initial);
  return {
    held,
    storage: {
      keys: async () => [...held],
      delete: async (name: string) => held.delete(name),
    } as unknown as CacheStorage,
  };
}

describe('erasing everything', () => {
  it("removes every key of Signaal's and nothing of anyone else's", () => {
    localStorage.setItem('signaal.progress', '{}');
    localStorage.setItem('signaal.settings', '{}');
    localStorage.setItem('other-app', 'keep');
    expect(eraseStoredData().sort()).toEqual(['signaal.progress', 'signaal.settings']);
    expect(localStorage.getItem('signaal.progress')).toBeNull();
    expect(localStorage.getItem('other-app')).toBe('keep');
  });

  it("deletes Signaal's databases, the trainer's key among them, and leaves other databases alone", async () => {
    const factory = new IDBFactory();
    vi.stubGlobal('indexedDB', factory);
    const keys = indexedDbKeyStore();
    const key = await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
    await keys.keep({ privateKey: (key as CryptoKeyPair).privateKey, publicKey: 'x'.repeat(43), createdAt: '2025-01-01' });
    await open(factory, 'someone-else');
    expect(await names(factory)).toEqual(['signaal-keys', 'someone-else']);
    expect(await eraseDatabases(factory)).toEqual(['signaal-keys']);
    expect(await names(factory)).toEqual(['someone-else']);
    expect(await keys.read()).toBeUndefined();
    vi.unstubAllGlobals();
  });

  it('deletes the key database by name in a browser that cannot list its databases', async () => {
    const factory = new IDBFactory();
    await open(factory, 'signaal-keys');
    const blind = { deleteDatabase: (name: string) => factory.deleteDatabase(name) } as unknown as IDBFactory;
    expect(await eraseDatabases(blind)).toEqual(['signaal-keys']);
    expect(await names(factory)).toEqual([]);
  });

  it('deletes the offline copy of this Signaal and unregisters its worker, not the caches of other folders', async () => {
    const scope = 'https://host.example/signaal/';
    const { held, storage } = cacheStorage([`workbox-precache-v2-${scope}`, 'workbox-precache-v2-https://host.example/other/']);
    const unregister = vi.fn(async () => true);
    const workers = { getRegistration: vi.fn(async () => ({ unregister })) } as unknown as ServiceWorkerContainer;
    expect(await eraseOfflineCopy(scope, storage, workers)).toEqual([`workbox-precache-v2-${scope}`]);
    expect([...held]).toEqual(['workbox-precache-v2-https://host.example/other/']);
    expect(workers.getRegistration).toHaveBeenCalledWith(scope);
    expect(unregister).toHaveBeenCalled();
  });

  it('keeps the chosen language and nothing else', async () => {
    useSettingsStore.setState({ locale: 'en', sector: 'care' });
    localStorage.setItem('signaal.progress', '{"state":{}}');
    localStorage.setItem('signaal.trainer', '{}');
    localStorage.setItem('signaal.lrs-outbox', '{}');
    localStorage.setItem('signaal.lrs-pseudonym', 'abc');
    localStorage.setItem('signaal.assignments', '{}');
    const factory = new IDBFactory();
    await open(factory, 'signaal-keys');
    const offline = vi.fn(async () => ['workbox-precache-v2-x']);
    const erased = await eraseEverything({ databases: factory, offline });
    expect(erased.keys).toEqual(expect.arrayContaining(['signaal.progress', 'signaal.trainer', 'signaal.lrs-outbox', 'signaal.lrs-pseudonym', 'signaal.assignments']));
    expect(erased).toMatchObject({ databases: ['signaal-keys'], caches: ['workbox-precache-v2-x'] });
    expect(Object.keys(localStorage)).toEqual(['signaal.settings']);
    expect(JSON.parse(localStorage.getItem('signaal.settings') ?? '')).toMatchObject({ state: { locale: 'en', sector: null } });
    expect(useSettingsStore.getState()).toMatchObject({ locale: 'en', sector: null });
    expect(await names(factory)).toEqual([]);
  });
});

describe('the list of what Signaal stores', () => {
  const sources = () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file));
    return files.map((file) => readFileSync(join('src', file), 'utf8'));
  };

  it('names every storage key and database the code uses, so the erase confirmation can name what goes', () => {
    const text = sources().join('\n');
    const keys = new Set([...text.matchAll(/['"`](signaal\.[a-z-]+)['"`]/g)].map((m) => m[1]));
    // Stores that keep unreadable records aside do so under `<key>.set-aside`.
    const asideStores = [...text.matchAll(/keepAside\([^,]+,\s*([A-Z_]+)/g)].map((m) => m[1]);
    const keyOf = (constant: string | undefined) => text.match(new RegExp(`${constant} = '(signaal\\.[a-z-]+)'`))?.[1];
    asideStores.forEach((constant) => keys.add(`${keyOf(constant) ?? constant}.set-aside`));
    const databases = new Set([...text.matchAll(/const DB = '([^']+)'/g)].map((m) => m[1]));
    expect(keys.size).toBeGreaterThanOrEqual(7);
    expect([...keys].filter((key) => key === undefined || !(key in STORED_KEYS))).toEqual([]);
    expect(databases.size).toBeGreaterThanOrEqual(1);
    expect([...databases].filter((name) => !(STORED_DATABASES as readonly (string | undefined)[]).includes(name))).toEqual([]);
  });

  it('erases every listed key', () => {
    Object.keys(STORED_KEYS).forEach((key) => localStorage.setItem(key, '{}'));
    expect(eraseStoredData().sort()).toEqual(Object.keys(STORED_KEYS).sort());
  });
});
