import { describe, expect, it } from 'vitest';
import { fromBase64url, MIN_PASS_MARK, toBase64url } from '../../../src/records';
import { decodeCertificate, encodeCertificate } from '../../../src/records/certificate.codec';
import { buildOpenBadge } from '../../../src/records/certificate.open-badge';
import type { Certificate } from '../../../src/records/certificate.schema';
import { buildCertificate } from '../../../src/features/certificate/build-certificate';
import { countersign, signBadge } from '../../../src/features/certificate/countersign';
import { verifyCertificate } from '../../../src/features/verify/verify-certificate';
import { getOrCreateTrainerKey, memoryKeyStore } from '../../../src/integrations/signing';
import { certifiedVignettes, contentDependencies, playedAttempt } from '../../support/certificates';
import { scoreAttempt } from '../../../src/engine';
import { scenarioById, scenarioCodes } from '../../support/scenario-text';

const hotel = scenarioById('hotel-room-214');
const care = scenarioById('care-gp-employer');
const trainerKey = getOrCreateTrainerKey(memoryKeyStore());
const otherKey = getOrCreateTrainerKey(memoryKeyStore());

function selfPaced(learner = 'Łukasz Wójcik'): Certificate {
  return buildCertificate({ learner, locale: 'nl', passMark: 70, vignettes: certifiedVignettes([hotel, care]), issued: '2025-11-27' });
}

const check = async (certificate: Certificate) => {
  const { code } = await encodeCertificate(certificate, scenarioCodes);
  return verifyCertificate({ code }, contentDependencies);
};

/** Replaces one byte of a code without fixing its checksum, as a hand edit would. */
function editByte(code: string, from: number, change: (byte: number) => number) {
  const bytes = fromBase64url(code);
  if (!bytes) throw new Error('not a code');
  bytes[from] = change(bytes[from] ?? 0);
  return toBase64url(bytes);
}

async function trainerCertificate(): Promise<Certificate> {
  const key = await trainerKey;
  const certificate: Certificate = {
    ...selfPaced('Ольга Петрова'),
    assignment: { title: 'Signalen in het hotel', trainer: 'Şükrü Öztürk', organisation: 'Hotelschool Zuid' },
  };
  return countersign(certificate, key);
}

