import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

// Renders the PNG icons of the web app manifest from the SVGs in public/icons with Debian's
// Chromium, so the artwork has one source. Run after editing an SVG: `npm run icons`.

const ICONS = resolve('public/icons');

const renders = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192, transparent: true },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512, transparent: true },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512, transparent: false },
  // iOS fills transparent corners with black and rounds the corners itself: use the full-bleed art.
  { svg: 'icon-maskable.svg', png: 'apple-touch-icon.png', size: 180, transparent: false },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { svg, png, size, transparent } of renders) {
    const source = readFileSync(resolve(ICONS, svg), 'utf8');
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block;width:${size}px;height:${size}px}</style>` +
        `<img alt="" src="data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    writeFileSync(resolve(ICONS, png), await page.screenshot({ omitBackground: transparent, type: 'png' }));
    console.log(`public/icons/${png} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
