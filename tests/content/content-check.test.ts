import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content/content-problem';
import { loadContent } from '../../src/content/load-content';

const root = resolve('content');
const fixtures = 'tests/fixtures/content-broken';
const { problems } = loadContent({ root, scenariosDir: resolve(fixtures) });
const reported = problems.map(formatProblem);
const forCase = (name: string) => reported.filter((line) => line.startsWith(`${fixtures}/${name}/`));

describe('content check on deliberately broken scenarios', () => {
  it('finds nothing wrong with the valid fixture', () => {
    expect(forCase('valid-minimal')).toEqual([]);
  });

  it.each([
    ['unknown-indicator', 'scenario.yaml: scenes[0].fragments[0].signal: unknown indicator id "not-an-indicator"'],
    ['missing-fragment', 'en.yaml: scenes.look.body: fragment "s3" is not marked in this language'],
    ['unreachable-scene', 'scenario.yaml: scenes[4]: scene "orphan" is unreachable from the start'],
    ['dead-end', 'scenario.yaml: scenes[4]: scene "loop" cannot reach the end'],
    ['missing-translation', 'en.yaml: scenes.after-report: missing translation of this scene'],
    ['option-without-feedback', 'nl.yaml: scenes.choose.options.ignore.feedback: is missing (expected string)'],
    ['too-few-signals', 'scenario.yaml: scenes: too few signals: 2, at least 6'],
    ['too-few-signals', 'scenario.yaml: scenes: too few distractors: 1, at least 4'],
    ['fragment-source-unlisted', 'scenario.yaml: scenes[0].fragments[6].sources[0]: source "UNGIFT" is missing from the vignette\'s sources'],
    ['fragment-source-unlisted', 'scenario.yaml: scenes[0].fragments[6].sources[1]: unknown source "not-a-source" (not in content/sources.yaml)'],
    [
      'recommended-longest',
      'scenario.yaml: scenes: the recommended option is the longest in 1 of 1 decisions (choose); at most half may be',
    ],
  ])('%s is reported with its file and path', (name, expected) => {
    expect(forCase(name)).toContain(`${fixtures}/${name}/${expected}`);
  });

  it('reports only what is wrong in each broken fixture', () => {
    expect(forCase('unknown-indicator')).toHaveLength(1);
    expect(forCase('missing-fragment')).toHaveLength(1);
    expect(forCase('missing-translation')).toHaveLength(1);
    expect(forCase('recommended-longest')).toHaveLength(1);
  });
});

describe('content check of the real content/', () => {
  it('finds no problems', () => {
    expect(loadContent({ root }).problems.map(formatProblem)).toEqual([]);
  });

  it('exits non-zero and prints file: path: reason from the command line', () => {
    let output = '';
    let status = 0;
    try {
      execFileSync('node_modules/.bin/tsx', ['src/content/check-cli.ts', 'tests/fixtures/content-broken-root'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const failure = error as { status: number; stderr: string };
      status = failure.status;
      output = failure.stderr;
    }
    expect(status).toBe(1);
    expect(output).toMatch(/^tests\/fixtures\/content-broken-root\/sources\.yaml: \(root\): file is missing$/m);
  });
});
