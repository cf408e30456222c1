import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../../../src/engine';
import { useProgressStore } from '../../../src/stores/progress-store';
import { renderApp } from '../../support/render-app';
import { fragmentText, scenarioById } from '../../support/scenario-text';

const scenario = scenarioById('hotel-room-214');
const first = scenario.scenes[0];
if (!first) throw new Error('no scenes');
const signals = first.fragments.filter((f) => f.kind === 'signal');
const distractor = first.fragments.find((f) => f.kind === 'distractor');

describe('reviewing a finished vignette', () => {
  it('shows the story of the route with missed signals highlighted and every fragment explained', async () => {
    const [caught, missed] = signals;
    if (!caught || !missed || !distractor) throw new Error('unexpected vignette shape');
    renderApp(`#/review/${scenario.id}`);
    const attempt: AttemptRecord = {
      scenarioId: scenario.id,
      contentVersion: scenario.version,
      mode: 'assessment',
      seed: 0,
      rules: 2,
      path: [first.id],
      flags: [caught.id, distractor.id],
      choices: [],
    };
    useProgressStore.getState().complete(attempt);

    expect(await screen.findByRole('heading', { level: 1, name: `Terugkijken: ${scenario.text.nl.title}` })).toBeInTheDocument();
    const missedMark = screen.getByText(fragmentText(scenario, missed.id), { selector: 'mark' });
    expect(missedMark).toHaveClass('mark-miss');
    expect(within(missedMark).getByText('(Gemist signaal)')).toBeInTheDocument();
    expect(screen.getByText(fragmentText(scenario, caught.id), { selector: 'mark' })).toHaveClass('mark-hit');
    expect(screen.getByText(fragmentText(scenario, distractor.id), { selector: 'mark' })).toHaveClass('mark-false-alarm');
    expect(screen.getByText(scenario.text.nl.fragments[missed.id] ?? '')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Terug naar de nabespreking' })[0]).toHaveAttribute('href', `#/debrief/${scenario.id}`);
  });

  it('says so when the vignette was not finished', async () => {
    renderApp(`#/review/${scenario.id}`);
    expect(await screen.findByRole('heading', { name: 'Je hebt deze casus nog niet afgerond.' })).toBeInTheDocument();
  });
});
