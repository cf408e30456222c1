import { expectNoAxeViolations } from './support/axe';
import { loadVignette, uiPattern, uiText } from './support/content';
import { expect, test } from './support/fixtures';
import { chooseMode, playPath, playThrough } from './support/player';
import { saveScreenshots } from './support/screenshot';

// The cases added for the minor in a hotel, domestic servitude and the village midwife: each plays
// to a passing debrief, and its briefing and first scene are looked at and scanned at 360 and 1280 px.
const vignettes = ['hotel-school-day', 'care-live-in-help', 'care-midwife-small-town'].map(loadVignette);

for (const vignette of vignettes) {
  test(`${vignette.id}: the briefing and first scene pass axe at both widths`, async ({ page }) => {
    const first = vignette.scenes.find((scene) => scene.id === vignette.start);
    if (!first) throw new Error(`${vignette.id} has no start scene`);
    await page.goto(playPath(vignette.id));
    const start = page.getByRole('button', { name: uiText('nl', 'player', 'warning.continue') });
    await expect(start).toBeVisible();
    await expectNoAxeViolations(page, `${vignette.id} briefing`);
    await saveScreenshots(page, `new-case-${vignette.id}-briefing`, { atNarrow: (p) => expectNoAxeViolations(p, `${vignette.id} briefing, 360 px`) });
    await chooseMode(page, 'assessment');
    await start.click();
    await expect(page.getByRole('heading', { level: 2, name: first.heading.nl })).toBeVisible();
    await expectNoAxeViolations(page, `${vignette.id} first scene`);
    await saveScreenshots(page, `new-case-${vignette.id}-scene`, { atNarrow: (p) => expectNoAxeViolations(p, `${vignette.id} first scene, 360 px`) });
  });

  test(`${vignette.id}: a learner who flags exactly the signals and follows the recommended path passes with 100`, async ({ page }) => {
    await playThrough(page, vignette, { flag: (f) => f.signal, choose: 'recommended' });
    await expect(page.getByText(uiPattern('nl', 'debrief', 'result.passed', { passMark: '\\d+' }))).toBeVisible();
    await expect(page.getByText(uiPattern('nl', 'debrief', 'result.overall', { score: '100' }))).toBeVisible();
    await saveScreenshots(page, `new-case-${vignette.id}-debrief`);
  });
}
