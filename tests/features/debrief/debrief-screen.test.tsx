import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { findSource } from '../../../src/content/reference';
import type { AttemptRecord } from '../../../src/engine';
import { useProgressStore } from '../../../src/stores/progress-store';
import { renderApp } from '../../support/render-app';
import { fragmentText, scenarioById } from '../../support/scenario-text';

const scenario = scenarioById('hotel-room-214');
const first = scenario.scenes[0];
if (!first) throw new Error('no scenes');
const signals = first.fragments.filter((f) => f.kind === 'signal');
const distractor = first.fragments.find((f) => f.kind === 'distractor');
const [caught, missed] = signals;
if (!caught || !missed || !distractor) throw new Error('unexpected vignette shape');
const neutral = first.neutrals[0]!;

const attempt: AttemptRecord = {
  scenarioId: scenario.id,
  contentVersion: scenario.version,
  mode: 'assessment',
  seed: 0,
  rules: 2,
  path: [first.id],
  flags: [caught.id, distractor.id, neutral],
  choices: [],
};

describe('the debrief teaches on one screen', () => {
  it('says the counts in words, the takeaways, and annotates the story in place with sources on demand', async () => {
    const user = userEvent.setup();
    renderApp(`#/debrief/${scenario.id}`);
    useProgressStore.getState().complete(attempt);

    await screen.findByRole('heading', { level: 1, name: `Nabespreking: ${scenario.text.nl.title}` });
    expect(
      screen.getByText(`Je zag 1 van de ${signals.length} signalen; 2 keer markeerde je iets dat op zichzelf geen signaal is. Eén daarvan was achtergrond: een zin die alleen vertelt wat er gebeurt.`),
    ).toBeInTheDocument();
    const takeaways = within(screen.getByRole('region', { name: 'Om te onthouden' })).getAllByRole('listitem');
    expect(takeaways.length).toBeLessThanOrEqual(3);
    expect(takeaways[0]).toHaveTextContent(`“${fragmentText(scenario, missed.id)}” is een signaal`);
    // Words and a picture first; the numbers behind a disclosure, never "-0,00".
    const profile = screen.getByRole('region', { name: 'Hoe jij markeert' });
    expect(within(profile).getByText(/^Je onderscheid$/)).toBeInTheDocument();
    expect(within(profile).getByText(/^Je markeert$/)).toBeInTheDocument();
    expect(within(profile).getByText(/d′\): -?\d,\d\d/)).not.toBeVisible();
    expect(profile.textContent).not.toMatch(/-0,00/);

    const mark = (text: string) => screen.getAllByText((_, el) => el?.tagName === 'MARK' && (el.textContent ?? '').startsWith(text))[0]!;
    expect(mark(fragmentText(scenario, missed.id))).toHaveClass('mark-miss');
    expect(within(mark(fragmentText(scenario, missed.id))).getByText(/\(Gemist signaal: .+\)/)).toBeInTheDocument();
    expect(mark(fragmentText(scenario, caught.id))).toHaveClass('mark-hit');
    expect(mark(fragmentText(scenario, distractor.id))).toHaveClass('mark-false-alarm');
    // Unmarked background stays plain text.
    for (const other of first.neutrals.slice(1)) {
      const text = scenario.text.nl.scenes[first.id]?.body.flat().find((s) => s.kind === 'neutral' && s.unit === other)?.text ?? '';
      expect(screen.queryAllByText((_, el) => el?.tagName === 'MARK' && (el.textContent ?? '').startsWith(text))).toHaveLength(0);
    }

    // The scene opens, then an explanation with its sources.
    const explain = screen.getByRole('button', { name: `Uitleg bij “${fragmentText(scenario, missed.id)}”` });
    await user.click(explain.closest('details')!.querySelector('summary')!);
    await user.click(explain);
    const note = document.getElementById(explain.getAttribute('aria-controls')!)!;
    expect(note).toBeVisible();
    expect(note).toHaveTextContent(scenario.text.nl.fragments[missed.id] ?? '');
    const firstSource = [...(missed.sources ?? [])][0];
    if (firstSource) expect(note).toHaveTextContent(findSource(firstSource)!.title);

    // The vignette lists its sources: publisher and title, a link only with an address.
    const sources = screen.getByText('Bronnen bij deze casus').closest('details')!;
    for (const key of scenario.sources) {
      const source = findSource(key)!;
      expect(within(sources).getByText(source.title).closest('a')?.getAttribute('href') ?? null).toBe(source.url ?? null);
    }
    // No line of the annotated story starts with a stray full stop: punctuation after a mark
    // stays before its note, which opens as a block of its own.
    const afterNotes = [...document.querySelectorAll('.annotated .review-note')].map((n) => n.nextElementSibling?.textContent ?? '');
    expect(afterNotes.length).toBeGreaterThan(3);
    for (const text of afterNotes) expect(text).not.toMatch(/^[.,;:!?]/);
    expect(note.previousElementSibling?.previousElementSibling?.tagName).toBe('MARK');
  });

  it('the old review address lands on the debrief', async () => {
    renderApp(`#/review/${scenario.id}`);
    await waitFor(() => expect(window.location.hash).toBe(`#/debrief/${scenario.id}`));
  });

  it('says so when the vignette was not finished', async () => {
    renderApp(`#/debrief/${scenario.id}`);
    expect(await screen.findByRole('heading', { name: 'Je hebt deze casus nog niet afgerond.' })).toBeInTheDocument();
  });
});
