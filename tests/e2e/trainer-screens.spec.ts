import type { Page } from '@playwright/test';
import { decodeAssignmentCode, encodeAssignmentCode } from '../../src/records/assignment-codec';
import { download, freshPage, playAssignedVignette } from './support/assignment';
import { expectNoAxeViolations } from './support/axe';
import { loadVignette, pathThrough, uiText, type Lang } from './support/content';
import { expect, test } from './support/fixtures';
import { expectNoHorizontalScroll, saveScreenshots } from './support/screenshot';
import { scenarioCodes } from '../support/scenario-text';

const vignette = loadVignette('hotel-room-214');
const LANGS: Lang[] = ['nl', 'en'];
const LANGUAGE_NAMES: Record<Lang, string> = { nl: uiText('nl', 'common', 'language.nl'), en: uiText('en', 'common', 'language.en') };

async function pickLanguage(page: Page, lang: Lang) {
  const button = page.getByRole('button', { name: LANGUAGE_NAMES[lang] });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/** axe at 1280 and 360 px, no sideways scrolling at 360 and 320 px, screenshots at both widths. */
async function checkScreen(page: Page, lang: Lang, screen: string) {
  await expectNoAxeViolations(page, `${screen} (${lang}, 1280 px)`);
  await saveScreenshots(page, `${lang}-${screen}`, { atNarrow: (narrow) => expectNoAxeViolations(narrow, `${screen} (${lang}, 360 px)`) });
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Builds a one-vignette assignment through the builder and returns its link. */
async function buildAssignment(page: Page, lang: Lang, title: string) {
  const t = (key: string, values?: Record<string, string | number>) => uiText(lang, 'trainer', key, values);
  await page.getByRole('link', { name: t('home.new') }).click();
  await page.getByLabel(t('builder.title')).fill(title);
  await page.getByLabel(t('builder.filterForm')).selectOption('sexual');
  await page.getByRole('checkbox', { name: new RegExp(`^${vignette.title[lang]}`) }).check();
  await page.getByRole('radio', { name: t('builder.feedbackMode.scene') }).check();
  await page.getByLabel(t('builder.due')).fill('2099-06-30');
  await page.getByLabel(t('builder.trainer')).fill('Anna de Vries');
  await page.getByRole('button', { name: t('builder.submit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return page.getByRole('textbox', { name: t('share.link') }).inputValue();
}

for (const lang of LANGS) {
  const t = (namespace: string, key: string, values?: Record<string, string | number>) => uiText(lang, namespace, key, values);

  test(`the trainer's home, builder, share and empty results screens pass axe and fit 320 px in ${LANGUAGE_NAMES[lang]}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/#/trainer');
    await pickLanguage(page, lang);
    await expect(page.getByRole('heading', { level: 1, name: t('trainer', 'home.heading') })).toBeVisible();
    await expect(page.getByText(t('trainer', 'key.fingerprint'))).toBeVisible();
    await checkScreen(page, lang, 'trainer-home-empty');

    await page.getByRole('link', { name: t('trainer', 'home.new') }).click();
    await page.getByRole('button', { name: t('trainer', 'builder.submit') }).click();
    const summary = page.getByRole('alert').filter({ hasText: t('trainer', 'builder.errorSummary') });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([t('trainer', 'builder.error.titleRequired'), t('trainer', 'builder.error.noScenarios')]);
    await summary.getByRole('link', { name: t('trainer', 'builder.error.titleRequired') }).click();
    await expect(page.getByLabel(t('trainer', 'builder.title'))).toBeFocused();
    await expect(page.getByLabel(t('trainer', 'builder.title'))).toHaveAttribute('aria-invalid', 'true');
    await checkScreen(page, lang, 'trainer-builder-errors');
    await page.getByRole('link', { name: t('trainer', 'builder.back') }).click();

    await buildAssignment(page, lang, lang === 'nl' ? 'Oefenen met kamer 214' : 'Practising with room 214');
    await expect(page.getByRole('img', { name: new RegExp(t('trainer', 'share.qrLabel', { title: '' }).trim()) })).toBeVisible();
    await checkScreen(page, lang, 'trainer-share');

    await page.getByRole('link', { name: t('trainer', 'share.results') }).click();
    await expect(page.getByText(t('trainer', 'results.empty'))).toBeVisible();
    await checkScreen(page, lang, 'trainer-results-empty');
  });

  test(`a learner's assignment overview and the feedback after a scene pass axe and fit 320 px in ${LANGUAGE_NAMES[lang]}`, async ({ page, browser }) => {
    test.setTimeout(180_000);
    await page.goto('/#/trainer');
    await pickLanguage(page, lang);
    const link = await buildAssignment(page, lang, lang === 'nl' ? 'Oefenen met kamer 214' : 'Practising with room 214');
    const errors: string[] = [];
    const learner = await freshPage(browser, errors);
    await learner.goto(link);
    await pickLanguage(learner, lang);
    await expect(learner.getByRole('heading', { level: 1 })).toBeVisible();
    await checkScreen(learner, lang, 'assignment-overview');
    await learner.getByRole('link', { name: t('assignment', 'vignette.start', { title: vignette.title[lang] }) }).click();
    await learner.getByRole('button', { name: t('player', 'warning.continue') }).click();
    await learner.getByRole('button', { name: t('player', 'next'), exact: true }).click();
    // With feedback after each scene, the first scene ends in its explanation, and focus goes there.
    await expect(learner.getByRole('heading', { level: 2, name: t('player', 'feedback.heading', { scene: vignette.scenes[0]!.heading[lang] }) })).toBeFocused();
    await checkScreen(learner, lang, 'assignment-scene-feedback');
    await learner.context().close();
    expect(errors).toEqual([]);
  });

  test(`an edited, cut-off or foreign link is refused with a message in ${LANGUAGE_NAMES[lang]}, and stored progress stays as it was`, async ({ page, browser }) => {
    test.setTimeout(120_000);
    await page.goto('/#/trainer');
    await pickLanguage(page, lang);
    const link = await buildAssignment(page, lang, 'Kamer 214');
    const [base, code] = link.split('#/assignment/') as [string, string];
    const decoded = await decodeAssignmentCode(code, scenarioCodes);
    if (!decoded.ok) throw new Error('the link must decode');
    const edited = `${base}#/assignment/${await encodeAssignmentCode({ ...decoded.value, payload: decoded.value.payload.replace('"p":70', '"p":10') })}`;

    const errors: string[] = [];
    const learner = await freshPage(browser, errors);
    await learner.goto('/');
    await pickLanguage(learner, lang);
    const stored = () => learner.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([key]) => key !== 'signaal.settings').sort()));
    const before = await stored();
    const cases: [string, string][] = [
      [edited, 'open.error.altered'],
      [link.slice(0, link.length - 30), 'open.error.damaged'],
      [`${base}#/assignment/${'A'.repeat(4000)}`, 'open.error.too-long'],
      [`${base}#/assignment/AQ`, 'open.error.damaged'],
    ];
    for (const [url, message] of cases) {
      await learner.goto(url);
      await expect(learner.getByRole('heading', { level: 1, name: t('assignment', 'open.refusedHeading') })).toBeVisible();
      await expect(learner.getByRole('alert')).toHaveText(t('assignment', message));
      expect(await stored()).toBe(before);
    }
    await checkScreen(learner, lang, 'assignment-refused');
    await learner.goto(`${base}#/assignment`);
    await expect(learner.getByRole('heading', { level: 1, name: t('assignment', 'empty.heading') })).toBeVisible();
    await expectNoAxeViolations(learner, `assignment-empty (${lang})`);
    await learner.context().close();
    expect(errors).toEqual([]);
  });
}

test('a learner sends a short result code instead of a file, and the trainer reads it in with a bad one set aside', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const t = (namespace: string, key: string, values?: Record<string, string | number>) => uiText('nl', namespace, key, values);
  await page.goto('/#/trainer');
  const link = await buildAssignment(page, 'nl', 'Kamer 214 met codes');
  const errors: string[] = [];
  const learner = await freshPage(browser, errors);
  await learner.goto(link);
  await playAssignedVignette(learner, vignette, { flag: (f) => f.signal, choose: 'recommended', sceneFeedback: true });
  await learner.getByRole('link', { name: t('debrief', 'backToCatalogue') }).click();
  await learner.getByLabel(t('assignment', 'result.name')).fill('Chris Code');
  await learner.getByRole('button', { name: t('assignment', 'result.showCode') }).click();
  const code = await learner.getByRole('textbox', { name: t('assignment', 'result.code') }).inputValue();
  expect(code.length).toBeLessThan(200);
  await checkScreen(learner, 'nl', 'assignment-result');
  await learner.context().close();
  expect(errors).toEqual([]);

  await page.getByRole('link', { name: t('trainer', 'share.results') }).click();
  await page.getByLabel(t('trainer', 'import.codes')).fill(`${code}\n${code.slice(0, -3)}`);
  await page.getByRole('button', { name: t('trainer', 'import.addCodes') }).click();
  await expect(page.getByText(t('trainer', 'import.done_other', { count: 2, counted: 1, setAside: 1 }))).toBeVisible();
  await expect(page.getByRole('region', { name: t('trainer', 'import.setAsideHeading_one', { count: 1 }) })).toContainText(t('trainer', 'import.unreadable.damaged'));
  await expect(page.getByText(t('trainer', 'cohort.summary_one', { count: 1, finished: 1, passed: 1, passMark: 70 }))).toBeVisible();
  const csv = await download(page, page.getByRole('button', { name: t('trainer', 'export.decisions') }));
  expect(csv.text.startsWith('\uFEFF')).toBe(true);
  const chosen = pathThrough(vignette, 'recommended').option.label.nl;
  expect(csv.text.split('\r\n').find((line) => line.includes(chosen))).toMatch(/;1;100$/);
  await checkScreen(page, 'nl', 'trainer-results-cohort');
});
