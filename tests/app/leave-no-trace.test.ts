import { fireEvent } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { NEUTRAL_URL, QUICK_EXIT_ATTRIBUTE } from '../../src/app/leave-no-trace';
import { headScriptSource, headScriptTag } from '../../src/app/head-script-plugin';
import { leaveNoTraceSource } from '../../src/app/leave-no-trace-plugin';

const replace = vi.fn();

// Installed the way the built page does it: from the script text the build writes, run twice
// (the app may install it again; the second time must add nothing).
beforeAll(() => {
  new Function(leaveNoTraceSource())();
  new Function(leaveNoTraceSource())();
});

beforeEach(() => {
  vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, replace } as Location);
});

afterEach(() => {
  replace.mockClear();
  document.documentElement.style.visibility = '';
  document.body.replaceChildren();
});

function link(href: string, attributes: Record<string, string> = {}) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = 'link';
  Object.entries(attributes).forEach(([name, value]) => a.setAttribute(name, value));
  document.body.append(a);
  return a;
}

describe('in-app links keep one history entry', () => {
  it('a link to another screen replaces the current entry instead of adding one', () => {
    const a = link('#/sector/hotel');
    expect(fireEvent.click(a)).toBe(false);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledWith('#/sector/hotel');
  });

  it('a click on something inside the link counts as a click on the link', () => {
    const a = link('#/help');
    const inner = document.createElement('span');
    a.append(inner);
    fireEvent.click(inner);
    expect(replace).toHaveBeenCalledWith('#/help');
  });

  it.each([
    ['Ctrl', { ctrlKey: true }],
    ['Cmd', { metaKey: true }],
    ['Shift', { shiftKey: true }],
    ['the middle button', { button: 1 }],
  ])('leaves a click with %s to the browser (a new tab or window has its own history)', (_, init) => {
    expect(fireEvent.click(link('#/help'), init)).toBe(true);
    expect(replace).not.toHaveBeenCalled();
  });

  it('leaves other links alone: other sites, in-page anchors, new tabs, downloads', () => {
    // Runs after the script's own listener; records what it decided, then keeps the test
    // environment from following the link.
    const handled: boolean[] = [];
    const record = (event: MouseEvent) => {
      handled.push(event.defaultPrevented);
      event.preventDefault();
    };
    window.addEventListener('click', record);
    for (const a of [link('https://example.org/'), link('#main'), link('#/help', { target: '_blank' }), link('#/help', { download: '' })]) {
      fireEvent.click(a);
    }
    window.removeEventListener('click', record);
    expect(handled).toEqual([false, false, false, false]);
    expect(replace).not.toHaveBeenCalled();
  });

  it('does nothing when the app handled the click itself', () => {
    const a = link('#/help');
    a.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(a);
    expect(replace).not.toHaveBeenCalled();
  });
});

describe('quick exit', () => {
  it('the quick-exit link hides Signaal, clears the title and replaces the entry with the neutral page', () => {
    document.title = 'Signaal';
    const a = link(NEUTRAL_URL, { [QUICK_EXIT_ATTRIBUTE]: '' });
    expect(fireEvent.click(a)).toBe(false);
    expect(document.documentElement.style.visibility).toBe('hidden');
    expect(document.title).toBe('');
    expect(replace).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledWith(NEUTRAL_URL);
  });

  it('a Ctrl-click does not open a new tab and leave Signaal on screen', () => {
    fireEvent.click(link(NEUTRAL_URL, { [QUICK_EXIT_ATTRIBUTE]: '' }), { ctrlKey: true });
    expect(replace).toHaveBeenCalledWith(NEUTRAL_URL);
  });

  it('works even when the app stops the click on its way up', () => {
    const a = link(NEUTRAL_URL, { [QUICK_EXIT_ATTRIBUTE]: '' });
    a.addEventListener('click', (event) => event.stopPropagation());
    fireEvent.click(a);
    expect(replace).toHaveBeenCalledWith(NEUTRAL_URL);
  });

  it('Escape leaves from anywhere, but not while typing or in a dialog', () => {
    const field = document.createElement('input');
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    const inside = document.createElement('button');
    dialog.append(inside);
    document.body.append(field, dialog);
    fireEvent.keyDown(field, { key: 'Escape' });
    fireEvent.keyDown(inside, { key: 'Escape' });
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(replace).not.toHaveBeenCalled();
    dialog.remove();
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(replace).not.toHaveBeenCalled();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(replace).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledWith(NEUTRAL_URL);
  });
});

describe('the script the build writes', () => {
  it('is the first part of the head script, loaded from a file of its own (no inline script), before the page is parsed', () => {
    expect(headScriptTag('./assets/head-abc.js')).toBe('<script src="./assets/head-abc.js" fetchpriority="high"></script>');
    const map = { files: [], routes: {}, vignettes: {}, stored: { key: 'k', files: [] }, firstScreenEvent: 'e' };
    expect(headScriptSource(map).startsWith(leaveNoTraceSource())).toBe(true);
  });

  it('carries the neutral address and depends on nothing outside itself', () => {
    const source = leaveNoTraceSource();
    expect(source).toContain(JSON.stringify(NEUTRAL_URL));
    expect(source).not.toMatch(/\bimport\b|\brequire\(/);
  });
});

describe('earlier Signaal entries in the same tab', () => {
  type Entry = { key: string; index: number; url: string };
  const entry = (index: number, url: string): Entry => ({ key: `k${index}`, index, url });

  /** A window of its own (the real one has the script installed already), with the Navigation API. */
  function fakeWindow(entries: Entry[], current: Entry) {
    const handlers: Record<string, ((event: Partial<KeyboardEvent>) => void)[]> = {};
    let committed: () => void = () => undefined;
    const traverseTo = vi.fn(() => ({ committed: new Promise<void>((resolve) => (committed = resolve)) }));
    const leaveTo = vi.fn();
    const win = {
      document: { documentElement: document.createElement('html'), title: 'Signaal', querySelector: () => null },
      location: { replace: leaveTo },
      navigation: { currentEntry: current, entries: () => entries, traverseTo },
      addEventListener: (type: string, handler: (event: Partial<KeyboardEvent>) => void) => (handlers[type] ??= []).push(handler),
    };
    new Function('window', leaveNoTraceSource())(win);
    const escape = () => handlers.keydown?.forEach((handle) => handle({ key: 'Escape', defaultPrevented: false, target: null }));
    return { escape, traverseTo, leaveTo, commit: () => committed() };
  }

  it('goes back to the first of the Signaal entries before it replaces one with the neutral page', async () => {
    const entries = [entry(0, 'https://other.example/'), entry(1, 'https://host/signaal/#/'), entry(2, 'https://host/signaal/#/assignment/AB')];
    const tab = fakeWindow(entries, entries[2]!);
    tab.escape();
    expect(tab.traverseTo).toHaveBeenCalledWith('k1');
    expect(tab.leaveTo).not.toHaveBeenCalled();
    tab.commit();
    await vi.waitFor(() => expect(tab.leaveTo).toHaveBeenCalledWith(NEUTRAL_URL));
  });

  it('replaces at once when the current entry is the only Signaal one', () => {
    const entries = [entry(0, 'https://other.example/'), entry(1, 'https://host/signaal/#/help')];
    const tab = fakeWindow(entries, entries[1]!);
    tab.escape();
    expect(tab.traverseTo).not.toHaveBeenCalled();
    expect(tab.leaveTo).toHaveBeenCalledWith(NEUTRAL_URL);
  });
});
