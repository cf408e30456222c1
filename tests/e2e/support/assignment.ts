import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { pathThrough, uiText, type Fragment, type Lang, type Option, type Vignette } from './content';

const CONTENT = path.resolve(process.cwd(), 'content');

/** A UI string of the trainer or assignment namespace (or any other). */
export const ui = (namespace: string, key: string, values?: Record<string, string | number>, lang: Lang = 'nl') =>
  uiText(lang, namespace, key, values);

/** Indicator ids of a vignette's signal fragments, read from its scenario.yaml. */
export function indicatorsOf(vignetteId: string): Map<string, string> {
  const file = parse(readFileSync(path.join(CONTENT, 'scenarios', vignetteId, 'scenario.yaml'), 'utf8')) as {
    scenes: { fragments: { id: string; signal?: string }[] }[];
  };
  return new Map(file.scenes.flatMap((s) => s.fragments.flatMap((f) => (f.signal ? [[f.id, f.signal] as const] : []))));
}

/** The name of an indicator in one language (content/taxonomy/<lang>.yaml). */
export function indicatorName(id: string, lang: Lang = 'nl'): string {
  const file = parse(readFileSync(path.join(CONTENT, 'taxonomy', `${lang}.yaml`), 'utf8')) as { indicators: Record<string, { name: string }> };
  const name = file.indicators[id]?.name;
  if (!name) throw new Error(`no indicator ${id}`);
  return name;
}

/** Opens a page in a fresh browser context (another person's browser) that fails the test on console errors. */
export async function freshPage(browser: Browser, errors: string[]) {
  const context = await browser.newContext({ locale: 'nl-NL', acceptDownloads: true });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(`[console] ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`[pageerror] ${e.message}`));
  return page;
}

type Play = { flag: (fragment: Fragment) => boolean; choose: Option['quality']; sceneFeedback: boolean; again?: boolean };

/**
 * Plays one vignette of an opened assignment from its card to the debrief, flagging and choosing
 * as asked; with feedback after each scene, checks that feedback and moves on.
 */
export async function playAssignedVignette(page: Page, vignette: Vignette, { flag, choose, sceneFeedback, again = false }: Play) {
  const { scenes, option } = pathThrough(vignette, choose);
  await page.getByRole('link', { name: ui('assignment', again ? 'vignette.replay' : 'vignette.start', { title: vignette.title.nl }) }).click();
  await page.getByRole('button', { name: ui('player', 'warning.continue') }).click();
  for (const scene of scenes) {
    await expect(page.getByRole('heading', { level: 2, name: scene.heading.nl })).toBeVisible();
    for (const fragment of scene.fragments.filter(flag)) {
      const button = page.getByRole('button', { name: fragment.text.nl });
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
    }
    if (scene.type === 'decide') {
      await page.getByRole('radio', { name: (scene.chosen ?? option).label.nl }).check();
      await page.getByRole('button', { name: ui('player', 'decision.confirm') }).click();
    } else {
      await page.getByRole('button', { name: ui('player', 'next'), exact: true }).click();
    }
    if (sceneFeedback) {
      // Practice: the scene again, each fragment marked by what the learner did, explained in place.
      const feedback = page.getByRole('region', { name: ui('player', 'feedback.heading', { scene: scene.heading.nl }) });
      await expect(feedback).toBeVisible();
      for (const fragment of scene.fragments) {
        const outcome = fragment.signal ? (flag(fragment) ? 'hit' : 'miss') : flag(fragment) ? 'false-alarm' : 'correct-rejection';
        await expect(feedback.locator(`mark.mark-${outcome}`).filter({ hasText: fragment.text.nl })).toBeVisible();
        const explain = feedback.getByRole('button', { name: ui('review', 'explainLabel', { text: fragment.text.nl }) });
        if (outcome === 'correct-rejection') await explain.click();
        await expect(feedback.locator(`[id="${await explain.getAttribute('aria-controls')}"]`)).toContainText(fragment.explanation.nl);
      }
      await feedback.getByRole('button', { name: ui('player', 'feedback.continue') }).click();
    }
  }
  await expect(page.getByRole('heading', { level: 1, name: ui('debrief', 'heading', { title: vignette.title.nl }) })).toBeVisible();
  return { scenes, option };
}

/** Clicks something that downloads a file and returns the file's name and text. */
export async function download(page: Page, trigger: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  const saved = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(saved, 'utf8') };
}

/** Reads a CSV document (quoted cells, CRLF) into rows of cells, without its byte-order mark. */
export function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r') continue;
    else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows;
}

/** What zbarimg reads from an image file, as a phone's camera app would. */
export function readQr(file: string): string {
  const run = spawnSync('zbarimg', ['--raw', '-q', file], { encoding: 'utf8' });
  if (run.error) throw new Error('zbarimg is missing: apt-get install zbar-tools (.ci/run does this)');
  return run.stdout.trim();
}
