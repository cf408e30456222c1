import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NEUTRAL_URL, QUICK_EXIT_ATTRIBUTE } from '../../src/app/leave-no-trace';
import { renderApp } from '../support/render-app';

describe('quick exit', () => {
  it.each([
    ['#/', 'nl', 'Snel weg'],
    ['#/sector/hotel', 'nl', 'Snel weg'],
    ['#/help', 'en', 'Quick exit'],
  ] as const)('on %s (%s) it is a link to the neutral page, so it leaves even before any script has run', (hash, locale, name) => {
    renderApp(hash, locale);
    const exit = screen.getByRole('link', { name });
    expect(exit).toHaveAttribute('href', NEUTRAL_URL);
    expect(exit).toHaveAttribute(QUICK_EXIT_ATTRIBUTE);
    expect(exit).toHaveAttribute('rel', 'noreferrer');
    expect(exit).toHaveAccessibleDescription(/Escape/);
  });
});
