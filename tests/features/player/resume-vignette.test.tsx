import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/app/app';
import { setupI18n } from '../../../src/i18n/setup-i18n';
import { PROGRESS_STORAGE_KEY, useProgressStore } from '../../../src/stores/progress-store';
import { renderApp } from '../../support/render-app';
import { fragmentText, scenarioById } from '../../support/scenario-text';

const scenario = scenarioById('hotel-room-214');
const [first, second] = scenario.scenes;
if (!first || !second) throw new Error('the vignette needs two scenes');
const secondFragment = second.fragments[0];
if (!secondFragment) throw new Error('the second scene needs a fragment');

describe('leaving and resuming a vignette', () => {
  it('a learner who closes the app mid-scene comes back to the same scene, flags and language intact', async () => {
    const user = userEvent.setup();
    const first_ = renderApp('#/play/hotel-room-214');
    await user.click(await screen.findByRole('radio', { name: /^Toets/ }));
    await user.click(screen.getByRole('button', { name: /start de casus/i }));
    await user.click(await screen.findByRole('button', { name: 'Verder' }));
    const seed = useProgressStore.getState().inProgress[scenario.id]?.seed;
    const flagged = await screen.findByRole('button', { name: fragmentText(scenario, secondFragment.id) });
    await user.click(flagged);
    first_.unmount();

    // A new page load: memory is gone, and the store rehydrates from what was saved after every event.
    const saved = localStorage.getItem(PROGRESS_STORAGE_KEY) ?? '';
    useProgressStore.setState({ inProgress: {}, completed: {} });
    localStorage.setItem(PROGRESS_STORAGE_KEY, saved);
    await useProgressStore.persist.rehydrate();
    render(
      <I18nextProvider i18n={setupI18n('en')}>
        <App />
      </I18nextProvider>,
    );
    expect(await screen.findByRole('heading', { level: 2, name: scenario.text.en.scenes[second.id]?.heading })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: fragmentText(scenario, secondFragment.id, 'en') })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(`Scene 2 of ${scenario.scenes.length - 2}`)).toBeInTheDocument();
    // The same run goes on: its mode and option-order seed are kept.
    expect(useProgressStore.getState().inProgress[scenario.id]).toMatchObject({ mode: 'assessment', seed });
  });
});
