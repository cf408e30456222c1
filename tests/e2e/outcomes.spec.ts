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
  await expect(page.getByText(t('debrief', 'countsNone', { hits: signals.length, signals: signals.length }))).toBeVisible();
  const takeaways = page.getByRole('region', { name: t('debrief', 'takeaways.heading') });
  await expect(takeaways).toContainText(t('debrief', 'takeaways.allSeen'));
  await expect(takeaways).toContainText(`${option.label.nl} (${t('debrief', 'decisions.recommended')})`);
  await expect(page.locator('mark.mark-hit')).toHaveCount(signals.length);
  await expect(page.locator('mark.mark-miss, mark.mark-false-alarm, mark.mark-background')).toHaveCount(0);
});

test('a learner who marks every sentence does not pass, even with the recommended option', async ({ page }) => {
  const { fragments } = await playThrough(page, vignette, { flag: () => true, choose: 'recommended', markEverything: true });
  const distractors = fragments.filter((f) => !f.signal);
  const signals = fragments.filter((f) => f.signal);

  await expect(page.getByText(verdict(false))).toBeVisible();
  await expect(page.getByText(verdict(true))).toHaveCount(0);
  // The counts go on to say how many of the wrong marks were background.
  const counts = uiPattern('nl', 'debrief', 'counts_other', { hits: String(signals.length), signals: String(signals.length), count: '\\d+' });
  await expect(page.getByText(new RegExp(counts.source.replace(/\$$/, '')))).toBeVisible();
  await expect(page.locator('mark.mark-false-alarm')).toHaveCount(distractors.length);
  // Every distractor's explanation is one click away, in place.
  for (const fragment of distractors) {
    const explain = page.getByRole('button', { name: uiText('nl', 'review', 'explainLabel', { text: fragment.text.nl }) });
    const scene = page.locator('details.story-scene').filter({ hasText: fragment.text.nl });
    if ((await scene.getAttribute('open')) === null) await scene.locator('summary').click();
    await explain.click();
    await expect(page.locator(`[id="${await explain.getAttribute('aria-controls')}"]`)).toContainText(fragment.explanation.nl);
  }
  await expect(page.locator('mark.mark-background').first()).toBeAttached();
  await expect(page.getByRole('region', { name: t('debrief', 'profile.heading') })).toContainText(t('debrief', 'profile.bias.liberal'));
});

test('a learner who flags exactly the signals but confronts the man gets the harmful warning', async ({ page }) => {
  await playThrough(page, vignette, { flag: (f) => f.signal, choose: 'harmful' });
  const takeaways = page.getByRole('region', { name: t('debrief', 'takeaways.heading') });
  await expect(takeaways).toContainText(t('debrief', 'decisions.harmfulCallout'));
  await expect(takeaways).toContainText(`(${t('debrief', 'decisions.harmful')})`);
});
