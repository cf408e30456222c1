import { loadVignette, pathThrough, uiPattern, uiText, type Fragment } from './support/content';
import { expect, test } from './support/fixtures';
import { expectVisibleFocus, reachUnit, tabTo } from './support/keyboard';
import { fragmentButton } from './support/player';

const vignette = loadVignette('hotel-room-214');
const t = (namespace: string, key: string, values?: Record<string, string | number>) => uiText('nl', namespace, key, values);

test('a learner plays the hotel vignette from the home page to the debrief with the keyboard only', async ({ page }) => {
  const { scenes, option } = pathThrough(vignette, 'recommended');
  const onPath = scenes.flatMap((s) => s.fragments);
  const signals = onPath.filter((f) => f.signal);
  const distractors = onPath.filter((f) => !f.signal);
  // The learner catches every other signal and wrongly flags one distractor, so each list of the
  // debrief has something in it.
  const caught = signals.filter((_, i) => i % 2 === 0);
  const missed = signals.filter((f) => !caught.includes(f));
  const wronglyFlagged = distractors.slice(0, 1);
  const toFlag = new Set<Fragment>([...caught, ...wronglyFlagged]);
  const status = page.getByRole('status');

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: t('common', 'home.heading') })).toBeVisible();

  // Home: choose the sector Hotel.
  const hotel = page.getByRole('link', { name: new RegExp(`^${t('common', 'sector.hotel.name')}\\b`) });
  await tabTo(page, hotel);
  await expectVisibleFocus(hotel);
  await page.keyboard.press('Enter');
  const catalogueHeading = page.getByRole('heading', { level: 1, name: t('common', 'catalogue.heading', { sector: t('common', 'sector.hotel.name') }) });
  await expect(catalogueHeading).toBeFocused();

  // Catalogue: open "Kamer 214".
  await tabTo(page, page.getByRole('link', { name: t('common', 'catalogue.start', { title: vignette.title.nl }) }));
  await page.keyboard.press('Enter');

  // Content warning: read it, then start.
  await expect(page.getByRole('heading', { level: 1, name: vignette.title.nl })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: t('player', 'warning.heading') })).toBeVisible();
  await expect(page.getByText(t('player', `warning.level.${vignette.warning}`))).toBeVisible();
  // The mode: practice is chosen; the arrow key moves to assessment.
  const practice = page.getByRole('radio', { name: new RegExp(`^${t('player', 'mode.practice')}`) });
  await tabTo(page, practice);
  await expect(practice).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: new RegExp(`^${t('player', 'mode.assessment')}`) })).toBeChecked();
  const start = page.getByRole('button', { name: t('player', 'warning.continue') });
  await tabTo(page, start);
  await expectVisibleFocus(start);
  await page.keyboard.press('Space');

  for (const [index, scene] of scenes.entries()) {
    const heading = page.getByRole('heading', { level: 2, name: scene.heading.nl });
    await expect(heading, 'focus moves to the new scene').toBeFocused();
    // Kamer 214's paths are all as long: the position is exact.
    await expect(page.getByText(t('player', 'position.exact', { count: index + 1, total: scenes.length }), { exact: true })).toBeVisible();
    await expect(heading).toHaveAccessibleDescription(t('player', 'position.exact', { count: index + 1, total: scenes.length }));

    for (const [n, fragment] of scene.fragments.entries()) {
      if (!toFlag.has(fragment)) continue;
      const button = fragmentButton(page, fragment);
      await reachUnit(page, button);
      await expectVisibleFocus(button);
      await expect(button).toHaveAttribute('aria-pressed', 'false');
      // Enter and Space both toggle, like a native button.
      await page.keyboard.press(n % 2 === 0 ? 'Enter' : 'Space');
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await expect(status).toHaveText(t('player', 'announceFlagged', { text: fragment.text.nl }));
    }

    if (index === 0) {
      // Changing one's mind: go back with Shift+Tab to a flag and take it away, then flag it again.
      const first = scene.fragments.find((f) => toFlag.has(f));
      if (first) {
        const button = fragmentButton(page, first);
        await reachUnit(page, button, { backwards: true });
        await page.keyboard.press('Enter');
        await expect(button).toHaveAttribute('aria-pressed', 'false');
        await expect(status).toHaveText(t('player', 'announceUnflagged', { text: first.text.nl }));
        await page.keyboard.press('Space');
        await expect(button).toHaveAttribute('aria-pressed', 'true');
      }
    }

    if (scene.fragments.length > 0) {
      const flaggedHere = scene.fragments.filter((f) => toFlag.has(f)).length;
      await expect(page.getByText(t('player', flaggedHere === 1 ? 'flagged_one' : 'flagged_other', { count: flaggedHere }))).toBeVisible();
    }

    if (scene.type === 'decide') {
      const confirm = page.getByRole('button', { name: t('player', 'decision.confirm') });
      await expect(page.getByRole('group', { name: scene.question.nl })).toBeVisible();
      // Confirming without a choice asks for one.
      await tabTo(page, confirm);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('alert')).toHaveText(t('player', 'decision.required'));
      // Shift+Tab into the radio group lands on the last option; the arrow keys move the choice.
      await page.keyboard.press('Shift+Tab');
      const radios = page.getByRole('radio');
      await expectVisibleFocus(radios.last());
      // Options are shown in the attempt's shuffled order: count the steps on screen.
      const shown = await page.locator('.decision .option').allInnerTexts();
      const steps = shown.length - 1 - shown.findIndex((label) => label.trim() === option.label.nl);
      for (let i = 0; i < steps; i += 1) await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Space');
      await expect(page.getByRole('radio', { name: option.label.nl })).toBeChecked();
      await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
      await page.keyboard.press('Tab');
      await expectVisibleFocus(confirm);
      await page.keyboard.press('Enter');
    } else {
      await tabTo(page, page.getByRole('button', { name: t('player', 'next'), exact: true }));
      await page.keyboard.press('Enter');
    }
  }

  // The debrief.
  const debriefHeading = page.getByRole('heading', { level: 1, name: t('debrief', 'heading', { title: vignette.title.nl }) });
  await expect(debriefHeading).toBeFocused();
  await expect(page).toHaveURL(/#\/debrief\/hotel-room-214$/);
  await expect(page.getByText(uiPattern('nl', 'debrief', 'result.overall', { score: '\\d+' }))).toBeVisible();
  const passed = page.getByText(uiPattern('nl', 'debrief', 'result.passed', { passMark: '\\d+' }));
  const failed = page.getByText(uiPattern('nl', 'debrief', 'result.failed', { passMark: '\\d+' }));
  await expect(passed.or(failed)).toBeVisible();

  await expect(page.getByText(t('debrief', 'counts_one', { hits: caught.length, signals: signals.length, count: 1 }))).toBeVisible();
  const takeaways = page.getByRole('region', { name: t('debrief', 'takeaways.heading') }).getByRole('listitem');
  await expect(takeaways).toHaveCount(3);
  await expect(takeaways.first()).toContainText(missed[0]!.text.nl);

  // The story: open a scene and a missed signal's explanation with the keyboard.
  const missedHere = missed[0]!;
  const sceneOf = page.locator('details.story-scene').filter({ hasText: missedHere.text.nl });
  await tabTo(page, sceneOf.locator('summary'), { max: 80 });
  await page.keyboard.press('Enter');
  const explain = page.getByRole('button', { name: uiText('nl', 'review', 'explainLabel', { text: missedHere.text.nl }) });
  await tabTo(page, explain);
  await expectVisibleFocus(explain);
  await page.keyboard.press('Enter');
  await expect(explain).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator(`[id="${await explain.getAttribute('aria-controls')}"]`)).toContainText(missedHere.explanation.nl);
  for (const fragment of [...caught, ...missed]) {
    await expect(page.locator(`mark.mark-${caught.includes(fragment) ? 'hit' : 'miss'}`).filter({ hasText: fragment.text.nl })).toBeAttached();
  }
  await expect(page.locator('mark.mark-false-alarm').filter({ hasText: wronglyFlagged[0]!.text.nl })).toBeAttached();

  await expect(page.getByText(t('debrief', 'professional'))).toBeVisible();
  const routes = page.getByRole('region', { name: t('debrief', 'routes') });
  await expect(routes).toContainText('0900-8844');
  await expect(routes).toContainText('112');

  // The debrief's own actions are reachable by keyboard too.
  await tabTo(page, page.getByRole('button', { name: t('debrief', 'again') }));
  await tabTo(page, page.getByRole('link', { name: t('debrief', 'backToCatalogue') }));
  await page.keyboard.press('Enter');
  await expect(catalogueHeading).toBeFocused();
  await expect(page.getByText(t('common', 'catalogue.statusCompleted'))).toBeVisible();
});

test('the skip link takes a keyboard user past the header without leaving the screen', async ({ page }) => {
  await page.goto('/#/sector/hotel');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: t('common', 'nav.skipToContent') });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page).toHaveURL(/#\/sector\/hotel$/);
  await page.keyboard.press('Tab');
  // The first stop in the main content is the way back up.
  await expect(page.getByRole('navigation', { name: t('common', 'nav.breadcrumb') }).getByRole('link', { name: t('common', 'nav.home') })).toBeFocused();
});
