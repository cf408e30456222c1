import { expect, type Locator, type Page } from '@playwright/test';

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement).catch(() => false);

/**
 * Presses Tab (or Shift+Tab) until the element has focus, the way a keyboard user moves through
 * the page; fails when it is not reached within `max` presses, so a keyboard trap or an element
 * left out of the tab order shows up as a failure.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 40 } = {}) {
  for (let presses = 0; presses < max; presses += 1) {
    if (await isFocused(target)) return presses;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `not reached with ${backwards ? 'Shift+Tab' : 'Tab'} in ${max} presses`).toBeFocused({ timeout: 1 });
  return max;
}

/** Fails unless the element has keyboard focus and draws a focus outline of at least 2 px (WCAG 2.4.7). */
export async function expectVisibleFocus(target: Locator) {
  await expect(target).toBeFocused();
  const outline = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style, 'the focused element draws an outline').not.toBe('none');
  expect(outline.width, 'the focus outline is at least 2px wide').toBeGreaterThanOrEqual(2);
}

/**
 * Moves keyboard focus to a unit of the story the way a keyboard user does: Tab (or Shift+Tab) to
 * its paragraph's one tab stop, then Home and the right arrow key to the unit.
 */
export async function reachUnit(page: Page, unit: Locator, { backwards = false } = {}) {
  const stop = unit.locator('xpath=..').locator('[role="button"][tabindex="0"]');
  await tabTo(page, stop, { backwards });
  await page.keyboard.press('Home');
  for (let presses = 0; presses < 40; presses += 1) {
    if (await isFocused(unit)) return;
    await page.keyboard.press('ArrowRight');
  }
  await expect(unit, 'not reached with the arrow keys').toBeFocused({ timeout: 1 });
}
