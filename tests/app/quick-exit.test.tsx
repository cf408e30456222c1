import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NEUTRAL_URL } from '../../src/app/quick-exit';
import { renderApp } from '../support/render-app';

describe('quick exit', () => {
  const replace = vi.fn();
  afterEach(() => {
    document.body.style.visibility = '';
    replace.mockClear();
  });

  function stubLocation() {
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, replace, hash: window.location.hash } as Location);
  }

  it('a tap on the button hides the app and replaces it with a neutral page', async () => {
    renderApp('#/sector/hotel');
    stubLocation();
    await userEvent.setup().click(screen.getByRole('button', { name: /^Snel weg/ }));
    expect(document.body.style.visibility).toBe('hidden');
    expect(replace).toHaveBeenCalledWith(NEUTRAL_URL);
  });

  it('Escape does the same on any screen, but not while typing or in a dialog', () => {
    renderApp('#/');
    stubLocation();
    const field = document.createElement('input');
    document.body.append(field);
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(replace).not.toHaveBeenCalled();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(replace).toHaveBeenCalledWith(NEUTRAL_URL);
    field.remove();
  });
});
