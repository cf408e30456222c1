import { readFileSync } from 'node:fs';
import { uiText } from './support/content';
import { expect, test } from './support/fixtures';

// A certificate issued before neutral units existed names version 1 of its vignette; the build
// ships version 2. The verify page loads version 1's archived structure (a lazy chunk) to replay it.
const code = readFileSync('tests/fixtures/records/certificate-code/v1/self-paced-nl-diacritics.txt', 'utf8').trim();

test('a certificate made on an older version of a vignette still verifies, from the archive', async ({ page }) => {
  const archive: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/archive-[\w-]+\.js$/.test(request.url())) archive.push(request.url());
  });
  await page.goto(`/#/verify/${code}`);
  await expect(page.getByText(uiText('nl', 'verify', 'verdict.valid'))).toBeVisible();
  expect(archive).toHaveLength(1);
});
