import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetServiceWorkerStatus, setServiceWorkerStatus } from '../../src/app/service-worker-status';
import nlOffline from '../../content/locales/nl/offline.json';
import enOffline from '../../content/locales/en/offline.json';
import nlUpdate from '../../content/locales/nl/update.json';
import enUpdate from '../../content/locales/en/update.json';
import { renderApp } from '../support/render-app';

afterEach(() => {
  act(() => resetServiceWorkerStatus());
});

const waiting = (apply = vi.fn()) => {
  act(() => setServiceWorkerStatus({ update: { status: 'waiting', apply } }));
  return apply;
};

describe('the update prompt', () => {
  it('stays out of the way until a new version is waiting', () => {
    renderApp('#/');
    expect(screen.queryByText(nlUpdate.heading)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: nlUpdate.apply })).not.toBeInTheDocument();
  });

  it('offers the waiting version and applies it only when the learner chooses to', async () => {
    renderApp('#/sector/hotel');
    const apply = waiting();
    expect(await screen.findByText(nlUpdate.heading)).toBeInTheDocument();
    expect(screen.getByText(nlUpdate.body)).toBeInTheDocument();
    expect(apply).not.toHaveBeenCalled();
    await userEvent.setup().click(screen.getByRole('button', { name: nlUpdate.apply }));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('says it is updating, and a second press does nothing more', async () => {
    renderApp('#/');
    waiting();
    act(() => setServiceWorkerStatus({ update: { status: 'applying' } }));
    const button = await screen.findByRole('button', { name: nlUpdate.applying });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.setup().click(button);
    expect(screen.getByRole('button', { name: nlUpdate.applying })).toBeInTheDocument();
  });

  it('can be put off until later, in English too', async () => {
    renderApp('#/', 'en');
    const apply = waiting();
    expect(await screen.findByText(enUpdate.body)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: enUpdate.later }));
    expect(screen.queryByText(enUpdate.heading)).not.toBeInTheDocument();
    expect(apply).not.toHaveBeenCalled();
  });

  it('is announced politely by a live region that is already on the page', async () => {
    renderApp('#/');
    const regions = document.querySelectorAll('main [aria-live="polite"]');
    const before = regions.length;
    waiting();
    const region = (await screen.findByText(nlUpdate.heading)).closest('[aria-live="polite"]');
    expect(region).not.toBeNull();
    expect(document.querySelectorAll('main [aria-live="polite"]')).toHaveLength(before);
  });
});

describe('the offline notice', () => {
  const goOffline = () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
  };

  it('tells a learner who goes offline that Signaal keeps working once everything is cached', () => {
    renderApp('#/');
    act(() => setServiceWorkerStatus({ offlineReady: true }));
    expect(screen.queryByText(nlOffline.offline.ready)).not.toBeInTheDocument();
    goOffline();
    expect(screen.getByText(nlOffline.offline.ready)).toBeInTheDocument();
  });

  it('is honest when not everything is cached yet', () => {
    renderApp('#/', 'en');
    goOffline();
    expect(screen.getByText(enOffline.offline.partial)).toBeInTheDocument();
  });

  it('goes away when the connection comes back', () => {
    renderApp('#/');
    goOffline();
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(screen.queryByText(nlOffline.offline.partial)).not.toBeInTheDocument();
  });
});
