import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrSvgDocument, qrSvgPath, QrTooLong, type QrSvg } from '../../../src/integrations/qr';

/** Draws the SVG path's unit squares into a bitmap, as any SVG renderer would. */
function rasterize(qr: QrSvg) {
  const side = Number(qr.viewBox.split(' ')[2]);
  const dark = Array.from({ length: side }, () => new Array<boolean>(side).fill(false));
  for (const run of qr.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    const [x, y, w, back] = run.slice(1).map(Number) as [number, number, number, number];
    expect(back).toBe(w);
    for (let i = 0; i < w; i += 1) dark[y]![x + i] = true;
  }
  expect(qr.path.replace(/M\d+ \d+h\d+v1h-\d+z/g, '')).toBe('');
  return { side, dark };
}

/** A PGM image of the bitmap, 4 pixels per module: what zbarimg reads. */
function toPgm(side: number, dark: boolean[][], scale = 4) {
  const width = side * scale;
  const pixels = Buffer.alloc(width * width, 255);
  for (let y = 0; y < width; y += 1) for (let x = 0; x < width; x += 1) if (dark[Math.floor(y / scale)]![Math.floor(x / scale)]) pixels[y * width + x] = 0;
  return Buffer.concat([Buffer.from(`P5\n${width} ${width}\n255\n`), pixels]);
}

const LINK = 'https://signaal.example.org/#/assignment/AYxWEyd3X11g2UFr1s6DRjr7ohorggYE60wwc2wd_XpZ_D1oS6bNMIZaHFPzVqH3yRJ78qzZt1YL6ZoX15MoZnC4UfyZ8P928Cm1IfITI7AJ';

// WebCrypto, the scenario machine and many property runs: slow on a busy machine, never stuck.
describe('QR codes as SVG', { timeout: 60_000 }, () => {
  it('draw exactly the dark modules of QRCode.create, inside a 4-module quiet zone', () => {
    const qr = qrSvgPath(LINK);
    const { modules } = create(LINK, { errorCorrectionLevel: 'M' });
    const { side, dark } = rasterize(qr);
    expect(side).toBe(modules.size + 8);
    expect(qr.modules).toBe(modules.size);
    for (let y = 0; y < side; y += 1) {
      for (let x = 0; x < side; x += 1) {
        const inside = y >= 4 && x >= 4 && y < side - 4 && x < side - 4;
        expect(dark[y]![x]).toBe(inside && modules.get(y - 4, x - 4) === 1);
      }
    }
  });

  it('decode back to the link with zbarimg (zbar-tools)', () => {
    const found = spawnSync('zbarimg', ['--version']);
    expect(found.error, 'zbarimg is missing: apt-get install zbar-tools (.ci/run does this)').toBeUndefined();
    const { side, dark } = rasterize(qrSvgPath(LINK));
    const file = join(mkdtempSync(join(tmpdir(), 'qr-')), 'code.pgm');
    writeFileSync(file, toPgm(side, dark));
    const read = spawnSync('zbarimg', ['--raw', '-q', file], { encoding: 'utf8' });
    expect(read.stdout.trim()).toBe(LINK);
  });

  it('refuse text that fits in no QR code, with QrTooLong', () => {
    expect(() => qrSvgPath('x'.repeat(5000))).toThrow(QrTooLong);
  });

  it('make a standalone SVG document with an escaped title', () => {
    const svg = qrSvgDocument('https://example.org/', { title: 'Opdracht <"Hotel & co">' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<title>Opdracht &lt;&quot;Hotel &amp; co&quot;&gt;</title>');
  });
});
