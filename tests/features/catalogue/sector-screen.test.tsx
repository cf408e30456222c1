import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { asScenarioId } from '../../../src/engine';
import { useProgressStore } from '../../../src/stores/progress-store';
import { useSettingsStore } from '../../../src/stores/settings-store';
import { renderApp } from '../../support/render-app';

describe('choosing a sector and a vignette', () => {
  it('lists the hotel vignette with its length and a start link, and remembers the sector', async () => {
    const user = userEvent.setup();
    renderApp('#/');
    await user.click(screen.getByRole('link', { name: /^Hotel/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Casussen: Hotel' })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 2, name: 'Kamer 214' })).toBeInTheDocument();
    expect(screen.getByText(/ca\. 12 minuten/)).toBeInTheDocument();
    expect(screen.getByText('Nog niet gestart')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Starten: Kamer 214' })).toHaveAttribute('href', '#/play/hotel-room-214');
    expect(useSettingsStore.getState().sector).toBe('hotel');
  });

  it('shows a vignette in progress as such, with a link to continue', async () => {
    renderApp('#/sector/hotel');
    useProgressStore.getState().recordEvent(asScenarioId('hotel-room-214'), 1, { type: 'learner.acknowledge' });
    expect(await screen.findByText('Bezig')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Verdergaan: Kamer 214' })).toBeInTheDocument();
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
