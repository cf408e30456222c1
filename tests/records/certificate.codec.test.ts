import { describe, expect, it } from 'vitest';
import { toBase64url } from '../../src/records';
import { decodeCertificate, encodeCertificate, MAX_CERTIFICATE_CODE_LENGTH } from '../../src/records/certificate.codec';
import type { Certificate } from '../../src/records/certificate.schema';
import { asScenarioId } from '../../src/engine';
import { scenarioCodes } from '../support/scenario-text';

const base: Certificate = {
  locale: 'en',
  issued: '2025-11-27',
  learner: 'Nguyễn Thị Hương',
  passMark: 70,
  attempts: [{ scenarioId: asScenarioId('hotel-room-214'), contentVersion: 1, flagged: [true, false, true], options: [0], stated: 88 }],
};

describe('certificate codes', () => {
  it('are short enough for a QR code on paper and carry a number people can compare', async () => {
    const { code, number } = await encodeCertificate(base, scenarioCodes);
    // Mode, seed and scoring rules (version 2) cost two bytes over version 1's 59 characters.
    expect(code.length).toBeLessThan(64);
    expect(number).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    const decoded = await decodeCertificate(` ${code.slice(0, 20)}\n${code.slice(20)} `, scenarioCodes);
    expect(decoded).toMatchObject({ ok: true, value: { certificate: base, number } });
  });

  it('are not made for fields out of range: a date before 2020, a name with a line break, a score over 100', async () => {
    await expect(encodeCertificate({ ...base, issued: '2019-12-31' }, scenarioCodes)).rejects.toThrow(RangeError);
    await expect(encodeCertificate({ ...base, learner: 'Ann\nBell' }, scenarioCodes)).rejects.toThrow(RangeError);
    await expect(encodeCertificate({ ...base, attempts: [{ ...base.attempts[0]!, stated: 101 }] }, scenarioCodes)).rejects.toThrow(RangeError);
    await expect(encodeCertificate({ ...base, countersignature: { publicKey: 'A'.repeat(43), signature: 'A'.repeat(86) } }, scenarioCodes)).rejects.toThrow(
      RangeError,
    );
  });

  it('refuse each kind of bad input with its own reason', async () => {
    expect(await decodeCertificate('   ', scenarioCodes)).toEqual({ ok: false, error: 'empty' });
    expect(await decodeCertificate('A'.repeat(MAX_CERTIFICATE_CODE_LENGTH + 1), scenarioCodes)).toEqual({ ok: false, error: 'too-long' });
    expect(await decodeCertificate('not+a/code=', scenarioCodes)).toEqual({ ok: false, error: 'malformed' });
    const resultCode = toBase64url(Uint8Array.from([0x11, ...new Array<number>(30).fill(1)]));
    expect(await decodeCertificate(resultCode, scenarioCodes)).toEqual({ ok: false, error: 'not-a-certificate' });
    const newer = toBase64url(Uint8Array.from([0x23, ...new Array<number>(30).fill(1)]));
    expect(await decodeCertificate(newer, scenarioCodes)).toEqual({ ok: false, error: 'unknown-version' });
  });
});
