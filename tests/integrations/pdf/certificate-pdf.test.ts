import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeCertificate } from '../../../src/records/certificate.codec';
import type { Certificate } from '../../../src/records/certificate.schema';
import type { Locale, Scenario } from '../../../src/engine';
import { buildCertificate } from '../../../src/features/certificate/build-certificate';
import { certificateStrings } from '../../../src/features/certificate/certificate-strings';
import { composeSheet, verifyUrl } from '../../../src/features/certificate/compose-sheet';
import { setupI18n } from '../../../src/i18n/setup-i18n';
import { embedFont } from '../../../src/integrations/pdf/embed-font';
import type { EmbeddedFont, MissingGlyphsError } from '../../../src/integrations/pdf/pdf-writer';
import { renderCertificatePdf } from '../../../src/integrations/pdf/render-certificate-pdf';
import { qrSvgPath } from '../../../src/integrations/qr';
import { certifiedVignettes } from '../../support/certificates';
import { scenarioById, scenarioCodes } from '../../support/scenario-text';

// The same modules the browser uses make the PDF here; poppler (Debian's poppler-utils, as a PDF
// reader would) opens it, and zbar reads its QR code from a rendering of the page.

const NAMES = ['Zoë van den Berg', 'Łukasz Wójcik', 'Şükrü Öztürk', 'Nguyễn Thị Hương', 'Ольга Петрова'];
const APP = 'https://signaal.example.org/leren/';
const FONT = resolve('src/integrations/pdf/font/noto-sans-certificate.ttf.zlib');
const ALL_IDS = ['hotel-room-214', 'hotel-agency-cleaners', 'hotel-young-runners', 'school-bank-card', 'school-night-shifts', 'school-online-grooming', 'care-emergency-injuries', 'care-gp-employer', 'care-home-taken-over'];

const i18n = setupI18n('nl');
for (const locale of ['nl', 'en'] as const) i18n.addResourceBundle(locale, 'certificate', certificateStrings[locale]);
const dir = mkdtempSync(join(tmpdir(), 'certificates-'));
let font: EmbeddedFont;

beforeAll(async () => {
  font = await embedFont(new Uint8Array(readFileSync(FONT)));
});

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw new Error(`${command} is missing (apt-get install poppler-utils zbar-tools): ${result.error.message}`);
  return result;
}

const passedOf = (ids: string[]) => certifiedVignettes(ids.map(scenarioById));

async function makePdf(certificate: Certificate, name: string, fingerprint?: string) {
  const { code, number } = await encodeCertificate(certificate, scenarioCodes);
  const scenarios = new Map<string, Scenario>(certificate.attempts.map((a) => [a.scenarioId, scenarioById(a.scenarioId)]));
  const sheet = composeSheet({
    certificate,
    number,
    code,
    appUrl: APP,
    scenarios,
    t: i18n.getFixedT(certificate.locale, 'certificate'),
    qr: qrSvgPath(verifyUrl(APP, code)),
    ...(fingerprint ? { fingerprint } : {}),
  });
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, renderCertificatePdf(sheet, font));
  const info = run('pdfinfo', [file]);
  const text = run('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-']);
  return { file, code, number, info: info.stdout, text: text.stdout, problems: `${info.stderr}${text.stderr}` };
}

const certificateFor = (learner: string, locale: Locale = 'nl', ids = ['hotel-room-214', 'care-gp-employer']) =>
  buildCertificate({ learner, locale, passMark: 70, vignettes: passedOf(ids), issued: '2025-11-27' });

