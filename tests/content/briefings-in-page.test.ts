// @vitest-environment happy-dom
import { resolve } from 'node:path';
import type { IndexHtmlTransformContext } from 'vite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScenarioBriefing } from '../../src/engine';
import { signaalContent } from '../../src/content/vite-plugin';
import { scenarioById } from '../support/scenario-text';

// A link straight to a vignette shows its content warning in the first render: the app's own page
// carries every vignette's briefing as JSON, read by briefingInPage().

const PAGE = '<!doctype html><html><head></head><body><div id="root"></div></body></html>';
const app = resolve('index.html');

/** What the content plugin makes of a page; `briefingsPage` as vite.config.ts passes it, or none as an LMS package's build does. */
function transform(filename: string, options?: { briefingsPage?: string }) {
  const hook = signaalContent(resolve('content'), options).transformIndexHtml;
  const handler = typeof hook === 'function' ? hook : hook && 'handler' in hook ? hook.handler : undefined;
  return handler?.call({} as never, PAGE, { filename, path: '/index.html' } as IndexHtmlTransformContext) as string;
}

/** The module afresh: it reads the page once, when first asked. */
const freshReader = async () => {
  vi.resetModules();
  return import('../../src/content/briefings-in-page');
};

beforeEach(() => document.body.replaceChildren());
afterEach(() => document.body.replaceChildren());

describe('the briefings the app’s page carries', () => {
  it('are written into the app’s own page only, with every vignette’s summary and warning in both languages', () => {
    const html = transform(app, { briefingsPage: app });
    document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
    const block = document.getElementById('signaal-briefings');
    expect(block?.getAttribute('type')).toBe('application/json');
    const room = scenarioById('hotel-room-214');
    const briefings = JSON.parse(block?.textContent ?? '{}') as Record<string, ScenarioBriefing>;
    expect(briefings['hotel-room-214']).toEqual({
      nl: { summary: room.text.nl.summary, contentWarning: room.text.nl.contentWarning },
      en: { summary: room.text.en.summary, contentWarning: room.text.en.contentWarning },
    });
    expect(transform(resolve('tests/bench/bare/index.html'), { briefingsPage: app })).toBe(PAGE);
    expect(transform(app)).toBe(PAGE);
  });

  it('are read from the page, one vignette at a time, by id', async () => {
    const { briefingInPage, briefingsDataBlock } = await freshReader();
    const room: ScenarioBriefing = { nl: { summary: 'Samenvatting', contentWarning: 'Waarschuwing' }, en: { summary: 'Summary', contentWarning: 'Warning' } };
    document.body.innerHTML = briefingsDataBlock({ 'hotel-room-214': room });
    expect(briefingInPage('hotel-room-214')).toEqual(room);
    expect(briefingInPage('school-bank-card')).toBeUndefined();
    // What every object inherits is not a vignette.
    expect(briefingInPage('constructor')).toBeUndefined();
    expect(briefingInPage('__proto__')).toBeUndefined();
  });

  it('cannot be ended early by their own text, nor run', async () => {
    const { briefingInPage, briefingsDataBlock } = await freshReader();
    const hostile = '</script><script>window.ran = true</script><!--';
    const room: ScenarioBriefing = { nl: { summary: hostile, contentWarning: '<b>' }, en: { summary: 'a < b', contentWarning: '</SCRIPT>' } };
    document.body.innerHTML = `${briefingsDataBlock({ 'hotel-room-214': room })}<p id="after">after</p>`;
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(document.getElementById('after')).not.toBeNull();
    expect(briefingInPage('hotel-room-214')).toEqual(room);
  });

  it('give nothing where the page has no block, or one that cannot be read, so the briefing is loaded as before', async () => {
    const absent = await freshReader();
    expect(absent.briefingInPage('hotel-room-214')).toBeUndefined();
    document.body.innerHTML = '<script type="application/json" id="signaal-briefings">{"hotel-room-214": </script>';
    expect(absent.briefingInPage('hotel-room-214')).toBeUndefined();
    const broken = await freshReader();
    expect(broken.briefingInPage('hotel-room-214')).toBeUndefined();
    document.body.innerHTML = '<script type="application/json" id="signaal-briefings">null</script>';
    expect((await freshReader()).briefingInPage('hotel-room-214')).toBeUndefined();
  });
});
