import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadRepair } from '../../../src/stores/progress-sync';
import { asScenarioId } from '../../../src/engine';
import { StorageNotice } from '../../../src/features/progress/storage-notice';
import { setupI18n } from '../../../src/i18n/setup-i18n';
import { PROGRESS_STORAGE_KEY, useProgressStore } from '../../../src/stores/progress-store';

const run = { contentVersion: 1, mode: 'practice', seed: 3 } as const;

const renderNotice = (locale: 'nl' | 'en' = 'nl') =>
  render(
    <I18nextProvider i18n={setupI18n(locale)}>
      <StorageNotice />
    </I18nextProvider>,
  );

// Writing is done by the repair path, fetched at start-up; here it is in place before the first write.
beforeAll(async () => {
  await loadRepair();
});

describe('the storage notice', () => {
  beforeEach(() => useProgressStore.setState({ inProgress: {}, completed: {}, notice: null, setAsideCount: 0 }));
  afterEach(() => vi.restoreAllMocks());

  it('says at once when the browser refuses to save, offers the export, and says when saving works again', async () => {
    const user = userEvent.setup();
    const download = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const setItem = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    renderNotice();
    act(() => useProgressStore.getState().recordEvent(asScenarioId('hotel-room-214'), run, { type: 'learner.acknowledge' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Je voortgang kon niet worden opgeslagen/);
    await user.click(within(alert).getByRole('button', { name: 'Voortgang downloaden' }));
    expect(download).toHaveBeenCalledOnce();
    expect((download.mock.contexts[0] as HTMLAnchorElement).download).toMatch(/^signaal-voortgang-/);

    setItem.mockRestore();
    act(() => useProgressStore.getState().recordEvent(asScenarioId('hotel-room-214'), run, { type: 'learner.submit' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Je voortgang wordt weer opgeslagen.');
    expect(JSON.parse(localStorage.getItem(PROGRESS_STORAGE_KEY) ?? '{}').state.inProgress['hotel-room-214'].events).toHaveLength(2);
  });

  it.each([
    ['set-aside', 3, /^3 onderdelen van je opgeslagen voortgang konden niet worden gelezen\. Ze zijn niet gewist/, 'Apart bewaarde gegevens downloaden'],
    ['unreadable-kept', 1, /^Je opgeslagen voortgang kon niet worden gelezen\. Hij is niet gewist/, 'Apart bewaarde gegevens downloaden'],
    ['newer-store', 0, /^Je voortgang is opgeslagen door een nieuwere versie van Signaal/, null],
  ] as const)('for %s says exactly what happened, and can be closed', async (notice, setAsideCount, text, download) => {
    const user = userEvent.setup();
    useProgressStore.setState({ notice, setAsideCount });
    renderNotice();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(text);
    expect(alert).not.toHaveTextContent(/niets anders veranderd/);
    if (download) expect(within(alert).getByRole('button', { name: download })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Melding sluiten' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('speaks English too', async () => {
    useProgressStore.setState({ notice: 'set-aside', setAsideCount: 1 });
    renderNotice('en');
    expect(await screen.findByRole('alert')).toHaveTextContent(/^One part of your saved progress could not be read/);
  });
});
