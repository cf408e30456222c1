import { describe, expect, it } from 'vitest';
import { STALE_PRERENDER_ATTRIBUTE } from '../../src/app/prerender-guard';
import { injectPrerender, inlineStylesheets } from '../../src/app/prerender-plugin';

const html = [
  '<!doctype html><html><head><title>Signaal</title>',
  '<script type="module" crossorigin src="./assets/index-a1.js"></script>',
  '<link rel="stylesheet" crossorigin href="./assets/index-b2.css">',
  '</head><body><div id="root"></div></body></html>',
].join('\n');

describe('injectPrerender', () => {
  it('puts the markup into the empty root and the guard into the head, before the screen paints', () => {
    const out = injectPrerender(html, '<h1>Waar werk je?</h1>');
    expect(out).toContain('<div id="root"><h1>Waar werk je?</h1></div>');
    expect(out.indexOf('<script>')).toBeLessThan(out.indexOf('</head>'));
    expect(out).toContain(`[${STALE_PRERENDER_ATTRIBUTE}] #root{visibility:hidden}`);
  });

  it('fails the build when index.html has no empty root to fill', () => {
    expect(() => injectPrerender('<html><head></head><body><main></main></body></html>', '<h1>x</h1>')).toThrow(/no empty <div id="root">/);
  });
});

describe('inlineStylesheets', () => {
  it('replaces the stylesheet link with its rules, so the first paint waits for no other request', () => {
    const out = inlineStylesheets(html, (file) => (file === 'assets/index-b2.css' ? 'h1{color:#0b5394}\n' : undefined));
    expect(out).toContain('<style>h1{color:#0b5394}</style>');
    expect(out).not.toContain('rel="stylesheet"');
    expect(out).toContain('<script type="module" crossorigin src="./assets/index-a1.js"></script>');
  });

  it.each([
    ['a relative url(), which would point elsewhere from index.html', '.a{background:url(./flag-c3.svg)}'],
    ['a closing style tag', '.a::after{content:"</style>"}'],
  ])('keeps the link for a stylesheet with %s', (_, css) => {
    expect(inlineStylesheets(html, () => css)).toBe(html);
  });

  it('inlines a stylesheet whose url()s are data or absolute', () => {
    const css = '.a{background:url(data:image/svg+xml;base64,AA==)}.b{background:url("https://example.org/x.png")}';
    expect(inlineStylesheets(html, () => css)).toContain(`<style>${css}</style>`);
  });

  it('keeps the link when the build has no such stylesheet', () => {
    expect(inlineStylesheets(html, () => undefined)).toBe(html);
  });
});
