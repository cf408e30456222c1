// @vitest-environment node
// The frozen-sample tests can fail: a copy of each sample with one thing changed is refused, or
// reads differently from what was recorded, in the way each format promises.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE64URL, decodeAssignmentCode, encodeAssignmentCode } from '../../src/records';
import { decodeCertificate, encodeCertificate } from '../../src/records/certificate.codec';
import { PROGRESS_VERSION } from '../../src/stores/progress-store';
import { FORMATS, listSamples, memoryStorage, sampleLabel, type Sample, type Summary } from './frozen-samples.support';
import { scenarioCodes } from '../support/scenario-text';

Object.defineProperty(globalThis, 'localStorage', { value: memoryStorage(), configurable: true, writable: true });

const samples = listSamples();
const expectedOf = (sample: Sample) => JSON.parse(readFileSync(sample.expectedFile, 'utf8')) as Summary;
const textOf = (sample: Sample) => readFileSync(sample.file, 'utf8');
const cases = (format: string) => samples.filter((s) => s.format === format).map((s) => [sampleLabel(s), s] as const);

/** Reads a changed copy of a sample; it must not read as the original did. */
async function readChanged(sample: Sample, change: (text: string) => string): Promise<Summary> {
  const original = textOf(sample);
  const changed = change(original);
  expect(changed, 'the change changed nothing').not.toBe(original);
  const expected = expectedOf(sample);
  const summary = await FORMATS[sample.format]?.read(changed, expected);
  expect(summary).not.toEqual(expected);
  return summary ?? {};
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Flips the top bit of the base64url digit nearest the middle of a code: one byte changes. */
function flipMiddle(text: string): string {
  for (let offset = 0; offset < text.length; offset += 1) {
    const at = Math.floor(text.length / 2) + offset;
    const digit = DIGITS.indexOf(text[at] ?? '');
    if (digit >= 0) return `${text.slice(0, at)}${DIGITS[(digit + 32) % 64]}${text.slice(at + 1)}`;
  }
  return text;
}

/** Flips the top bit of a text's first base64url digit. */
const flipFirst = (text: string) => `${DIGITS[(DIGITS.indexOf(text[0] ?? '') + 32) % 64] ?? ''}${text.slice(1)}`;

/** Replaces the first match of a pattern, failing when there is none. */
function replaceOnce(text: string, pattern: RegExp, by: (match: string) => string): string {
  const match = pattern.exec(text);
  expect(match, `${pattern} not in the sample`).not.toBeNull();
  return text.replace(pattern, by);
}

/** A code changed and re-encoded by today's encoder, so its checksum is right again. */
async function reissued(code: string, change: (c: Summary) => Summary): Promise<string> {
  const decoded = await decodeCertificate(code, scenarioCodes);
  if (!decoded.ok) throw new Error(decoded.error);
  const changed = change(decoded.value.certificate as unknown as Summary);
  return (await encodeCertificate(changed as unknown as typeof decoded.value.certificate, scenarioCodes)).code;
}

describe('a changed certificate code', () => {
  it.each(cases('certificate-code'))('%s: one character off is refused as altered', async (_label, sample) => {
    expect(await readChanged(sample, flipMiddle)).toEqual({ refused: 'altered' });
  });

  it.each(cases('certificate-code'))('%s: another stated score with a fresh checksum does not verify', async (_label, sample) => {
    const code = await reissued(textOf(sample), (c) => ({
      ...c,
      attempts: (c.attempts as Summary[]).map((a, i) => (i === 0 ? { ...a, stated: (a.stated as number) === 100 ? 99 : (a.stated as number) + 1 } : a)),
    }));
    const summary = await readChanged(sample, () => code);
    expect(summary.verdict).toBe(expectedOf(sample).countersignature ? 'signature-invalid' : 'mismatch');
  });

  // Scoring rules 2: neutral sentences count as noise, so marking all of them lowers the score.
  it.each(cases('certificate-code').filter(([, s]) => s.version !== 'v1'))(
    '%s: every neutral sentence marked, with a fresh checksum, no longer matches the stated score',
    async (_label, sample) => {
      const code = await reissued(textOf(sample), (c) => ({
        ...c,
        attempts: (c.attempts as Summary[]).map((a) => ({ ...a, neutrals: (a.neutrals as boolean[]).map(() => true) })),
      }));
      const summary = await readChanged(sample, () => code);
      expect(summary.verdict).toBe(expectedOf(sample).countersignature ? 'signature-invalid' : 'mismatch');
      for (const vignette of summary.vignettes as Summary[]) expect(vignette.recomputed).toBeLessThan(vignette.stated as number);
    },
  );

  it.each(cases('certificate-code').filter(([, s]) => expectedOf(s).countersignature))(
    '%s: another name under the trainer\'s signature breaks the signature',
    async (_label, sample) => {
      const code = await reissued(textOf(sample), (c) => ({ ...c, learner: `${String(c.learner)} Jr` }));
      expect(await readChanged(sample, () => code)).toMatchObject({ verdict: 'signature-invalid', countersignature: { check: 'invalid' } });
    },
  );
});

describe('a changed certificate file or badge', () => {
  it.each(cases('certificate-file'))('%s: a changed code inside is refused', async (_label, sample) => {
    const summary = await readChanged(sample, (text) => replaceOnce(text, /"code": "([^"]+)"/, (m) => flipMiddle(m)));
    expect(summary.certificate).toEqual({ refused: 'altered' });
  });

  it.each(cases('open-badge'))('%s: another achievement name breaks the badge\'s proof', async (_label, sample) => {
    const summary = await readChanged(sample, (text) => replaceOnce(text, /"name": "/, (m) => `${m}Nep: `));
    expect(summary.certificate).toMatchObject({ verdict: 'signature-invalid', countersignature: { check: 'valid', badge: 'invalid' } });
  });
});

describe('a changed assignment link', () => {
  it.each(cases('assignment-link'))('%s: one character off is refused or fails its signature', async (_label, sample) => {
    const summary = await readChanged(sample, flipMiddle);
    expect('refused' in summary || summary.signature === 'invalid').toBe(true);
  });

  it.each(cases('assignment-link'))('%s: another pass mark under the same signature fails it', async (_label, sample) => {
    const link = textOf(sample);
    const [base = '', code = ''] = link.split('#/assignment/');
    const decoded = await decodeAssignmentCode(code, scenarioCodes);
    if (!decoded.ok) throw new Error(decoded.error);
    const payload = decoded.value.payload.replace(/"p":(\d+)/, (_m, p: string) => `"p":${Number(p) === 0 ? 1 : Number(p) - 1}`);
    const forged = await encodeAssignmentCode({ ...decoded.value, payload });
    expect(code).toMatch(BASE64URL);
    expect(await readChanged(sample, () => `${base}#/assignment/${forged}`)).toMatchObject({ signature: 'invalid' });
  });
});

describe('a changed result', () => {
  it.each(cases('result-file'))('%s: an edited assignment in the file fails its signature', async (_label, sample) => {
    const summary = await readChanged(sample, (text) => replaceOnce(text, /\\"p\\":(\d+)/, () => '\\"p\\":1'));
    expect(summary.signature).toBe('invalid');
  });

  it.each(cases('result-file'))('%s: a walk cut short is not a possible attempt', async (_label, sample) => {
    const summary = await readChanged(sample, (text) => replaceOnce(text, /"path": \[\n(\s+"[a-z0-9-]+",\n)+?(\s+"[a-z0-9-]+")\n/, (m) => m.replace(/,\n\s+"[a-z0-9-]+"\n$/, '\n')));
    expect((summary.attempts as Summary[]).some((a) => a.possible === false)).toBe(true);
  });

  it.each(cases('result-code'))('%s: one character off is refused as damaged', async (_label, sample) => {
    expect(await readChanged(sample, flipMiddle)).toEqual({ refused: 'damaged' });
  });
});

describe('changed progress', () => {
  it.each(cases('progress-file'))('%s: a newer version is refused, an edited flag rescored', async (_label, sample) => {
    expect(await readChanged(sample, (text) => replaceOnce(text, /"version": \d+/, () => `"version": ${PROGRESS_VERSION + 1}`))).toEqual({ refused: 'newer-version' });
    await readChanged(sample, (text) => replaceOnce(text, /"flags": \[\n\s+"([a-z0-9-]+)"/, (m) => m.replace(/"([a-z0-9-]+)"$/, '"not-a-fragment"')));
  });

  // The first digit of the last vignette's answers: its run (mode, rules) in version 2, its first
  // flags in version 1. (Not any digit: the unused bits that pad a bit field to whole bytes are
  // not read, so a digit holding only padding reads the same; found making the v2 samples.)
  it.each(cases('suspend-data'))('%s: one character off reads differently or not at all', async (_label, sample) => {
    await readChanged(sample, (text) => {
      const at = text.lastIndexOf('.');
      return `${text.slice(0, at + 1)}${flipFirst(text.slice(at + 1))}`;
    });
  });

  it.each(cases('stored-progress'))('%s: a part under an unknown name is kept aside with a notice, the rest still loads', async (_label, sample) => {
    const summary = await readChanged(sample, (text) => replaceOnce(text, /"completed":/, () => '"complete":'));
    const expected = expectedOf(sample) as { progress: { inProgress: unknown } };
    expect(summary).toMatchObject({ notice: 'set-aside', progress: { inProgress: expected.progress.inProgress, completed: {} } });
  });
});

describe('other changed stored values', () => {
  it.each(cases('stored-trainer'))('%s: an assignment stored under another id is dropped', async (_label, sample) => {
    const summary = await readChanged(sample, (text) => replaceOnce(text, /"assignments":\{"([A-Za-z0-9_-]{8})"/, (m) => m.replace(/"([A-Za-z0-9_-]{8})"$/, '"AAAAAAAA"')));
    expect((summary.assignments as unknown[]).length).toBe((expectedOf(sample).assignments as unknown[]).length - 1);
  });

  it.each(cases('stored-assignments'))('%s: an entry under another key is dropped', async (_label, sample) => {
    const summary = await readChanged(sample, (text) => replaceOnce(text, /"entries":\{"([A-Za-z0-9_-]{86})"/, (m) => m.replace(/\{"[A-Za-z0-9_]/, '{"-')));
    expect((summary.entries as unknown[]).length).toBe((expectedOf(sample).entries as unknown[]).length - 1);
  });

  it.each(cases('stored-settings'))('%s: the other language is read as the other language', async (_label, sample) => {
    const summary = await readChanged(sample, (text) => replaceOnce(text, /"locale":"(nl|en)"/, (m) => (m.includes('nl') ? '"locale":"en"' : '"locale":"nl"')));
    expect(summary.locale).not.toBe(expectedOf(sample).locale);
  });

  it.each(cases('stored-lrs-outbox'))('%s: a queue of another version sends nothing', async (_label, sample) => {
    const summary = await readChanged(sample, (text) => replaceOnce(text, /^\{"version":\d+/, (m) => `{"version":${Number(m.slice(11)) + 1}`));
    expect(summary.endpoints).toMatchObject([{ waiting: 0, sent: [] }]);
  });
});
