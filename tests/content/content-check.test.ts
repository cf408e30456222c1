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
    ['unknown-indicator', 'scenario.yaml:18: scenes.look.fragments.s1.signal: unknown indicator "not-an-indicator" (not in content/taxonomy/indicators.yaml)'],
    ['missing-fragment', 'en.yaml:7: scenes.look.body: fragment "s3" is not marked in this language'],
    ['unreachable-scene', 'scenario.yaml:56: scenes.orphan: scene "orphan" cannot be reached from the start'],
    ['dead-end', 'scenario.yaml:56: scenes.loop: scene "loop" cannot reach the end (a dead end or a loop)'],
    ['missing-translation', 'en.yaml:4: scenes.after-report: missing translation of this scene'],
    ['option-without-feedback', 'nl.yaml:17: scenes.choose.options.ignore.feedback: is missing (expected text)'],
    ['too-few-signals', 'scenario.yaml:13: scenes: too few signals: 2, at least 6'],
    ['too-few-signals', 'scenario.yaml:13: scenes: too few distractors: 1, at least 4'],
    ['fragment-source-unlisted', 'scenario.yaml:32: scenes.look.fragments.d1.sources[0]: source "UNGIFT" is missing from the vignette\'s sources'],
    ['fragment-source-unlisted', 'scenario.yaml:33: scenes.look.fragments.d1.sources[1]: unknown source "not-a-source" (not in content/sources.yaml)'],
    [
      'recommended-longest',
      'scenario.yaml:13: scenes: the recommended option is the longest in 1 of 1 decisions (choose); at most half may be',
    ],
  ])('%s is reported with its file, line and path', (name, expected) => {
    expect(forCase(name)).toContain(`${fixtures}/${name}/${expected}`);
  });

  it('reports only what is wrong in each broken fixture', () => {
    expect(forCase('unknown-indicator')).toHaveLength(1);
    expect(forCase('missing-fragment')).toHaveLength(1);
    expect(forCase('missing-translation')).toHaveLength(1);
    expect(forCase('recommended-longest')).toHaveLength(1);
  });

  it('reports every problem of a vignette at once: schema errors hide no other check, and add no echoes', () => {
    const at = (rest: string) => `${fixtures}/many-problems/${rest}`;
    expect(forCase('many-problems')).toEqual([
      at('en.yaml:7: scenes.look.body: fragment "s3" is not marked in this language'),
      at('en.yaml:7: scenes.look.body: fragment "d4" is not marked in this language'),
      at('en.yaml:11: scenes.look.body: unbalanced fragment markup "[[" or "]]"'),
      at('en.yaml:20: scenes.choose.options.ignore.feedback: is missing (expected text)'),
      at('en.yaml:30: fragments.s2: must not be empty'),
      at('scenario.yaml:1: minutes: is missing (expected a number)'),
      at('scenario.yaml:6: minuts: unknown field "minuts"'),
      at('scenario.yaml:21: scenes.look.fragments.d1: is both a signal and a distractor: keep either `signal: <indicator id>` or `distractor: true`'),
      at('scenario.yaml:33: scenes.after-report.type: must be one of "observe", "decide", not "observ"'),
    ]);
  });
});

describe('content check of the real content/', () => {
  it('finds no problems', () => {
    expect(loadContent({ root }).problems.map(formatProblem)).toEqual([]);
  });

  it('exits non-zero and prints file:line: path: reason from the command line', () => {
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
    expect(output).toMatch(/^tests\/fixtures\/content-broken-root\/sources\.yaml: \(file\): file is missing$/m);
  });
});
