import { loadVignette } from './support/content';
import { expect, test } from './support/fixtures';
import { playThrough } from './support/player';
import { MOBILE, saveScreenshot } from './support/screenshot';

const vignette = loadVignette('hotel-room-214');

// The debrief of main before this change (672d2c8 with trainer merged), measured by this same test:
// 7945 px at 360 px for the attempt below, and the separate review screen came on top of it.
const HEIGHT_BEFORE = 7945;

test('on a 360 px phone the debrief, before the learner opens anything, is at most half as tall as before', async ({ page }) => {
  let signals = 0;
  let distractors = 0;
  // 4 signals seen, 2 things marked that are not signals on their own.
  const flag = (f: { signal: boolean }) => (f.signal ? ++signals <= 4 : ++distractors <= 2);
  await playThrough(page, vignette, { flag, choose: 'acceptable' });
  await page.setViewportSize(MOBILE);
  await expect(page.getByText('Je zag 4 van de 8 signalen; 2 keer markeerde je iets dat op zichzelf geen signaal is.')).toBeVisible();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`debrief height at 360 px: before ${HEIGHT_BEFORE}, now ${height} (${Math.round((height / HEIGHT_BEFORE) * 100)}%)`);
  await saveScreenshot(page, 'debrief-closed-360');
  expect(height).toBeLessThanOrEqual(HEIGHT_BEFORE / 2);
});
