import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { Frame, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { loadVignette, pathThrough, uiText, type Option, type Vignette } from './support/content';
import { expect, test } from './support/fixtures';
import { buildPackages, launchInLms, lmsRecord, LMS_ORIGIN, packageFile, playIn, readZip, type PlayOptions, type ScormVersion } from './support/lms-harness';
import { saveScreenshot } from './support/screenshot';

// The packages that `npm run build:scorm12` / `build:scorm2004` make, with two vignettes and a
// pass mark of 90, run inside an LMS played by scorm-again; the test reads what the LMS received.
const hotel = loadVignette('hotel-room-214');
const care = loadVignette('care-gp-employer');
const PASS_MARK = 90;

test.describe.configure({ mode: 'serial', timeout: 90_000 });
test.beforeAll(() => {
  test.setTimeout(180_000);
  buildPackages(['--standard', 'scorm12,scorm2004,cmi5', '--scenarios', `${hotel.id},${care.id}`, '--pass-mark', String(PASS_MARK), '--lang', 'nl']);
});

const zipOf = (version: ScormVersion) => readZip(packageFile(`signaal-${version === '1.2' ? 'scorm12' : 'scorm2004'}-nl.zip`));

const play = (frame: Frame, vignette: Vignette, choose: Option['quality'], options: PlayOptions = {}) =>
  playIn(frame, `${LMS_ORIGIN}/package/index.html`, vignette, choose, options);

const decisionsOn = (vignette: Vignette, choose: Option['quality']) => pathThrough(vignette, choose).scenes.filter((s) => s.type === 'decide');

/** Closing the LMS's content frame, as a learner leaving the course does: the SCO gets `pagehide`. */
const leave = (page: Page) => page.evaluate(() => document.querySelector('iframe')?.remove());

test('the built zips each hold a well-formed manifest that lists every file of the app', () => {
  for (const [standard, manifestFile] of [['scorm12', 'imsmanifest.xml'], ['scorm2004', 'imsmanifest.xml'], ['cmi5', 'cmi5.xml']] as const) {
    const zip = readZip(packageFile(`signaal-${standard}-nl.zip`));
    const problems: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && problems.push(message)) }).parseFromString(
      new TextDecoder().decode(zip[manifestFile]),
      'text/xml',
    );
    expect(problems, standard).toEqual([]);
    // The schemas at the root are the standard's control documents, not files of the SCO.
    const app = Object.keys(zip).filter((file) => file !== manifestFile && !file.endsWith('.xsd'));
    expect(app).toContain('index.html');
    if (standard === 'cmi5') {
      expect(doc.getElementsByTagName('url')[0]?.textContent).toBe('index.html');
      expect(doc.getElementsByTagName('au')[0]?.getAttribute('masteryScore')).toBe(String(PASS_MARK / 100));
      continue;
    }
    const listed = Array.from(doc.getElementsByTagName('file')).map((f) => f.getAttribute('href'));
    expect(listed.sort(), standard).toEqual(app.sort());
    if (standard === 'scorm12') expect(Object.keys(zip).filter((file) => file.endsWith('.xsd')).sort()).toEqual(['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd']);
  }
});

