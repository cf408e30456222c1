import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ChunkBoundary, retryableLazy } from '../../src/app/chunk-boundary';
import { setupI18n } from '../../src/i18n/setup-i18n';

const inDutch = (ui: ReactNode) => <I18nextProvider i18n={setupI18n('nl')}>{ui}</I18nextProvider>;
const Loaded = () => <h1>Het scherm is er</h1>;

/** A screen whose code fails to arrive the first `failures` times, as on a dropped connection. */
function flakyScreen(failures: number) {
  let calls = 0;
  const load = vi.fn(async () => {
    calls += 1;
    if (calls <= failures) throw new TypeError('Failed to fetch dynamically imported module: ./assets/help-screen.js');
    return { default: Loaded };
  });
  return { Screen: retryableLazy(load), load };
}

describe('the chunk boundary', () => {
  // React reports every error a boundary catches on the console; these are expected.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  it('"Try again" after a failed chunk really loads it', async () => {
    const { Screen, load } = flakyScreen(1);
    render(inDutch(<ChunkBoundary><Screen /></ChunkBoundary>));
    expect(await screen.findByRole('heading', { name: 'Dit onderdeel kon niet worden geladen' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { name: 'Het scherm is er' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps offering a retry while the chunk keeps failing', async () => {
    const { Screen, load } = flakyScreen(2);
    render(inDutch(<ChunkBoundary><Screen /></ChunkBoundary>));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Opnieuw proberen' }));
    await user.click(await screen.findByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { name: 'Het scherm is er' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('renders a preloaded screen at once, with no loading state first (React would hold the screen back after one)', async () => {
    const { Screen, load } = flakyScreen(0);
    await Screen.preload();
    render(inDutch(<ChunkBoundary><Screen /></ChunkBoundary>));
    expect(screen.getByRole('heading', { name: 'Het scherm is er' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a failed preload is not an error of its own: the screen shows the load error and its retry when rendered', async () => {
    const { Screen, load } = flakyScreen(2);
    await expect(Screen.preload()).resolves.toBeUndefined();
    render(inDutch(<ChunkBoundary><Screen /></ChunkBoundary>));
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { name: 'Het scherm is er' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('does not call an error inside a loaded screen a load error', async () => {
    const Broken = retryableLazy(async () => ({
      default: (): ReactNode => {
        throw new Error('a bug in the screen');
      },
    }));
    render(inDutch(<ChunkBoundary><Broken /></ChunkBoundary>));
    expect(await screen.findByRole('heading', { name: 'Er ging iets mis op dit scherm' })).toBeInTheDocument();
    expect(screen.queryByText('Dit onderdeel kon niet worden geladen')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Opnieuw proberen' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '#/');
  });

  it("shows the next screen, not the last one's error, after the learner moves on", async () => {
    const { Screen } = flakyScreen(1);
    const Other = retryableLazy(async () => ({ default: () => <h1>Een ander scherm</h1> }));
    const { rerender } = render(inDutch(<ChunkBoundary><Screen /></ChunkBoundary>));
    await screen.findByRole('button', { name: 'Opnieuw proberen' });
    rerender(inDutch(<ChunkBoundary><Other /></ChunkBoundary>));
    expect(await screen.findByRole('heading', { name: 'Een ander scherm' })).toBeInTheDocument();
  });
});
