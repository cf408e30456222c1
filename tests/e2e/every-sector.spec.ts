import { loadVignette, uiPattern } from './support/content';
import { expect, test } from './support/fixtures';
import { playThrough } from './support/player';

// One vignette of each sector, played to the debrief in the built app.
const vignettes = ['school-online-grooming', 'care-gp-employer', 'hotel-agency-cleaners'].map(loadVignette);

for (const vignette of vignettes) {
  test(`a learner plays ${vignette.id} with the recommended choices, flagging exactly the signals, and passes`, async ({ page }) => {
    await playThrough(page, vignette, { flag: (f) => f.signal, choose: 'recommended' });
    await expect(page.getByText(uiPattern('nl', 'debrief', 'result.passed', { passMark: '\\d+' }))).toBeVisible();
    await expect(page.getByText(uiPattern('nl', 'debrief', 'result.overall', { score: '100' }))).toBeVisible();
  });
}