test('SCORM 1.2: status, score, objectives and interactions reach the LMS, and suspend_data resumes the learner', async ({ page }) => {
  let frame = await launchInLms(page, zipOf('1.2'), '1.2');
  await expect(frame.getByText(uiText('nl', 'lms', 'reporting.lms'))).toBeVisible();
  expect((await lmsRecord(page)).set['cmi.core.lesson_status']).toBe('incomplete');

  // The package shows only its own vignettes.
  await frame.goto(`${LMS_ORIGIN}/package/index.html#/sector/hotel`);
  await expect(frame.getByRole('link', { name: uiText('nl', 'common', 'catalogue.start', { title: hotel.title.nl }) })).toBeVisible();
  await expect(frame.getByRole('link', { name: new RegExp(loadVignette('hotel-agency-cleaners').title.nl) })).toHaveCount(0);

  await play(frame, hotel, 'recommended');
  await expect(frame.getByText(new RegExp(`${PASS_MARK}`)).first()).toBeVisible();
  await expect.poll(async () => (await lmsRecord(page)).set['cmi.objectives.0.status']).toBe('passed');
  let lms = await lmsRecord(page);
  expect(lms.set['cmi.objectives.0.id']).toBe(hotel.id);
  expect(lms.set['cmi.objectives.0.score.raw']).toBe('100');
  // One vignette of two: the course is incomplete and has no score yet, so no LMS can pass it.
  expect(lms.set['cmi.core.score.raw']).toBeUndefined();
  expect(lms.set['cmi.core.lesson_status']).toBe('incomplete');
  const hotelDecisions = decisionsOn(hotel, 'recommended');
  for (const [n, decision] of hotelDecisions.entries()) {
    expect(lms.set[`cmi.interactions.${n}.id`]).toBe(`${hotel.id}_${decision.id}`);
    expect(lms.set[`cmi.interactions.${n}.type`]).toBe('choice');
    expect(lms.set[`cmi.interactions.${n}.result`]).toBe('correct');
    expect(lms.set[`cmi.interactions.${n}.student_response`]).toMatch(/^[a-z]$/);
    expect(lms.set[`cmi.interactions.${n}.time`]).toMatch(/^\d\d:\d\d:\d\d$/);
  }
  expect(lms.calls).toContain('Commit');

  // Halfway through the second vignette the learner leaves.
  await play(frame, care, 'harmful', { scenes: 2 });
  await leave(page);
  await expect.poll(async () => (await lmsRecord(page)).calls.at(-1)).toBe('Finish');
  lms = await lmsRecord(page);
  expect(lms.set['cmi.core.exit']).toBe('suspend');
  expect(lms.set['cmi.core.session_time']).toMatch(/^\d{4}:\d\d:\d\d\.\d\d$/);
  const suspendData = lms.set['cmi.suspend_data'] ?? '';
  expect(suspendData.length).toBeGreaterThan(0);
  expect(suspendData.length).toBeLessThan(4096);

  // Relaunch with what the LMS stored: the catalogue and the vignette resume where the learner left.
  await page.unrouteAll();
  frame = await launchInLms(page, zipOf('1.2'), '1.2', { core: { entry: 'resume', lesson_status: 'incomplete' }, suspend_data: suspendData });
  await frame.goto(`${LMS_ORIGIN}/package/index.html#/sector/care`);
  await expect(frame.getByText(uiText('nl', 'common', 'catalogue.statusInProgress'))).toBeVisible();
  await frame.getByRole('link', { name: uiText('nl', 'common', 'catalogue.resume', { title: care.title.nl }) }).click();
  const third = pathThrough(care, 'harmful').scenes[2];
  if (!third) throw new Error(`${care.id} needs three scenes`);
  await expect(frame.getByRole('heading', { level: 2, name: third.heading.nl })).toBeVisible();
  for (const fragment of third.fragments) {
    await expect(frame.getByRole('button', { name: fragment.text.nl })).toHaveAttribute('aria-pressed', String(fragment.signal));
  }
  await frame.goto(`${LMS_ORIGIN}/package/index.html#/sector/hotel`);
  await expect(frame.getByText(uiText('nl', 'common', 'catalogue.statusCompleted'))).toBeVisible();
  // The LMS, not this browser, keeps the progress: nothing of it was written to localStorage.
  expect(await frame.evaluate(() => localStorage.getItem('signaal.progress'))).toBeNull();

  // Finishing the course: harmful choices in the second vignette pull the mean under the pass mark.
  await play(frame, care, 'harmful', { from: 2 });
  await expect.poll(async () => (await lmsRecord(page)).set['cmi.core.lesson_status']).toBe('failed');
  lms = await lmsRecord(page);
  // This session's LMS started without the earlier objectives, so the vignette's is found by id.
  const objective = Object.keys(lms.set).find((key) => /^cmi\.objectives\.\d+\.id$/.test(key) && lms.set[key] === care.id)?.replace(/\.id$/, '');
  const careScore = Number(lms.set[`${objective}.score.raw`]);
  expect(careScore).toBeLessThan(PASS_MARK);
  expect(lms.set[`${objective}.status`]).toBe('failed');
  expect(Number(lms.set['cmi.core.score.raw'])).toBe(Math.round((100 + careScore) / 2));
  expect(Object.entries(lms.set).filter(([k, v]) => /^cmi\.interactions\.\d+\.result$/.test(k) && v === 'wrong').length).toBeGreaterThan(0);
});

