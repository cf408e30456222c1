import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { HomeScreen } from '../../../src/features/catalogue/home-screen';
import { findSummary } from '../../../src/content';
import { setupI18n } from '../../../src/i18n/setup-i18n';
import { useProgressStore } from '../../../src/stores/progress-store';
import { renderApp } from '../../support/render-app';

function renderHome(inLearningSystem: boolean, locale: 'nl' | 'en' = 'nl') {
  useProgressStore.setState({ inProgress: {}, completed: {}, notice: null });
  return render(
    <I18nextProvider i18n={setupI18n(locale)}>
      <HomeScreen focusOnMount={false} inLearningSystem={inLearningSystem} />
    </I18nextProvider>,
  );
}

describe('the start page', () => {
  it('names the topic, says answers stay in this browser, and says who made Signaal, with a link to the sources', () => {
    renderHome(false);
    expect(screen.getByRole('heading', { level: 1, name: 'Mensenhandel herkennen in je werk' })).toBeInTheDocument();
    expect(screen.getByText(/je antwoorden blijven in deze browser/)).toBeInTheDocument();
    expect(screen.getByText(/6\.250 mensen/)).toHaveTextContent(/Nationaal Rapporteur en UNODC, 2017/);
    expect(screen.getByText(/de receptionist, de docent of de verpleegkundige/)).toBeInTheDocument();
    expect(screen.getByText(/open-sourceproject/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Meer over Signaal, met de bronnen' })).toHaveAttribute('href', '#/page/about');
  });

  it('inside an LMS it does not claim that everything stays in the browser', () => {
    renderHome(true, 'en');
    expect(screen.queryByText(/stay in this browser/)).not.toBeInTheDocument();
    expect(screen.getByText(/You started from a learning environment: the bottom of the page says where your progress and your result are kept/)).toBeInTheDocument();
  });

  it('suggests a first case in every sector, the mildest one, and links each sector', () => {
    renderHome(false);
    const sectors = screen.getByRole('heading', { level: 2, name: 'Waar werk je?' }).closest('section');
    if (!sectors) throw new Error('no sector section');
    const cards = within(sectors).getAllByRole('listitem');
    expect(cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual(['Hotel', 'Onderwijs', 'Zorg']);
    for (const card of cards) {
      const suggestion = within(card).getByRole('link', { name: /^Begin met / });
      expect(suggestion.getAttribute('href')).toMatch(/^#\/play\/[a-z0-9-]+$/);
    }
    expect(within(cards[0]!).getByRole('link', { name: 'Hotel' })).toHaveAttribute('href', '#/sector/hotel');
  });

  it('offers to continue a case in progress, and no longer suggests it', async () => {
    renderApp('#/');
    expect(screen.queryByRole('heading', { name: 'Ga verder' })).not.toBeInTheDocument();
    const started = findSummary('hotel-agency-cleaners');
    if (!started) throw new Error('no hotel-agency-cleaners');
    useProgressStore.getState().recordEvent(started.id, { contentVersion: started.version, mode: 'practice', seed: 1 }, { type: 'learner.acknowledge' });
    expect(await screen.findByRole('link', { name: 'Ga verder met De schoonmakers van de tweede verdieping' })).toHaveAttribute(
      'href',
      '#/play/hotel-agency-cleaners',
    );
    expect(screen.queryByRole('link', { name: 'Begin met De schoonmakers van de tweede verdieping' })).not.toBeInTheDocument();
  });
});
