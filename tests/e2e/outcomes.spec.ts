import { loadVignette, uiPattern, uiText } from './support/content';
import { expect, test } from './support/fixtures';
import { playThrough } from './support/player';

const vignette = loadVignette('hotel-room-214');
const t = (namespace: string, key: string, values?: Record<string, string | number>) => uiText('nl', namespace, key, values);
const verdict = (passed: boolean) => uiPattern('nl', 'debrief', passed ? 'result.passed' : 'result.failed', { passMark: '\\d+' });

test('a learner who flags exactly the signals and chooses the recommended option passes', async ({ page }) => {
  const { fragments, option } = await playThrough(page, vignette, { flag: (f) => f.signal, choose: 'recommended' });
  const signals = fragments.filter((f) => f.signal);

  await expect(page.getByText(verdict(true))).toBeVisible();
  await expect(page.getByText(verdict(false))).toHaveCount(0);
  await expect(page.getByText(t('debrief', 'result.overall', { score: 100 }))).toBeVisible();
  await expect(page.getByRole('region', { name: t('debrief', 'caught', { count: signals.length }) })).toBeVisible();
  await expect(page.getByText(t('debrief', 'noneMissed'))).toBeVisible();
  await expect(page.getByText(t('debrief', 'noFalseAlarms'))).toBeVisible();
  const decision = page.getByRole('region', { name: t('debrief', 'decisions.heading') });
  await expect(decision).toContainText(t('debrief', 'decisions.chosen', { label: option.label.nl }));
  await expect(decision).toContainText(t('debrief', 'decisions.recommended'));
});

test('a learner who marks every sentence does not pass, even with the recommended option', async ({ page }) => {
  const { fragments } = await playThrough(page, vignette, { flag: () => true, choose: 'recommended', markEverything: true });
  const distractors = fragments.filter((f) => !f.signal);

  await expect(page.getByText(verdict(false))).toBeVisible();
  await expect(page.getByText(verdict(true))).toHaveCount(0);
  const wrong = page.getByRole('region', { name: t('debrief', 'falseAlarms', { count: distractors.length }) });
  await expect(wrong.getByRole('listitem')).toHaveCount(distractors.length);
  for (const fragment of distractors) {
    await expect(wrong.getByRole('listitem').filter({ hasText: fragment.text.nl })).toContainText(fragment.explanation.nl);
  }
  await expect(page.getByText(t('debrief', 'noCorrectRejections'))).toBeVisible();
});

test('a learner who flags exactly the signals but confronts the man gets the harmful warning', async ({ page }) => {
  await playThrough(page, vignette, { flag: (f) => f.signal, choose: 'harmful' });
  await expect(page.getByText(t('debrief', 'decisions.harmfulCallout'))).toBeVisible();
  await expect(page.getByRole('region', { name: t('debrief', 'decisions.heading') })).toContainText(t('debrief', 'decisions.harmful'));
});
