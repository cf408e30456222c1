import path from 'node:path';
import { test, type Page } from '@playwright/test';

/** Saves a full-page screenshot to tests/e2e/screenshots/<name>.png (gitignored) for people to look at. */
export async function saveScreenshot(page: Page, name: string) {
  const file = path.join(test.info().project.testDir, 'screenshots', `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

export const DESKTOP = { width: 1280, height: 800 };
export const MOBILE = { width: 360, height: 740 };

/** Screenshots the current screen at 1280 px and, when asked, at 360 px, then restores 1280 px. */
export async function saveScreenshots(page: Page, name: string, { narrow = true } = {}) {
  await page.setViewportSize(DESKTOP);
  await saveScreenshot(page, `${name}-1280`);
  if (!narrow) return;
  await page.setViewportSize(MOBILE);
  await saveScreenshot(page, `${name}-360`);
  await page.setViewportSize(DESKTOP);
}
