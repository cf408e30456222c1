import { test as base, expect } from '@playwright/test';

type Problem = { kind: 'console' | 'pageerror'; text: string; location: string };

type Options = {
  /** Console messages a test expects on purpose; anything else fails the test. */
  allowedConsoleErrors: RegExp[];
};

/**
 * Every test gets a page that records console errors and uncaught page errors, and fails when
 * any occurred: a learner should never meet a broken screen, and a swallowed error hides one.
 */
export const test = base.extend<Options & { failOnConsoleErrors: void }>({
  allowedConsoleErrors: [[], { option: true }],
  failOnConsoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const problems: Problem[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (allowedConsoleErrors.some((pattern) => pattern.test(text))) return;
        const { url, lineNumber } = message.location();
        problems.push({ kind: 'console', text, location: url ? `${url}:${lineNumber}` : '' });
      });
      page.on('pageerror', (error) => {
        problems.push({ kind: 'pageerror', text: `${error.name}: ${error.message}`, location: error.stack?.split('\n')[1]?.trim() ?? '' });
      });
      await use();
      const report = problems.map((p) => `- [${p.kind}] ${p.text}${p.location ? ` (${p.location})` : ''}`).join('\n');
      expect(problems, `console or page errors during the test:\n${report}`).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
