import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STALE_PRERENDER_ATTRIBUTE } from '../../src/app/prerender-guard';
import { injectPrerender, prerenderGuardSource } from '../../src/app/prerender-plugin';

const html = [
  '<!doctype html><html><head><title>Signaal</title>',
  '<script type="module" crossorigin src="./assets/index-a1.js"></script>',
  '<link rel="stylesheet" crossorigin href="./assets/index-b2.css">',
  '</head><body><div id="root"></div></body></html>',
].join('\n');

describe('injectPrerender', () => {
  it('puts the markup into the empty root and leaves the head alone: no inline script or style, the stylesheet stays linked', () => {
    const out = injectPrerender(html, '<h1>Waar werk je?</h1>');
    expect(out).toBe(html.replace('<div id="root"></div>', '<div id="root"><h1>Waar werk je?</h1></div>'));
  });

  it('fails the build when index.html has no empty root to fill', () => {
    expect(() => injectPrerender('<html><head></head><body><main></main></body></html>', '<h1>x</h1>')).toThrow(/no empty <div id="root">/);
  });
});

describe('the prerender guard', () => {
  it('is a script that calls the guard with the settings key and the attribute', () => {
    const source = prerenderGuardSource();
    expect(source).toMatch(/^\(function hideStalePrerender\(/);
    expect(source).toContain(`("signaal.settings","${STALE_PRERENDER_ATTRIBUTE}")`);
  });

  it('has its hiding rule in the stylesheet, since the page has no inline style', () => {
    const css = readFileSync('src/app/styles.css', 'utf8');
    expect(css).toMatch(new RegExp(`\\[${STALE_PRERENDER_ATTRIBUTE}\\] #root \\{ display: none; \\}`));
  });
});