// Loads vignettes, a font and WebCrypto: room for a busy machine.
describe('the certificate PDF in a real PDF reader', { timeout: 30_000 }, () => {
  it.each(NAMES)('shows %s, the scores, the vignettes and the code on one A4 page', async (name) => {
    const pdf = await makePdf(certificateFor(name), name);
    expect(pdf.problems).toBe('');
    expect(pdf.info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(pdf.info).toMatch(/Pages:\s+1\n/);
    expect(pdf.info).toContain(`Title:           Certificaat Signaal – ${name}`);
    expect(pdf.text).toContain(name);
    expect(pdf.text).toContain(scenarioById('hotel-room-214').text.nl.title);
    expect(pdf.text).toMatch(/Gemiddelde \(slaaggrens 70%\)\s+100% – gehaald/);
    expect(pdf.text).toContain('Toetsmodus: uitleg pas aan het eind');
    expect(pdf.text).toContain(pdf.number);
    expect(pdf.text).toContain('27 november 2025');
    expect(pdf.text).toContain('Niemand heeft dit certificaat ondertekend');
    expect(pdf.text.replace(/\s+/g, '')).toContain(pdf.code);
  });

  it('carries a QR code that decodes to the verify link from a 72 dpi render, for the shortest and the longest certificate', async () => {
    const longest: Certificate = {
      ...certificateFor('Nguyễn Thị Hương van den Berg-Łukasiewicz', 'nl', ALL_IDS),
      assignment: { title: 'Ş'.repeat(120), trainer: 'Ž'.repeat(80), organisation: 'Ő'.repeat(80) },
      countersignature: { publicKey: 'A'.repeat(43), signature: 'A'.repeat(86) },
    };
    for (const [name, certificate] of [['qr-short', certificateFor('Ada', 'nl', ['hotel-room-214'])], ['qr-two', certificateFor('Ольга Петрова')], ['qr-long', longest]] as const) {
      const pdf = await makePdf(certificate, name, '3F2A 9C10 77DE 0B41');
      run('pdftoppm', ['-r', '72', '-png', pdf.file, join(dir, name)]);
      const pages = readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
      const scans = pages.map((page) => run('zbarimg', ['--raw', '-q', join(dir, page)]).stdout.trim()).filter(Boolean);
      expect(scans, name).toEqual([`${APP}#/verify/${pdf.code}`]);
    }
  });

  it('is written in English for an English learner', async () => {
    const pdf = await makePdf(certificateFor('Zoë van den Berg', 'en'), 'english');
    expect(pdf.text).toContain('This certificate is awarded to');
    expect(pdf.text).toContain(scenarioById('hotel-room-214').text.en.title);
    expect(pdf.text).toMatch(/100% – passed/);
    expect(pdf.text).toContain('27 November 2025');
    expect(pdf.text).toContain('Nobody countersigned this certificate');
  });

  it('fits every vignette title of the content on the page, in both languages', async () => {
    for (const locale of ['nl', 'en'] as const) {
      const pdf = await makePdf(certificateFor('Şükrü Öztürk', locale, ALL_IDS), `all-${locale}`);
      expect(pdf.problems).toBe('');
      const oneLine = pdf.text.replace(/\s+/g, ' ');
      for (const id of ALL_IDS) expect(oneLine).toContain(scenarioById(id).text[locale].title.replace(/\s+/g, ' '));
      expect(pdf.text.replace(/\s+/g, '')).toContain(pdf.code);
    }
  });

  it('names the signing trainer, the organisation and the key fingerprint of a countersigned certificate', async () => {
    const certificate: Certificate = {
      ...certificateFor('Łukasz Wójcik'),
      assignment: { title: 'Signalen herkennen – team Noord', trainer: 'Şükrü Öztürk', organisation: 'Zorggroep Noord' },
      countersignature: { publicKey: 'A'.repeat(43), signature: 'A'.repeat(86) },
    };
    const pdf = await makePdf(certificate, 'countersigned', '3F2A 9C10 77DE 0B41');
    expect(pdf.text).toContain('Signalen herkennen – team Noord');
    const oneLine = pdf.text.replace(/\s+/g, ' ');
    expect(oneLine).toContain('Ondertekend door Şükrü Öztürk, Zorggroep Noord met de digitale handtekening met controlecode 3F2A 9C10 77DE 0B41');
    // The signature line: the trainer's name above a rule, what it is below.
    expect(oneLine).toContain('Şükrü Öztürk Digitaal ondertekend, controlecode 3F2A 9C10 77DE 0B41');
    expect(pdf.text).not.toContain('Niemand heeft dit certificaat ondertekend');
    // The learner's name comes first on the page, before the assignment.
    expect(oneLine.indexOf('Łukasz Wójcik')).toBeLessThan(oneLine.indexOf('Signalen herkennen – team Noord'));
  });

  it('refuses a name in a script the font does not hold, naming the characters', () => {
    const certificate = certificateFor('李小龍');
    expect(() =>
      renderCertificatePdf(
        composeSheet({
          certificate,
          number: 'X',
          code: 'X',
          appUrl: APP,
          scenarios: new Map(certificate.attempts.map((a) => [a.scenarioId, scenarioById(a.scenarioId)])),
          t: i18n.getFixedT('nl', 'certificate'),
          qr: qrSvgPath('x'),
        }),
        font,
      ),
    ).toThrow(expect.objectContaining({ name: 'MissingGlyphsError', characters: ['李', '小', '龍'] }) as MissingGlyphsError);
  });

  it('the committed font covers every certificate string in both languages', () => {
    const strings = JSON.stringify(certificateStrings) + NAMES.join('');
    const missing = [...new Set(strings)].filter((c) => c >= ' ' && font.font.glyphOf(c.codePointAt(0) ?? 0) === undefined);
    expect(missing, 'run `npm run font:certificate` after adding characters to the certificate strings').toEqual([]);
  });

  it('embeds its font as a subset TrueType with a Unicode map, so text can be found and copied', async () => {
    const pdf = await makePdf(certificateFor('Nguyễn Thị Hương'), 'structure');
    const check = execFileSync('pdffonts', [pdf.file], { encoding: 'utf8' });
    expect(check).toMatch(/SIGNAL\+NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });
});
