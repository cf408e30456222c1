import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { loadVignette, pageTitle, pathThrough, uiText, type Lang } from './support/content';
import { expect, test } from './support/fixtures';
import { chooseMode, fragmentButton, playPath } from './support/player';
import { saveScreenshots } from './support/screenshot';

const vignette = loadVignette('hotel-room-214');
// Each test scans seven or more screens at two widths; on a loaded 2-core machine that takes a while.
test.describe.configure({ timeout: 120_000 });
const LANGS: Lang[] = ['nl', 'en'];
// Each language button is named in its own language, the same on every screen.
const LANGUAGE_NAMES: Record<Lang, string> = { nl: uiText('nl', 'common', 'language.nl'), en: uiText('en', 'common', 'language.en') };

/** Opens the app and picks the language with its button, as a learner would. */
async function openIn(page: Page, lang: Lang) {
  await page.goto('/');
  const button = page.getByRole('button', { name: LANGUAGE_NAMES[lang] });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/**
 * Checks one screen: its heading is there, axe finds nothing at 1280 px (and at 360 px when
 * `narrowAxe`), it does not scroll sideways at 360 px, and screenshots at both widths are saved.
 */
async function checkScreen(page: Page, lang: Lang, screen: string, heading: string, { level = 1, narrowAxe = false } = {}) {
  await expect(page.getByRole('heading', { level, name: heading })).toBeVisible();
  await expectNoAxeViolations(page, `${screen} (${lang}, 1280 px)`);
  await saveScreenshots(page, `${lang}-${screen}`, {
    atNarrow: narrowAxe ? (narrowPage) => expectNoAxeViolations(narrowPage, `${screen} (${lang}, 360 px)`) : undefined,
  });
}

for (const lang of LANGS) {
  const t = (namespace: string, key: string, values?: Record<string, string | number>) => uiText(lang, namespace, key, values);

  test(`the home, catalogue, information and not-found screens have no axe violations in ${LANGUAGE_NAMES[lang]}`, async ({ page }) => {
    await openIn(page, lang);
    await checkScreen(page, lang, 'home', t('common', 'home.heading'), { narrowAxe: true });

    await page.goto('/#/sector/hotel');
    await checkScreen(page, lang, 'catalogue-hotel', t('common', 'catalogue.heading', { sector: t('common', 'sector.hotel.name') }));

    await page.goto('/#/sector/school');
    await checkScreen(page, lang, 'catalogue-school', t('common', 'catalogue.heading', { sector: t('common', 'sector.school.name') }));

    await page.goto('/#/help');
    await checkScreen(page, lang, 'help', pageTitle('what-to-do', lang));

    await page.goto('/#/introduction');
    await checkScreen(page, lang, 'introduction', pageTitle('introduction', lang));

    await page.goto('/#/signals');
    await checkScreen(page, lang, 'signals', t('help', 'signals.heading'), { narrowAxe: true });

    await page.goto('/#/no/such/page');
    await checkScreen(page, lang, 'not-found', t('common', 'status.notFoundHeading'));
  });

  test(`the content warning, a scene, the decision and the debrief have no axe violations in ${LANGUAGE_NAMES[lang]}`, async ({ page }) => {
    const { scenes, option } = pathThrough(vignette, 'recommended');
    const next = page.getByRole('button', { name: t('player', 'next'), exact: true });
    await openIn(page, lang);

    await page.goto(playPath(vignette.id));
    await checkScreen(page, lang, 'content-warning', t('player', 'warning.heading'), { level: 2 });
    await chooseMode(page, 'assessment', lang);
    await page.getByRole('button', { name: t('player', 'warning.continue') }).click();

    for (const scene of scenes) {
      await expect(page.getByRole('heading', { level: 2, name: scene.heading[lang] })).toBeVisible();
      const signals = scene.fragments.filter((f) => f.signal);
      for (const fragment of signals) await fragmentButton(page, fragment, lang).click();
      if (scene.id === vignette.start) {
        // Keyboard focus on the fragment before the last one flagged, so the screenshot shows
        // how focus looks in the story.
        await page.keyboard.press('Shift+Tab');
        await checkScreen(page, lang, 'scene-observe', scene.heading[lang], { level: 2, narrowAxe: true });
      }
      if (scene.type === 'decide') {
        await page.getByRole('radio', { name: option.label[lang] }).check();
        await checkScreen(page, lang, 'scene-decision', scene.heading[lang], { level: 2 });
        await page.getByRole('button', { name: t('player', 'decision.confirm') }).click();
      } else {
        await next.click();
      }
    }

    await checkScreen(page, lang, 'debrief', t('debrief', 'heading', { title: vignette.title[lang] }), { narrowAxe: true });
  });

  test(`in practice mode the feedback after a scene and after the decision, and the practice debrief, have no axe violations in ${LANGUAGE_NAMES[lang]}`, async ({ page }) => {
    // The acceptable option, one signal caught and one distractor marked: the feedback shows a hit,
    // misses, a false alarm and the decision's consequence.
    const { scenes, option } = pathThrough(vignette, 'acceptable');
    const next = page.getByRole('button', { name: t('player', 'next'), exact: true });
    const onward = page.getByRole('button', { name: t('player', 'feedback.continue') });
    await openIn(page, lang);

    await page.goto(playPath(vignette.id));
    await chooseMode(page, 'practice', lang);
    await page.getByRole('button', { name: t('player', 'warning.continue') }).click();
    for (const scene of scenes) {
      await expect(page.getByRole('heading', { level: 2, name: scene.heading[lang] })).toBeVisible();
      const feedback = t('player', 'feedback.heading', { scene: scene.heading[lang] });
      if (scene.id === vignette.start) {
        await fragmentButton(page, scene.fragments.find((f) => f.signal)!, lang).click();
        await fragmentButton(page, scene.fragments.find((f) => !f.signal)!, lang).click();
        await next.click();
        await checkScreen(page, lang, 'practice-scene-feedback', feedback, { level: 2, narrowAxe: true });
      } else if (scene.type === 'decide') {
        await page.getByRole('radio', { name: option.label[lang] }).check();
        await page.getByRole('button', { name: t('player', 'decision.confirm') }).click();
        await checkScreen(page, lang, 'practice-decision-feedback', feedback, { level: 2, narrowAxe: true });
      } else {
        await next.click();
        await expect(page.getByRole('heading', { level: 2, name: feedback })).toBeFocused();
      }
      await onward.click();
    }

    await checkScreen(page, lang, 'practice-debrief', t('debrief', 'heading', { title: vignette.title[lang] }), { narrowAxe: true });
    await expect(page.getByText(t('debrief', 'result.practice'))).toBeVisible();
  });
}
