import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useProgressStore } from '../../../src/stores/progress-store';
import { renderApp } from '../../support/render-app';
import { fragmentText, scenarioById } from '../../support/scenario-text';

const scenario = scenarioById('hotel-room-214');
const first = scenario.scenes.find((s) => s.id === scenario.start);
if (!first) throw new Error('no first scene');
const signal = first.fragments.find((f) => f.kind === 'signal');
const distractor = scenario.scenes.flatMap((s) => s.fragments).find((f) => f.kind === 'distractor');
const neutralText = (id: string) =>
  scenario.text.nl.scenes[first.id]?.body.flat().find((s) => s.kind === 'neutral' && s.unit === id)?.text ?? '';

// Everything about an element except its text, whether it is pressed and the roving tab stop.
function fingerprint(element: Element) {
  const attributes = [...element.attributes].filter((a) => a.name !== 'aria-pressed' && a.name !== 'tabindex').map((a) => `${a.name}=${a.value}`);
  return JSON.stringify([element.tagName, attributes.sort(), element.parentElement?.tagName]);
}

describe('story text without cues', () => {
  it('renders every sentence, signal, distractor or neutral, as the same toggle button', async () => {
    const user = userEvent.setup();
    renderApp('#/play/hotel-room-214');
    await user.click(await screen.findByRole('button', { name: /start de casus/i }));
    await screen.findByRole('heading', { level: 2, name: scenario.text.nl.scenes[first.id]?.heading });
    const units = [...document.querySelectorAll('.narrative [role="button"]')];
    expect(units).toHaveLength(first.fragments.length + first.neutrals.length);
    expect(new Set(units.map(fingerprint)).size).toBe(1);
    for (const unit of units) expect(unit).toHaveAttribute('aria-pressed', 'false');
    // One tab stop per paragraph: its first unit, whatever kind it is.
    for (const unit of units) expect(unit).toHaveAttribute('tabindex', unit.parentElement?.querySelector('[role="button"]') === unit ? '0' : '-1');
    // No plain text between units holds a word: every sentence can be marked.
    const plain = [...document.querySelectorAll('.narrative p > span:not([role])')].map((s) => s.textContent ?? '');
    expect(plain.filter((text) => /[\p{L}\p{N}]/u.test(text))).toEqual([]);
    expect(signal && distractor).toBeTruthy();
  });

  it('records a marked neutral sentence like a fragment, and counts it the same', async () => {
    const user = userEvent.setup();
    renderApp('#/play/hotel-room-214');
    await user.click(await screen.findByRole('button', { name: /start de casus/i }));
    const neutral = first.neutrals[0]!;
    await user.click(await screen.findByRole('button', { name: neutralText(neutral) }));
    await user.click(screen.getByRole('button', { name: fragmentText(scenario, signal!.id) }));
    const run = useProgressStore.getState().inProgress[scenario.id];
    expect(run?.events.filter((e) => e.type === 'learner.toggle')).toEqual([
      { type: 'learner.toggle', unit: neutral },
      { type: 'learner.toggle', unit: signal!.id },
    ]);
    expect(screen.getByText('2 zinsdelen gemarkeerd')).toBeInTheDocument();
  });
});
