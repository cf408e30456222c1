import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A copy of content/ with one vignette broken twice, built by Vite's own command line with the
// app's content and service-worker plugins, into a folder of its own.
const repo = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'signaal-broken-build-'));
const vignette = join(work, 'content/scenarios/hotel-room-214/en.yaml');
let run: ReturnType<typeof spawnSync>;
/** 1-based line of the first line at or after `from` that starts with `prefix`. */
const lineOf = (text: string, prefix: string, from = 0) => text.split('\n').findIndex((l, i) => i >= from && l.startsWith(prefix)) + 1;
let lines = { body: 0, marker: 0 };

beforeAll(() => {
  cpSync(resolve('content'), join(work, 'content'), { recursive: true });
  const text = readFileSync(vignette, 'utf8');
  const marked = '[[booked-and-paid-by-him|';
  expect(text).toContain(marked);
  const broken = text.replace(marked, '').replace(/^title: .*$/m, 'title: ""');
  writeFileSync(vignette, broken);
  const scene = lineOf(broken, '  monday-check-in:');
  lines = { body: lineOf(broken, '    body:', scene), marker: text.slice(0, text.indexOf(marked)).split('\n').length };
  writeFileSync(
    join(work, 'vite.config.ts'),
    [
      `import { signaalContent } from ${JSON.stringify(join(repo, 'src/content/vite-plugin'))};`,
      `import { signaalPwa } from ${JSON.stringify(join(repo, 'src/app/pwa-plugin'))};`,
      `export default { root: ${JSON.stringify(repo)}, base: './',`,
      `  plugins: [signaalContent(${JSON.stringify(join(work, 'content'))}), signaalPwa(${JSON.stringify(join(work, 'content'))})],`,
      `  build: { outDir: ${JSON.stringify(join(work, 'dist'))}, emptyOutDir: true } };`,
    ].join('\n'),
  );
  run = spawnSync(join(repo, 'node_modules/.bin/vite'), ['build', '--configLoader', 'runner', '--config', join(work, 'vite.config.ts')], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build of content with problems', () => {
  it('fails and prints only the problems, each with its file, line and path', () => {
    expect(run.status).toBe(1);
    const output = `${String(run.stdout)}${String(run.stderr)}`.trim().split('\n');
    expect(output).toEqual([
      'error during build:',
      'content/scenarios/hotel-room-214/en.yaml:1: title: must not be empty',
      `content/scenarios/hotel-room-214/en.yaml:${lines.body}: scenes.monday-check-in.body: fragment "booked-and-paid-by-him" is not marked in this language`,
      `content/scenarios/hotel-room-214/en.yaml:${lines.marker}: scenes.monday-check-in.body: unbalanced fragment markup "[[" or "]]"`,
      '',
      '3 problem(s) in content/',
    ]);
  });

  it('writes nothing: no partial dist/, no service worker', () => {
    expect(existsSync(join(work, 'dist'))).toBe(false);
  });
});
