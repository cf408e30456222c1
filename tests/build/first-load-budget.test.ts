import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLoadFiles, measureFirstLoad, overBudget, type Manifest } from '../support/first-load';

const dist = resolve('dist');

describe('first-load budget', () => {
  it('the built first page stays within 110 KB of JS and 15 KB of CSS, gzipped', () => {
    if (!existsSync(join(dist, '.vite', 'manifest.json'))) throw new Error('no build in dist/: npm test builds before it measures');
    const sizes = measureFirstLoad(dist);
    console.info(`first load: JS ${(sizes.js / 1024).toFixed(1)} KB gz (${sizes.files.js.join(', ')}), CSS ${(sizes.css / 1024).toFixed(1)} KB gz`);
    expect(overBudget(sizes)).toEqual([]);
    expect(sizes.files.js.some((f) => /player|debrief|hotel-room|reference/.test(f))).toBe(false);
  });

  it('fails on an oversized first load and ignores lazy chunks', () => {
    const manifest: Manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'], css: ['assets/index.css'] },
      '_shared.js': { file: 'assets/shared.js', imports: ['index.html'] },
      'lazy.tsx': { file: 'assets/lazy.js' },
    };
    // Random bytes do not compress, so their gzipped size is about their length.
    const files: Record<string, Buffer> = {
      'dist/.vite/manifest.json': Buffer.from(JSON.stringify(manifest)),
      'dist/index.html': Buffer.from('<head><script src="./assets/early.js" async></script><script type="module" src="./assets/index.js"></script></head>'),
      'dist/assets/early.js': Buffer.from(crypto.getRandomValues(new Uint8Array(2 * 1024))),
      'dist/assets/index.js': Buffer.from(crypto.getRandomValues(new Uint8Array(60 * 1024))),
      'dist/assets/shared.js': Buffer.from(crypto.getRandomValues(new Uint8Array(60 * 1024))),
      'dist/assets/index.css': Buffer.from('a{}'),
      'dist/assets/lazy.js': Buffer.alloc(500 * 1024),
    };
    const sizes = measureFirstLoad('dist', (path) => {
      const file = files[path];
      if (!file) throw new Error(`unexpected read of ${path}`);
      return file;
    });
    // The early script index.html loads outside the bundle counts too; the module entry only once.
    expect(sizes.files.js).toEqual(['assets/index.js', 'assets/shared.js', 'assets/early.js']);
    expect(overBudget(sizes)).toEqual([expect.stringMatching(/^first-load JS is 12\d\.\d KB gzipped, budget 110\.0 KB$/)]);
  });

  it('refuses a build manifest without the index.html entry instead of measuring nothing', () => {
    const manifest: Manifest = { '_app.js': { file: 'assets/app.js', imports: [] } };
    expect(() => firstLoadFiles(manifest)).toThrow(/no index\.html entry/);
  });
});
