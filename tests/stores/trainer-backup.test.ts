import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { adoptTrainerKey, exportTrainerKey, fingerprintOf, getOrCreateTrainerKey, memoryKeyStore, signBytes, verifySignature } from '../../src/integrations/signing';
import { readTrainerBackup, writeTrainerBackup } from '../../src/stores/trainer-backup';
import type { ImportedResult, MadeAssignment } from '../../src/stores/trainer-store';
import { makeAssignment, signAssignment } from '../support/assignments';

async function made(): Promise<MadeAssignment> {
  const signed = await signAssignment(makeAssignment());
  return { code: signed.code, signed, createdAt: '2026-01-01T00:00:00.000Z', expected: ['Ada'] };
}

const result: ImportedResult = { id: 'r1', source: 'ada.json', via: 'file', learner: 'Ada', attempts: [], importedAt: '2026-02-02T10:00:00.000Z', flag: null };

describe('the trainer backup file', { timeout: 60_000 }, () => {
  it('carries assignments, results and the key to another browser, where the key signs as before', async () => {
    const mine = await made();
    const id = mine.signed.assignment.id;
    const key = await getOrCreateTrainerKey(memoryKeyStore());
    const exported = await exportTrainerKey(key);
    if (!exported) throw new Error('a new key can be exported');
    const read = readTrainerBackup(writeTrainerBackup({ assignments: { [id]: mine }, results: { [id]: [result] } }, exported));
    if (!read.ok) throw new Error(read.error);
    expect(read.value.data.assignments[id]?.signed.assignment).toEqual(mine.signed.assignment);
    expect(read.value.data.results[id]).toEqual([result]);
    expect(read.value.unreadable).toBe(0);
    const adopted = await adoptTrainerKey(read.value.key ?? exported);
    expect(adopted.fingerprint).toBe(await fingerprintOf(key.publicKey));
    const bytes = new TextEncoder().encode('opdracht');
    expect(await verifySignature(key.publicKey, bytes, await signBytes(adopted, bytes))).toBe('valid');
    expect((await getOrCreateTrainerKey()).publicKey).toBe(key.publicKey);
  });

  it('refuses a key whose halves do not belong together, and reads the rest record by record', async () => {
    const mine = await made();
    const id = mine.signed.assignment.id;
    const a = await exportTrainerKey(await getOrCreateTrainerKey(memoryKeyStore()));
    const b = await exportTrainerKey(await getOrCreateTrainerKey(memoryKeyStore()));
    if (!a || !b) throw new Error('new keys can be exported');
    await expect(adoptTrainerKey({ ...a, publicKey: b.publicKey })).rejects.toThrow();
    const text = writeTrainerBackup({ assignments: { [id]: mine }, results: { [id]: [result, { ...result, id: 'r2', flag: 'not-a-flag' as never }] } }, undefined);
    const read = readTrainerBackup(text);
    expect(read.ok && [read.value.unreadable, read.value.data.results[id]?.length]).toEqual([1, 1]);
    expect(readTrainerBackup('{"format":"signaal-trainer-backup","version":2,"savedAt":"x","data":{}}')).toEqual({ ok: false, error: 'newer-version' });
    expect(readTrainerBackup('{"format":"signaal-result"}')).toEqual({ ok: false, error: 'not-a-backup' });
  });
});