// Loads vignettes, a font and WebCrypto: room for a busy machine.
describe('verifying a certificate', { timeout: 30_000 }, () => {
  it('a certificate as issued is valid, and every stated score matches the recomputed one', async () => {
    const result = await check(selfPaced());
    if (result.kind !== 'checked') throw new Error(result.error);
    expect(result.verdict).toBe('valid');
    expect(result.attempts.map((a) => a.status)).toEqual(['match', 'match']);
    expect(result.attempts.map((a) => a.recomputed)).toEqual(result.certificate.attempts.map((a) => a.stated));
    expect(result.certificate.learner).toBe('Łukasz Wójcik');
    expect(result.signature).toBeUndefined();
  });

  it('a stated score raised and re-encoded is told apart: the answers do not give that score', async () => {
    const original = selfPaced();
    const raised: Certificate = { ...original, attempts: original.attempts.map((a, i) => (i === 0 ? { ...a, stated: a.stated - 1 } : a)) };
    const result = await check(raised);
    if (result.kind !== 'checked') throw new Error(result.error);
    expect(result.verdict).toBe('mismatch');
    expect(result.attempts[0]?.status).toBe('differs');
  });

  it('a score edited inside the code itself is refused as altered', async () => {
    const { code } = await encodeCertificate(selfPaced(), scenarioCodes);
    const decoded = await decodeCertificate(code, scenarioCodes);
    if (!decoded.ok) throw new Error(decoded.error);
    const bytes = fromBase64url(code) ?? new Uint8Array();
    // The stated score of the last vignette is the last byte before the 6-byte checksum.
    const edited = editByte(code, bytes.length - 7, (b) => b - 5);
    expect(await verifyCertificate({ code: edited }, contentDependencies)).toEqual({ kind: 'refused', error: 'altered' });
  });

  it('a name changed inside the code is refused; re-encoded, it gets another certificate number', async () => {
    const { code, number } = await encodeCertificate(selfPaced(), scenarioCodes);
    const nameStart = 5; // format, flags, three bytes of date
    expect(await verifyCertificate({ code: editByte(code, nameStart + 1, (b) => b + 1) }, contentDependencies)).toEqual({
      kind: 'refused',
      error: 'altered',
    });
    // Cut short anywhere, it is told apart as incomplete rather than changed.
    for (const keep of [20, code.length - 40, code.length - 3]) {
      expect(await verifyCertificate({ code: code.slice(0, keep) }, contentDependencies), String(keep)).toEqual({ kind: 'refused', error: 'truncated' });
    }
    const renamed = await check(selfPaced('Zoë van den Berg'));
    if (renamed.kind !== 'checked') throw new Error(renamed.error);
    expect(renamed.verdict).toBe('valid');
    expect(renamed.number).not.toBe(number);
  });

  it('a changed answer is told apart from the stated score', async () => {
    const original = selfPaced();
    const flagged = original.attempts[0]?.flagged ?? [];
    const distractor = hotel.scenes.flatMap((s) => s.fragments).findIndex((f) => f.kind === 'distractor');
    const changed: Certificate = {
      ...original,
      attempts: original.attempts.map((a, i) => (i === 0 ? { ...a, flagged: flagged.map((on, k) => (k === distractor ? !on : on)) } : a)),
    };
    const result = await check(changed);
    if (result.kind !== 'checked') throw new Error(result.error);
    expect(result.verdict).toBe('mismatch');
    expect(result.attempts[0]?.status).toBe('differs');
    expect(result.attempts[0]?.recomputed).toBeLessThan(original.attempts[0]?.stated ?? 0);
  });

  it('answers that are no walk through the vignette are told apart', async () => {
    const original = selfPaced();
    const impossible: Certificate = { ...original, attempts: original.attempts.map((a, i) => (i === 0 ? { ...a, options: [9] } : a)) };
    const result = await check(impossible);
    if (result.kind !== 'checked') throw new Error(result.error);
    expect(result.verdict).toBe('mismatch');
    expect(result.attempts[0]?.status).toBe('impossible');
  });

  it('foreign codes are refused: another kind of Signaal code, random text, a link to somewhere else', async () => {
    const assignmentLike = toBase64url(Uint8Array.from([0x01, ...new Array<number>(40).fill(7)]));
    expect(await verifyCertificate({ code: assignmentLike }, contentDependencies)).toEqual({ kind: 'refused', error: 'not-a-certificate' });
    expect(await verifyCertificate({ code: 'aGVsbG8gd29ybGQ' }, contentDependencies)).toMatchObject({ kind: 'refused' });
    expect(await verifyCertificate({ code: 'https://example.org/#/home' }, contentDependencies)).toEqual({ kind: 'refused', error: 'malformed' });
    const newer = toBase64url(Uint8Array.from([0x23, ...new Array<number>(40).fill(7)]));
    expect(await verifyCertificate({ code: newer }, contentDependencies)).toEqual({ kind: 'refused', error: 'unknown-version' });
  });

  it('a vignette this build does not have, or an older version of one, cannot be checked', async () => {
    const original = selfPaced();
    const unknown = await check({ ...original, attempts: [{ ...original.attempts[0]!, scenarioId: 'no-such-case' as never }] });
    const older = await check({ ...original, attempts: [{ ...original.attempts[0]!, contentVersion: hotel.version + 1 }] });
    expect(unknown).toMatchObject({ kind: 'checked', verdict: 'uncheckable', attempts: [{ status: 'unknown' }] });
    expect(older).toMatchObject({ kind: 'checked', verdict: 'uncheckable', attempts: [{ status: 'changed' }] });
  });

  it('a countersigned certificate shows a valid signature and the trainer key fingerprint', async () => {
    const signed = await trainerCertificate();
    const result = await check(signed);
    if (result.kind !== 'checked') throw new Error(result.error);
    expect(result.verdict).toBe('valid');
    expect(result.signature).toEqual({ check: 'valid', fingerprint: expect.stringMatching(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/) });
    expect(result.certificate.assignment?.trainer).toBe('Şükrü Öztürk');
  });

  it('a countersigned certificate with a new name or another trainer name keeps an old signature that no longer fits', async () => {
    const signed = await trainerCertificate();
    for (const altered of [
      { ...signed, learner: 'Nguyễn Thị Hương' },
      { ...signed, assignment: { ...signed.assignment!, trainer: 'Someone Else' } },
      { ...signed, attempts: signed.attempts.map((a) => ({ ...a, stated: a.stated - 1 })) },
    ]) {
      const result = await check(altered);
      expect(result).toMatchObject({ kind: 'checked', verdict: 'signature-invalid', signature: { check: 'invalid' } });
    }
  });

  it('an Open Badges credential is checked too: its proof must be valid and made with the same key', async () => {
    const signed = await trainerCertificate();
    const { code, number } = await encodeCertificate(signed, scenarioCodes);
    const unsigned = await buildOpenBadge({
      certificate: signed,
      number,
      verifyUrl: `https://example.org/#/verify/${code}`,
      titles: ['Kamer 214', 'Huisarts'],
      text: { issuer: 'Şükrü Öztürk', description: 'd', criteria: 'c', evidence: 'e' },
    });
    const badge = await signBadge(unsigned, await trainerKey);
    const valid = await verifyCertificate({ code, badge }, contentDependencies);
    expect(valid).toMatchObject({ verdict: 'valid', signature: { check: 'valid', badge: 'valid' } });

    const renamed = { ...badge, credentialSubject: { ...(badge.credentialSubject as object), identifier: [] } };
    expect(await verifyCertificate({ code, badge: renamed }, contentDependencies)).toMatchObject({
      verdict: 'signature-invalid',
      signature: { check: 'valid', badge: 'invalid' },
    });
    const foreignKey = await signBadge(unsigned, await otherKey);
    expect(await verifyCertificate({ code, badge: foreignKey }, contentDependencies)).toMatchObject({ signature: { badge: 'invalid' } });
  });

  it('claims only what is proven: a pass mark under the minimum, and a mean under the pass mark, are not passed', async () => {
    const low = await check({ ...selfPaced(), passMark: 0 });
    expect(low.kind === 'checked' && [low.verdict, low.course.passed]).toEqual(['pass-mark-too-low', true]);
    // A harmful decision in both cases: every score follows from its answers, but the mean is 60%.
    const poor = buildCertificate({
      learner: 'Ada',
      locale: 'nl',
      passMark: 70,
      vignettes: [hotel, care].map((scenario) => {
        const attempt = playedAttempt(scenario, { quality: 'harmful' });
        return { scenario, attempt, score: scoreAttempt(scenario, attempt, 70).overall };
      }),
      issued: '2025-11-27',
    });
    const result = await check(poor);
    expect(result.kind === 'checked' && [result.verdict, result.course.score, result.attempts.map((a) => a.status)]).toEqual(['not-passed', 60, ['match', 'match']]);
    expect(MIN_PASS_MARK).toBeGreaterThan(0);
  });
});
