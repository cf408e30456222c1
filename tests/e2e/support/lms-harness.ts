import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Frame, type Page } from '@playwright/test';
import { pathThrough, uiText, type Lang, type Option, type Vignette } from './content';
import { unzipSync } from 'fflate';
import { chooseMode } from './player';

// An LMS played by scorm-again's LMS-side API objects: a page on a made-up origin that puts
// `API` (SCORM 1.2) or `API_1484_11` (SCORM 2004) on its window and launches the built package
// in an iframe, as an LMS does. Every file is served from the package zip by request routing,
// so nothing but the zip itself is under test.

export const LMS_ORIGIN = 'http://lms.test';
export type ScormVersion = '1.2' | '2004';

const PACKAGES = mkdtempSync(path.join(tmpdir(), 'signaal-lms-packages-'));

/** Builds the packages with the project's own command, into a fresh folder for this test run. */
export function buildPackages(args: string[]) {
  const run = spawnSync('node_modules/.bin/tsx', ['src/integrations/lms/build/cli.ts', ...args, '--out-dir', PACKAGES], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`package build failed:\n${run.stdout}\n${run.stderr}`);
}

export const packageFile = (name: string) => path.join(PACKAGES, name);

/** The files of a zip, by path. */
export const readZip = (file: string) => unzipSync(readFileSync(file));

const TYPES: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css', svg: 'image/svg+xml', png: 'image/png', json: 'application/json', xml: 'application/xml', webmanifest: 'application/manifest+json' };

/** An LMS that misbehaves: refuses to start a session, or refuses every commit. */
export type Failure = 'initialize' | 'commit' | undefined;

function harnessHtml(version: ScormVersion, initial: Record<string, unknown>, failure: Failure) {
  const api = version === '1.2' ? 'Scorm12API' : 'Scorm2004API';
  const global = version === '1.2' ? 'API' : 'API_1484_11';
  const prefix = version === '1.2' ? 'LMS' : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS harness</title>
<script src="/scorm-again/${version === '1.2' ? 'scorm12' : 'scorm2004'}.min.js"></script>
<script>
  window.lms = { set: {}, calls: [] };
  const api = new ${api}({ autocommit: false, logLevel: 5 });
  api.loadFromJSON(${JSON.stringify(initial)}, '');
  for (const call of ['Initialize', 'Commit', 'Finish', 'Terminate']) {
    api.on('${prefix}' + call, () => window.lms.calls.push(call));
  }
  api.on('${prefix}SetValue.cmi.*', (element, value) => { window.lms.set[element] = String(value); });
  const refuse = ${JSON.stringify(failure ?? null)};
  if (refuse) {
    const method = '${prefix}' + (refuse === 'initialize' ? 'Initialize' : 'Commit');
    api[method] = () => 'false';
    api['${prefix}GetLastError'] = () => '101';
  }
  window.${global} = api;
</script></head>
<body><main><h1>LMS harness</h1><iframe name="sco" title="Signaal" src="/package/index.html" style="width:100%;height:90vh;border:0"></iframe></main></body></html>`;
}

/**
 * Opens the harness LMS with the given initial data model (e.g. the suspend_data of an earlier
 * session) and waits for the package to start in its iframe. Returns the SCO's frame.
 */
export async function launchInLms(page: Page, zip: Record<string, Uint8Array>, version: ScormVersion, initial: Record<string, unknown> = {}, failure?: Failure) {
  const scormAgain = path.resolve('node_modules/scorm-again/dist');
  await page.route(`${LMS_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/harness.html') return route.fulfill({ contentType: 'text/html', body: harnessHtml(version, initial, failure) });
    if (url.pathname.startsWith('/scorm-again/')) {
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(path.join(scormAgain, path.basename(url.pathname))) });
    }
    const file = zip[decodeURIComponent(url.pathname.replace(/^\/package\//, ''))];
    if (!url.pathname.startsWith('/package/') || !file) return route.fulfill({ status: 404, body: 'not in the package' });
    const ext = url.pathname.split('.').pop() ?? '';
    return route.fulfill({ contentType: TYPES[ext] ?? 'application/octet-stream', body: Buffer.from(file) });
  });
  await page.goto(`${LMS_ORIGIN}/harness.html`);
  const frame = page.frame({ name: 'sco' });
  if (!frame) throw new Error('the package did not open in the harness');
  return frame;
}

export type LmsRecord = { set: Record<string, string>; calls: string[] };

/** Everything the SCO wrote to the LMS so far (last value per element) and the calls it made. */
export const lmsRecord = (page: Page) => page.evaluate(() => (window as unknown as { lms: LmsRecord }).lms);

export type PlayOptions = { scenes?: number; from?: number; lang?: Lang };

/**
 * Plays a vignette in a page or an LMS frame, opened at `app` (the app's URL without its hash):
 * flags the signals and takes options of one quality. With `scenes`, stops after that many scenes
 * with the signals of the next one flagged but not sent; with `from`, carries on a resumed
 * vignette from that scene.
 */
export async function playIn(target: Page | Frame, app: string, vignette: Vignette, choose: Option['quality'], { scenes: stopAfter = Infinity, from = 0, lang = 'nl' }: PlayOptions = {}) {
  const { scenes } = pathThrough(vignette, choose);
  await target.goto(`${app}#/play/${vignette.id}`);
  if (from === 0) {
    await chooseMode(target, 'assessment', lang);
    await target.getByRole('button', { name: uiText(lang, 'player', 'warning.continue') }).click();
  }
  for (const [i, scene] of scenes.entries()) {
    if (i < from) continue;
    await expect(target.getByRole('heading', { level: 2, name: scene.heading[lang] })).toBeVisible();
    for (const fragment of scene.fragments.filter((f) => f.signal && (i > from || from === 0))) {
      await target.getByRole('button', { name: fragment.text[lang] }).click();
    }
    if (i >= stopAfter) return;
    if (scene.type === 'decide' && scene.chosen) {
      await target.getByRole('radio', { name: scene.chosen.label[lang] }).check();
      await target.getByRole('button', { name: uiText(lang, 'player', 'decision.confirm') }).click();
    } else {
      await target.getByRole('button', { name: uiText(lang, 'player', 'next'), exact: true }).click();
    }
  }
  await expect(target.getByRole('heading', { level: 1, name: uiText(lang, 'debrief', 'heading', { title: vignette.title[lang] }) })).toBeVisible();
}
