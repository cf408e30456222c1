import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

export const DESKTOP = { width: 1280, height: 800 };
export const MOBILE = { width: 360, height: 740 };

/** Saves a full-page screenshot to tests/e2e/screenshots/<name>.png (gitignored) for people to look at. */
export async function saveScreenshot(page: Page, name: string) {
  const file = path.join(test.info().project.testDir, 'screenshots', `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/** Fails when the page scrolls sideways, which a 360 px wide screen must never need (WCAG 1.4.10). */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `the page is ${overflow}px wider than the ${page.viewportSize()?.width}px viewport`).toBeLessThanOrEqual(0);
}

type Options = {
  /** Also take the 360 px screenshot (and check the page does not scroll sideways there). */
  narrow?: boolean;
  /** Runs at 360 px before the screenshot, e.g. an axe scan of the narrow layout. */
  atNarrow?: (page: Page) => Promise<void>;
};

/** Screenshots the current screen at 1280 px and, unless told not to, at 360 px; ends at 1280 px. */
export async function saveScreenshots(page: Page, name: string, { narrow = true, atNarrow }: Options = {}) {
  await page.setViewportSize(DESKTOP);
  await saveScreenshot(page, `${name}-1280`);
  if (!narrow) return;
  await page.setViewportSize(MOBILE);
  await expectNoHorizontalScroll(page);
  await atNarrow?.(page);
  await saveScreenshot(page, `${name}-360`);
  await page.setViewportSize(DESKTOP);
}
