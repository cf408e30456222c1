import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type * as Content from '../../../src/content';
import { asScenarioId } from '../../../src/engine';
import { useProgressStore } from '../../../src/stores/progress-store';
import { useSettingsStore } from '../../../src/stores/settings-store';
import { renderApp } from '../../support/render-app';
import { scenarioById } from '../../support/scenario-text';

// The library has vignettes in every sector; the empty state is checked on a sector emptied here.
vi.mock('../../../src/content', async (importOriginal) => {
  const actual = await importOriginal<typeof Content>();
  return { ...actual, scenariosOfSector: (sector: string) => (sector === 'school' ? [] : actual.scenariosOfSector(sector as 'hotel')) };
});

const cardOf = (title: string) => {
  const card = screen.getByRole('heading', { level: 2, name: title }).closest('li');
  if (!card) throw new Error(`no card for ${title}`);
  return within(card);
};

describe('choosing a sector and a vignette', () => {
  it('lists the hotel vignette with its length and a start link, and remembers the sector', async () => {
    const user = userEvent.setup();
    renderApp('#/');
    await user.click(screen.getByRole('link', { name: /^Hotel/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Casussen: Hotel' })).toHaveFocus();
    const card = cardOf('Kamer 214');
    expect(card.getByText(/ca\. 12 minuten/)).toBeInTheDocument();
    expect(card.getByText('Nog niet gestart')).toBeInTheDocument();
    expect(card.getByRole('link', { name: 'Starten: Kamer 214' })).toHaveAttribute('href', '#/play/hotel-room-214');
    expect(useSettingsStore.getState().sector).toBe('hotel');
  });

  it('shows a vignette in progress as such, with a link to continue', async () => {
    renderApp('#/sector/hotel');
    useProgressStore.getState().recordEvent(asScenarioId('hotel-room-214'), { contentVersion: scenarioById('hotel-room-214').version, mode: 'assessment', seed: 0 }, { type: 'learner.acknowledge' });
    expect(await screen.findByText('Bezig')).toBeInTheDocument();
    expect(cardOf('Kamer 214').getByRole('link', { name: 'Verdergaan: Kamer 214' })).toBeInTheDocument();
  });

  it('says so when a sector has no vignettes yet', () => {
    renderApp('#/sector/school');
    expect(screen.getByText(/Voor deze sector zijn nog geen casussen beschikbaar/)).toBeInTheDocument();
  });

  it('switches to English without leaving the screen', async () => {
    const user = userEvent.setup();
    renderApp('#/sector/hotel');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Cases: Hotel' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(useSettingsStore.getState().locale).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
