import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

// The header draws the favicon's picture in place (no image to fetch before the first screen): the
// two must stay one drawing.
const shapesOf = (svg: Element) =>
  [...svg.children].map((shape) => [shape.tagName.toLowerCase(), ...[...shape.attributes].map((a) => `${a.name}=${a.value}`).sort()]);

describe('the brand mark', () => {
  it('is the favicon drawn in the header, hidden from screen readers, with no image to fetch', () => {
    const { container } = renderApp('#/');
    const drawn = container.querySelector('.brand svg');
    const favicon = new DOMParser().parseFromString(readFileSync(resolve('public/favicon.svg'), 'utf8'), 'image/svg+xml').documentElement;
    expect(drawn).not.toBeNull();
    expect(drawn?.getAttribute('viewBox')).toBe(favicon.getAttribute('viewBox'));
    expect(shapesOf(drawn as Element)).toEqual(shapesOf(favicon));
    expect(drawn).toHaveAttribute('aria-hidden', 'true');
    expect(container.querySelector('header img')).toBeNull();
  });
});
