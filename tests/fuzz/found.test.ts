// @vitest-environment node
// What the fuzz tests found, kept as plain examples so they stay fixed whatever the seed.
import { describe, expect, it } from 'vitest';
import { asScenarioId } from '../../src/engine';
import { verifyCertificate } from '../../src/features/verify/verify-certificate';
import { decodeResultCode, encodeResultCode } from '../../src/records';
import { readCertificateInput } from '../../src/records/certificate.file';
import type { JsonObject } from '../../src/records/certificate.open-badge';
import { memoryStorage } from '../records/frozen-samples.support';
import { contentDependencies } from '../support/certificates';
import { scenarioCodes } from '../support/scenario-text';
import { sampleTexts } from '../support/fuzz-records';

// The shared test setup clears localStorage after each test; Node has none of its own.
Object.defineProperty(globalThis, 'localStorage', { value: memoryStorage(), configurable: true, writable: true });

const [badgeText = ''] = sampleTexts('open-badge');

async function badgeCheck(edit: (badge: JsonObject) => JsonObject | string) {
  const edited = edit(JSON.parse(badgeText) as JsonObject);
  const input = readCertificateInput(typeof edited === 'string' ? edited : JSON.stringify(edited));
  if (!input.ok) return input.error;
  const verified = await verifyCertificate(input.value, contentDependencies);
  return verified.kind === 'checked' ? verified.signature?.badge : verified.error;
}

describe('found by the fuzz tests', () => {
  it('a result code whose vignette id (in text) holds a control character is refused', () => {
    const code = encodeResultCode({
      assignmentId: 'AAAAAAAA',
      assignmentDigest: 'BBBBBBBB',
      learner: 'Jan',
      attempts: [{ scenarioId: asScenarioId('\u0000rototype'), contentVersion: 1, flagged: [true], options: [0] }],
    }, scenarioCodes);
    expect(decodeResultCode(code, scenarioCodes)).toEqual({ ok: false, error: 'invalid' });
  });

  it("an Open Badge whose proof @context was edited fails its proof; the badge as issued passes", async () => {
    expect(await badgeCheck((badge) => badge)).toBe('valid');
    const edited = await badgeCheck((badge) => ({ ...badge, proof: { ...(badge.proof as JsonObject), '@context': ['https://example.org/other'] } }));
    expect(edited).toBe('invalid');
  });

  it('an Open Badge nested 20,000 levels deep (under the 64 KB input limit) is answered, not a stack overflow', async () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const text = badgeText.replace('"type": [\n    "VerifiableCredential"', `"deep": ${deep},\n  "type": [\n    "VerifiableCredential"`);
    expect(text).not.toBe(badgeText);
    await expect(badgeCheck(() => text)).resolves.not.toBe('valid');
  });
});
