import { loadVignette, uiText } from './support/content';
import { expect, test } from './support/fixtures';
import { playPath } from './support/player';

// Issue 11.1: before marking, nothing tells a signal, a distractor and a neutral sentence apart —
// not the element, its attributes, its role and accessible name, its computed style, nor the tab
// order. Which unit is which comes from the content files, never from the page.
const vignette = loadVignette('hotel-room-214');
const scene = vignette.scenes.find((s) => s.id === vignette.start)!;
const kindOf = (text: string) => {
  const fragment = scene.fragments.find((f) => f.text.nl === text);
  return fragment ? (fragment.signal ? 'signal' : 'distractor') : 'neutral';
};

// Properties that follow from the length of the text, not from what the text is.
const SIZE = new Set(['width', 'height', 'inline-size', 'block-size', 'perspective-origin', 'transform-origin']);

test('signals, distractors and neutral sentences look, sound and tab the same before marking', async ({ page }) => {
  await page.goto(playPath(vignette.id));
  await page.getByRole('button', { name: uiText('nl', 'player', 'warning.continue') }).click();
  await expect(page.getByRole('heading', { level: 2, name: scene.heading.nl })).toBeFocused();
  // The pointer rests off the story, so no unit shows its hover style.
  await page.mouse.move(0, 0);

  const units = await page.locator('.narrative p').evaluateAll((paragraphs, size) =>
    paragraphs.flatMap((p, paragraph) =>
      [...p.querySelectorAll('[role="button"]')].map((element, index) => {
        const style = getComputedStyle(element);
        const styles: Record<string, string> = {};
        for (const name of style) if (!size.includes(name)) styles[name] = style.getPropertyValue(name);
        return {
          paragraph,
          index,
          text: element.textContent ?? '',
          tag: element.tagName,
          parent: element.parentElement?.tagName,
          // Every attribute but the roving tab stop, compared on its own below.
          attributes: [...element.attributes].filter((a) => a.name !== 'tabindex').map((a) => `${a.name}=${a.value}`).sort().join(' '),
          tabindex: element.getAttribute('tabindex'),
          styles: JSON.stringify(styles),
          children: element.children.length,
        };
      }),
    ), [...SIZE]);

  const kinds = new Set(units.map((u) => kindOf(u.text)));
  expect([...kinds].sort(), 'the scene has all three kinds of unit').toEqual(['distractor', 'neutral', 'signal']);
  expect(units).toHaveLength(scene.fragments.length + units.filter((u) => kindOf(u.text) === 'neutral').length);
  const same = (pick: (u: (typeof units)[number]) => unknown) => new Set(units.map(pick)).size;
  expect(same((u) => `${u.tag} ${u.parent}`), 'one element').toBe(1);
  expect(same((u) => u.attributes), 'one set of attributes').toBe(1);
  expect(units[0]!.attributes).toBe('aria-describedby=unit-hint aria-pressed=false class=unit role=button');
  const differing = Object.entries(JSON.parse(units[0]!.styles) as Record<string, string>).filter(([name, value]) =>
    units.some((u) => (JSON.parse(u.styles) as Record<string, string>)[name] !== value),
  );
  expect(differing, 'computed style properties that differ between units').toEqual([]);
  expect(same((u) => u.styles), 'one computed style').toBe(1);
  expect(same((u) => u.children), 'no markup inside').toBe(1);
  // The tab stop is the first unit of each paragraph, whatever it is.
  for (const unit of units) expect(unit.tabindex).toBe(unit.index === 0 ? '0' : '-1');

  // Accessible names: each unit is a toggle button named by its own text, the same for every kind.
  const snapshot = await page.locator('.narrative').ariaSnapshot();
  const buttons = snapshot.split('\n').filter((line) => line.includes('button'));
  expect(buttons).toHaveLength(units.length);
  // (YAML quotes a line holding a colon: take the quotes off first.)
  const names = buttons.map((line) => line.trim().replace(/^- '(.*)'$/, '- $1').replaceAll('\\"', '"'));
  for (const [i, name] of names.entries()) expect(name).toBe(`- button "${units[i]!.text}"`);
  expect(buttons.filter((line) => line.includes('[pressed]'))).toHaveLength(0);

  // Tab behaviour: Tab visits one unit per paragraph; the arrow keys walk every unit of a paragraph
  // in reading order, whatever its kind, and stop at its ends.
  const focusedText = () => page.evaluate(() => (document.activeElement?.getAttribute('role') === 'button' ? document.activeElement.textContent : null));
  const paragraphs = [...new Set(units.map((u) => u.paragraph))];
  for (const paragraph of paragraphs) {
    const inParagraph = units.filter((u) => u.paragraph === paragraph).map((u) => u.text);
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe(inParagraph[0]);
    const walked = [inParagraph[0]];
    for (let i = 1; i < inParagraph.length; i += 1) {
      await page.keyboard.press('ArrowRight');
      walked.push((await focusedText()) ?? '');
    }
    expect(walked).toEqual(inParagraph);
    await page.keyboard.press('ArrowRight');
    expect(await focusedText(), 'the arrow keys stay inside the paragraph').toBe(inParagraph.at(-1));
    await page.keyboard.press('Home');
    expect(await focusedText()).toBe(inParagraph[0]);
  }
  console.log(`cues: ${units.length} units (${[...kinds].map((k) => `${units.filter((u) => kindOf(u.text) === k).length} ${k}`).join(', ')}) in ${paragraphs.length} paragraphs; identical element, attributes, computed style (${Object.keys(JSON.parse(units[0]!.styles)).length} properties), aria pattern; ${paragraphs.length} tab stops`);

  // Space marks the focused unit, whatever it is; marking is the first thing that differs.
  await page.keyboard.press('Space');
  await expect(page.locator('.narrative [aria-pressed="true"]')).toHaveCount(1);
});
