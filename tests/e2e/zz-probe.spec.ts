import { test } from './support/fixtures';
test('probe', async ({ page }) => {
  await page.goto('/#/play/hotel-room-214');
  await page.getByRole('button', { name: 'Ik heb dit gelezen, start de casus' }).click();
  const b = page.getByRole('button', { name: 'De man boekt kamer 214' });
  await b.click();
  console.log(await page.locator('.narrative').ariaSnapshot());
  let t = Date.now();
  const AxeBuilder = (await import('@axe-core/playwright')).default;
  await new AxeBuilder({ page }).withTags(['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']).analyze();
  console.log('axe ms', Date.now() - t); t = Date.now();
  await new AxeBuilder({ page }).withTags(['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']).analyze();
  console.log('axe ms', Date.now() - t);t = Date.now();
  await page.screenshot({ fullPage: true, path: '/tmp/x.png' });
  console.log('shot ms', Date.now() - t);
});