test('SCORM 2004: completion, success, scaled score and interactions reach the LMS, and suspend_data resumes', async ({ page }) => {
  let frame = await launchInLms(page, zipOf('2004'), '2004');
  await expect(frame.getByText(uiText('nl', 'lms', 'reporting.lms'))).toBeVisible();
  await play(frame, hotel, 'recommended');
  await play(frame, care, 'recommended');
  await expect.poll(async () => (await lmsRecord(page)).set['cmi.success_status']).toBe('passed');
  let lms = await lmsRecord(page);
  expect(lms.set['cmi.completion_status']).toBe('completed');
  expect(lms.set['cmi.score.scaled']).toBe('1');
  expect(lms.set['cmi.progress_measure']).toBe('1');
  expect(lms.set['cmi.objectives.0.id']).toBe(`urn:signaal:vignette:${hotel.id}`);
  expect(lms.set['cmi.objectives.0.success_status']).toBe('passed');
  const first = decisionsOn(hotel, 'recommended')[0];
  expect(lms.set['cmi.interactions.0.id']).toBe(`urn:signaal:vignette:${hotel.id}:scene:${first?.id}`);
  expect(lms.set['cmi.interactions.0.learner_response']).toBe(first?.chosen?.id.replace(/-/g, '_'));
  expect(lms.set['cmi.interactions.0.result']).toBe('correct');
  expect(lms.set['cmi.interactions.0.timestamp']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d\dZ$/);

  // The learner switches to English; the LMS keeps the preference for the next launch.
  await frame.getByRole('button', { name: uiText('nl', 'common', 'language.en') }).click();
  await expect.poll(async () => (await lmsRecord(page)).set['cmi.learner_preference.language']).toBe('en');
  await leave(page);
  await expect.poll(async () => (await lmsRecord(page)).calls.at(-1)).toBe('Terminate');
  lms = await lmsRecord(page);
  expect(lms.set['cmi.exit']).toBe('suspend');
  expect(lms.set['cmi.session_time']).toMatch(/^PT(\d+H)?(\d+M)?[\d.]+S$/);

  await page.unrouteAll();
  frame = await launchInLms(page, zipOf('2004'), '2004', {
    entry: 'resume',
    completion_status: 'completed',
    success_status: 'passed',
    suspend_data: lms.set['cmi.suspend_data'],
    learner_preference: { language: 'en' },
  });
  await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
  await frame.goto(`${LMS_ORIGIN}/package/index.html#/debrief/${care.id}`);
  await expect(frame.getByRole('heading', { level: 1, name: uiText('en', 'debrief', 'heading', { title: care.title.en }) })).toBeVisible();
});

for (const lang of ['nl', 'en'] as const) {
  test(`inside an LMS the footer says where results go, accessibly (${lang})`, async ({ page }) => {
    const frame = await launchInLms(page, zipOf('1.2'), '1.2', { student_preference: { language: lang } });
    const footer = frame.locator('footer');
    await expect(footer.getByText(uiText(lang, 'lms', 'reporting.lms'))).toBeVisible();
    await expect(frame.getByText(uiText(lang, 'common', 'footer.privacy'))).toHaveCount(0);
    await expectNoAxeViolations(page, `LMS harness with Signaal (${lang}, 1280 px)`);
    await footer.screenshot({ path: path.join(test.info().project.testDir, 'screenshots', `${lang}-lms-footer-1280.png`) });
    await page.setViewportSize({ width: 360, height: 740 });
    await expectNoAxeViolations(page, `LMS harness with Signaal (${lang}, 360 px)`);
    await footer.screenshot({ path: path.join(test.info().project.testDir, 'screenshots', `${lang}-lms-footer-360.png`) });
    await saveScreenshot(page, `${lang}-lms-scorm12-360`);
  });
}

test.describe('an LMS that fails', () => {
  // The SCO logs each refusal as a warning for whoever supports the LMS; no errors.
  for (const lang of ['nl', 'en'] as const) {
    test(`a learner is told, and can still practise, when the LMS will not start a session (${lang})`, async ({ page }) => {
      const frame = await launchInLms(page, zipOf('1.2'), '1.2', { student_preference: { language: lang } }, 'initialize');
      await frame.goto(`${LMS_ORIGIN}/package/index.html#/`);
      await frame.getByRole('button', { name: uiText('nl', 'common', `language.${lang}`) }).click();
      const alert = frame.getByRole('alert');
      await expect(alert).toHaveText(uiText(lang, 'lms', 'unreachable'));
      await expectNoAxeViolations(page, `LMS unreachable (${lang})`);
      await alert.screenshot({ path: path.join(test.info().project.testDir, 'screenshots', `${lang}-lms-unreachable.png`) });
      await play(frame, hotel, 'recommended', { lang });
    });
  }

  test('a learner is told while the LMS refuses their progress', async ({ page }) => {
    const frame = await launchInLms(page, zipOf('2004'), '2004', {}, 'commit');
    await play(frame, hotel, 'recommended', { scenes: 1 });
    await expect(frame.getByRole('alert')).toHaveText(uiText('nl', 'lms', 'refusing'));
    await expectNoAxeViolations(page, 'LMS refusing (nl)');
    await frame.getByRole('alert').screenshot({ path: path.join(test.info().project.testDir, 'screenshots', 'nl-lms-refusing.png') });
  });
});
