import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { movedTo, parseRoute } from '../../src/app/routes';
import { renderApp } from '../support/render-app';

const trail = () => {
  const nav = screen.queryByRole('navigation', { name: 'Kruimelpad' });
  return nav ? within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]) : [];
};

describe('the shell', () => {
  it.each([
    ['#/', []],
    ['#/sector/care', [['Start', '#/']]],
    ['#/signals', [['Start', '#/']]],
    ['#/play/hotel-room-214', [['Start', '#/'], ['Hotel', '#/sector/hotel']]],
    ['#/review/hotel-room-214', [['Start', '#/'], ['Hotel', '#/sector/hotel'], ['Nabespreking: Kamer 214', '#/debrief/hotel-room-214']]],
    ['#/assignment/play/hotel-room-214', [['Start', '#/'], ['Opdracht', '#/assignment']]],
    ['#/trainer/new', [['Start', '#/'], ['Voor trainers', '#/trainer']]],
    ['#/page/without-server', [['Start', '#/'], ['Voor trainers', '#/trainer']]],
    ['#/page/privacy', [['Start', '#/']]],
    ['#/no/such/page', [['Start', '#/']]],
  ])('on %s the breadcrumb leads back up: %j', (hash, expected) => {
    renderApp(hash);
    expect(trail()).toEqual(expected);
  });

  it('keeps the trainer entry out of the learner navigation, in the footer', () => {
    renderApp('#/');
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Over mensenhandel',
      'Signalen',
      'Hulp en melden',
      'Mijn voortgang',
      'Certificaten',
    ]);
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'Voor trainers' })).toHaveAttribute('href', '#/trainer');
    expect(within(footer).getByRole('link', { name: 'Privacy' })).toHaveAttribute('href', '#/page/privacy');
    expect(within(footer).getByRole('link', { name: 'Over Signaal' })).toHaveAttribute('href', '#/page/about');
  });

  it('the menu button opens and closes the navigation, and it closes by itself on the next screen', async () => {
    const user = userEvent.setup();
    renderApp('#/');
    const menu = screen.getByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById(menu.getAttribute('aria-controls') ?? '')).not.toHaveAttribute('data-open');
    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById('site-menu')).toHaveAttribute('data-open');
    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    await user.click(menu);
    window.location.hash = '#/signals';
    expect(await screen.findByRole('button', { name: 'Menu', expanded: false })).toBeInTheDocument();
  });

  it('an information page has its own route, for any page in content/pages', async () => {
    expect(parseRoute('#/page/privacy')).toEqual({ name: 'page', page: 'privacy' });
    expect(parseRoute('#/page/Bad_Id')).toEqual({ name: 'not-found' });
    renderApp('#/page/privacy');
    expect(await screen.findByRole('heading', { level: 1, name: 'Privacy' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Wat Signaal in deze browser bewaart' })).toBeInTheDocument();
  });

  it('the old address of "how Signaal works without a server" shows that page and moves to its new address', async () => {
    expect(parseRoute('#/without-server')).toEqual({ name: 'page', page: 'without-server' });
    expect(movedTo('#/without-server')).toBe('#/page/without-server');
    expect(movedTo('#/page/without-server')).toBeUndefined();
    renderApp('#/without-server');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hoe Signaal werkt zonder server' })).toBeInTheDocument();
    await waitFor(() => expect(window.location.hash).toBe('#/page/without-server'));
  });

  it('an unknown information page says so', async () => {
    renderApp('#/page/nothing-here');
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze pagina is niet beschikbaar.' })).toBeInTheDocument();
  });
});
