import fc from 'fast-check';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createScenarioCodes } from '../../src/content/code-book';
import { formatProblem } from '../../src/content/content-problem';
import { loadContent } from '../../src/content/load-content';
import { issuedCodes } from '../../src/content/registry';
import { signaalContent } from '../../src/content/vite-plugin';
import { MODES, asScenarioId } from '../../src/engine';
import { assignmentPayload, compactAttempt, decodeResultCode, encodeResultCode, expandAttempt, parseAssignmentPayload } from '../../src/records';
import { makeAssignment } from '../support/assignments';
import { attemptArbitrary } from '../support/attempts';
import { enumeratePaths, reachability } from '../support/scenario-paths';

// An author adds a vignette exactly as content/README.md says — a folder with scenario.yaml (with
// the next free `code:`), nl.yaml and en.yaml — and writes no TypeScript.
const root = mkdtempSync(join(tmpdir(), 'signaal-content-'));
cpSync(resolve('content'), root, { recursive: true });
const NEW_ID = 'hotel-night-porter';
const original = loadContent({ root }).content.scenarios;
const nextCode = Math.max(...issuedCodes(root, original).map(([code]) => code)) + 1;
cpSync(join(root, 'scenarios', 'hotel-room-214'), join(root, 'scenarios', NEW_ID), { recursive: true });
const structureFile = join(root, 'scenarios', NEW_ID, 'scenario.yaml');
writeFileSync(
  structureFile,
  readFileSync(structureFile, 'utf8')
    .replace(/^id: .*$/m, `id: ${NEW_ID}`)
    .replace(/^code: .*$/m, `code: ${nextCode}`)
    .replace(/^version: .*$/m, 'version: 1'),
);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a new vignette needs no code', () => {
  const { content, problems } = loadContent({ root, requireCoverage: true });
  const added = content.scenarios.find((s) => s.id === NEW_ID);
  const codes = createScenarioCodes(issuedCodes(root, content.scenarios));

  it('passes the content check, with its own number', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(added?.code).toBe(nextCode);
    expect(added?.scenes.some((scene) => scene.neutrals.length > 0)).toBe(true);
  });

  it('is served by the build: in the catalogue with its number, its story in its own module, its content warning in a small one', async () => {
    const plugin = signaalContent(root);
    const call = <T>(hook: unknown, ...args: unknown[]) => (hook as (...a: unknown[]) => T).call({ addWatchFile: () => undefined, error: (m: string) => { throw new Error(m); } }, ...args);
    call(plugin.buildStart);
    const catalogue = call<string>(plugin.load, `\0virtual:signaal/catalogue`);
    expect(catalogue).toContain(`"id":"${NEW_ID}"`);
    expect(catalogue).toMatch(new RegExp(`"id":"${NEW_ID}","code":${nextCode}`));
    const story = call<string>(plugin.load, `\0virtual:signaal/scenario/${NEW_ID}`);
    const json = /JSON\.parse\((".*")\);$/.exec(story)?.[1] ?? '""';
    expect(JSON.parse(JSON.parse(json) as string)).toMatchObject({ id: NEW_ID, code: nextCode });
    expect(catalogue).toContain(`"${NEW_ID}": () => import("virtual:signaal/briefing/${NEW_ID}")`);
    const briefing = call<string>(plugin.load, `\0virtual:signaal/briefing/${NEW_ID}`);
    const briefingJson = /JSON\.parse\((".*")\);$/.exec(briefing)?.[1] ?? '""';
    const text = (locale: 'nl' | 'en') => ({ summary: added?.text[locale].summary, contentWarning: added?.text[locale].contentWarning });
    expect(JSON.parse(JSON.parse(briefingJson) as string)).toEqual({ nl: text('nl'), en: text('en') });
  });

  it('travels in links and result codes as its number, and reads back', () => {
    if (!added) throw new Error('not loaded');
    const payload = assignmentPayload(makeAssignment({ scenarios: [asScenarioId(NEW_ID)] }), codes);
    expect(payload).toContain(`"s":[${nextCode}]`);
    expect(parseAssignmentPayload(payload, codes)).toMatchObject({ ok: true, value: { scenarios: [NEW_ID] } });
    const attempt = fc.sample(attemptArbitrary(added), 1)[0]!;
    const text = encodeResultCode({ assignmentId: 'AAAAAAAA', assignmentDigest: 'AAAAAAAA', learner: 'Ada', attempts: [compactAttempt(added, attempt)] }, codes);
    const read = decodeResultCode(text, codes);
    if (!read.ok) throw new Error(read.error);
    expect(expandAttempt(added, read.value.attempts[0]!)).toEqual(attempt);
  });

  it.each(MODES)('is walked to the end on every path in %s mode, with no dead end', (mode) => {
    if (!added) throw new Error('not loaded');
    expect(enumeratePaths(added, mode).length).toBeGreaterThan(0);
    expect(reachability(added, mode).filter((s) => !s.canEnd)).toEqual([]);
  });
});
