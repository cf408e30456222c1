import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT } from '../../src/app/compile-hints-plugin';
import { firstLoadFiles, type Manifest } from '../support/first-load';

const dist = resolve('dist');

describe('compile hints, from the build', () => {
  it('every chunk index.html loads starts with the hint, so its functions are compiled while it streams in; lazy chunks do not', () => {
    if (!existsSync(join(dist, '.vite', 'manifest.json'))) throw new Error('no build in dist/: npm test builds before it measures');
    const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
    const onPage = firstLoadFiles(manifest).js;
    const starts = (file: string) => readFileSync(join(dist, file), 'utf8').startsWith(COMPILE_HINT);
    expect(onPage.length).toBeGreaterThan(1);
    expect(onPage.filter((file) => !starts(file))).toEqual([]);
    const lazy = readdirSync(join(dist, 'assets'))
      .map((name) => `assets/${name}`)
      .filter((file) => file.endsWith('.js') && !onPage.includes(file));
    expect(lazy.some((file) => /player-run-/.test(file))).toBe(true);
    expect(lazy.filter(starts)).toEqual([]);
  });
});
