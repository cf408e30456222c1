import { loadVignette, pathThrough, uiText, type Lang } from './support/content';
import { expect, test } from './support/fixtures';
import { chooseMode, fragmentButton, playPath } from './support/player';

const vignette = loadVignette('hotel-room-214');
const [first, second] = vignette.scenes;
if (!first || !second) throw new Error('the hotel vignette needs at least two scenes');
// Every path through Kamer 214 is as long, so the player says exactly where a learner is.
const total = pathThrough(vignette, 'recommended').scenes.length;
const t = (lang: Lang, namespace: string, key: string, values?: Record<string, string | number>) => uiText(lang, namespace, key, values);

test('a learner who reloads mid-vignette resumes at the same scene with the same flags, in either language', async ({ page }) => {
  const flaggedFirst = first.fragments.filter((f) => f.signal);
  const flaggedSecond = second.fragments.filter((f) => f.signal);
  const unflaggedSecond = second.fragments.filter((f) => !f.signal);
  const sceneHeading = (lang: Lang) => page.getByRole('heading', { level: 2, name: second.heading[lang] });
  const expectScene2 = async (lang: Lang) => {
    await expect(sceneHeading(lang)).toBeVisible();
    await expect(page.getByText(t(lang, 'player', 'position.exact', { count: 2, total }), { exact: true })).toBeVisible();
    for (const fragment of flaggedSecond) await expect(fragmentButton(page, fragment, lang)).toHaveAttribute('aria-pressed', 'true');
    for (const fragment of unflaggedSecond) await expect(fragmentButton(page, fragment, lang)).toHaveAttribute('aria-pressed', 'false');
  };

  await page.goto(playPath(vignette.id));
  await chooseMode(page, 'assessment');
  await page.getByRole('button', { name: t('nl', 'player', 'warning.continue') }).click();
  for (const fragment of flaggedFirst) await fragmentButton(page, fragment).click();
  await page.getByRole('button', { name: t('nl', 'player', 'next'), exact: true }).click();
  for (const fragment of flaggedSecond) await fragmentButton(page, fragment).click();
  await expectScene2('nl');

  await page.reload();
  await expectScene2('nl');

  // Mid-scene, switch to English: same scene, same flags, nothing lost.
  const english = page.getByRole('button', { name: t('nl', 'common', 'language.en') });
  await english.click();
  await expect(english).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: vignette.title.en })).toBeVisible();
  await expectScene2('en');
  await expect(page.getByText(t('en', 'player', 'howToSummary'))).toBeVisible();

  // The choice of language survives a reload.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectScene2('en');

  // And back to Dutch.
  const dutch = page.getByRole('button', { name: t('en', 'common', 'language.nl') });
  await dutch.click();
  await expect(dutch).toHaveAttribute('aria-pressed', 'true');
  await expect(english).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expectScene2('nl');

  // The flags from scene 1 were kept too: they count in the debrief.
  await page.getByRole('button', { name: t('nl', 'player', 'next'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: vignette.scenes[2]?.heading.nl ?? '' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: vignette.scenes[2]?.heading.nl ?? '' })).toBeVisible();
  await expect(page.getByText(t('nl', 'player', 'position.exact', { count: 3, total }), { exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('the catalogue shows a vignette in progress as one to resume', async ({ page }) => {
  await page.goto(playPath(vignette.id));
  await chooseMode(page, 'assessment');
  await page.getByRole('button', { name: t('nl', 'player', 'warning.continue') }).click();
  await page.getByRole('link', { name: t('nl', 'player', 'leave') }).click();
  await expect(page.getByText(t('nl', 'common', 'catalogue.statusInProgress'))).toBeVisible();
  await page.getByRole('link', { name: t('nl', 'common', 'catalogue.resume', { title: vignette.title.nl }) }).click();
  await expect(page.getByRole('heading', { level: 2, name: first.heading.nl })).toBeVisible();
});
