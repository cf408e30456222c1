import { expect, type Frame, type Page } from '@playwright/test';
import { pathThrough, uiText, type Fragment, type Lang, type Option, type Vignette } from './content';

export const playPath = (vignetteId: string) => `/#/play/${vignetteId}`;

/** The markable fragment on screen, found by the text a learner reads. */
export const fragmentButton = (page: Page, fragment: Fragment, lang: Lang = 'nl') =>
  page.getByRole('button', { name: fragment.text[lang] });

type Play = {
  /** Which fragments the learner flags. */
  flag: (fragment: Fragment) => boolean;
  /** Which quality of option the learner chooses at the decision. */
  choose: Option['quality'];
  lang?: Lang;
  /** Marks every sentence of every scene, neutral ones too (the "mark everything" strategy). */
  markEverything?: boolean;
  /** The mode the learner chooses at the start (assessment unless told); none when an assignment fixed it. */
  mode?: 'practice' | 'assessment' | null;
};

/** Chooses practice or assessment on the content warning, by the words a learner reads. */
export async function chooseMode(page: Page | Frame, mode: 'practice' | 'assessment', lang: Lang = 'nl') {
  await page.getByRole('radio', { name: new RegExp(`^${uiText(lang, 'player', `mode.${mode}`)}\\b`) }).check();
}

/**
 * Plays a vignette with the mouse from its content warning to the debrief, flagging fragments and
 * choosing an option as asked. Returns the fragments that were on the path and the chosen option.
 */
export async function playThrough(page: Page, vignette: Vignette, { flag, choose, lang = 'nl', markEverything = false, mode = 'assessment' }: Play) {
  const { scenes, option } = pathThrough(vignette, choose);
  await page.goto(playPath(vignette.id));
  if (mode) await chooseMode(page, mode, lang);
  await page.getByRole('button', { name: uiText(lang, 'player', 'warning.continue') }).click();
  for (const scene of scenes) {
    await expect(page.getByRole('heading', { level: 2, name: scene.heading[lang] })).toBeVisible();
    for (const fragment of scene.fragments.filter(flag)) {
      const button = fragmentButton(page, fragment, lang);
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
    }
    if (markEverything) {
      const unmarked = page.locator('.narrative [role="button"][aria-pressed="false"]');
      while ((await unmarked.count()) > 0) await unmarked.first().click();
    }
    if (scene.type === 'decide') {
      await page.getByRole('radio', { name: (scene.chosen ?? option).label[lang] }).check();
      await page.getByRole('button', { name: uiText(lang, 'player', 'decision.confirm') }).click();
    } else {
      await page.getByRole('button', { name: uiText(lang, 'player', 'next'), exact: true }).click();
    }
    if (mode === 'practice') {
      await expect(page.getByRole('heading', { level: 2, name: uiText(lang, 'player', 'feedback.heading', { scene: scene.heading[lang] }) })).toBeFocused();
      await page.getByRole('button', { name: uiText(lang, 'player', 'feedback.continue') }).click();
    }
  }
  await expect(page.getByRole('heading', { level: 1, name: uiText(lang, 'debrief', 'heading', { title: vignette.title[lang] }) })).toBeVisible();
  return { fragments: scenes.flatMap((s) => s.fragments), option };
}
