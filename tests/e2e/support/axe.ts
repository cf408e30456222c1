import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Scans the page with axe for WCAG 2.2 A/AA and fails with a readable list of what is wrong. */
export async function expectNoAxeViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  // One line per violation, so the failure diff itself reads as the list of what to fix.
  const found = results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(' ')).join(' | ');
    return `${violation.id} (${violation.impact ?? 'unknown'}, ${violation.nodes.length}×): ${violation.help} → ${targets}`;
  });
  expect(found, `axe found ${found.length} violation(s) on "${screen}":\n${found.map((line) => `- ${line}`).join('\n')}`).toEqual([]);
}
