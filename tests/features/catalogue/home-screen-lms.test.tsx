import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../support/render-app';

// A package of one vignette, launched from an LMS.
vi.hoisted(() => {
  Object.assign(globalThis, {
    __SIGNAAL_PACKAGE__: { scenarios: ['care-gp-employer'], passMark: 70, lang: 'nl', activityId: 'urn:signaal:course:one', title: 'Signaal' },
  });
});
vi.mock('../../../src/integrations/lms/detect', () => ({ hasLearningSystem: () => true }));

describe('the home screen inside an LMS', () => {
  it('does not claim everything stays in the browser, and shows only the sector the package has', async () => {
    renderApp('#/');
    expect(await screen.findByRole('heading', { level: 2, name: 'Waar werk je?' })).toBeInTheDocument();
    expect(screen.queryByText(/Alles blijft in je eigen browser/)).toBeNull();
    expect(screen.getByText(/gestart vanuit een leeromgeving/)).toBeInTheDocument();
    const sectors = screen.getAllByRole('link').map((l) => l.getAttribute('href') ?? '').filter((href) => href.startsWith('#/sector/'));
    expect(sectors).toEqual(['#/sector/care']);
    expect(screen.queryByText(/Nog geen casussen|geen casussen/i)).toBeNull();
  });
});
