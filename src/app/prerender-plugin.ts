import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { signaalContent } from '../content/vite-plugin';
import { hideStalePrerender, STALE_PRERENDER_ATTRIBUTE } from './prerender-guard';

const ROOT = '<div id="root"></div>';
const SETTINGS_KEY = 'signaal.settings';

type Options = { page?: string; entry?: string; content?: string };

/** Puts the prerendered first screen and its guard into a built index.html. */
export function injectPrerender(html: string, markup: string) {
  if (!html.includes(ROOT)) throw new Error(`prerender: index.html has no empty ${ROOT}`);
  const guard =
    `<style>[${STALE_PRERENDER_ATTRIBUTE}] #root{visibility:hidden}</style>` +
    `<script>(${hideStalePrerender.toString()})(${JSON.stringify(SETTINGS_KEY)},${JSON.stringify(STALE_PRERENDER_ATTRIBUTE)})</script>`;
  return html.replace('</head>', `${guard}</head>`).replace(ROOT, `<div id="root">${markup}</div>`);
}

const STYLESHEET = /<link rel="stylesheet"(?: crossorigin)? href="\.\/([^"]+\.css)">\n?/g;
// A relative url() in a stylesheet means something else once the rules sit in index.html.
const RELATIVE_URL = /url\(\s*(?!['"]?(?:data:|https?:|#|\/))/;

/**
 * Replaces the first page's stylesheet links with their rules in <style>, so the first paint waits
 * for no request but the HTML (a link anywhere in the page holds the first paint back until it has
 * loaded). Stylesheets with relative url()s keep their link: moved into index.html those would
 * point elsewhere. A host that sends a Content-Security-Policy must allow this inline style.
 */
export function inlineStylesheets(html: string, readCss: (file: string) => string | undefined) {
  return html.replace(STYLESHEET, (link: string, file: string) => {
    const css = readCss(file);
    if (css === undefined || RELATIVE_URL.test(css) || css.includes('</style')) return link;
    return `<style>${css.trim()}</style>\n`;
  });
}

/**
 * Renders the first screen at build time (with React on Node, through Vite's module runner and the
 * same content plugin) and writes it, with its styles, into index.html, so it paints as soon as the
 * HTML arrives, before the JavaScript.
 * Only the app's own index.html is touched, not other pages built with this config.
 */
export function prerenderFirstScreen({
  page = resolve('index.html'),
  entry = resolve('src/app/prerender.tsx'),
  content = resolve('content'),
}: Options = {}): Plugin {
  return {
    name: 'signaal-prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (resolve(context.filename) !== page) return html;
        const { module } = await runnerImport<{ renderFirstScreen: () => string }>(entry, {
          plugins: [signaalContent(content)],
          logLevel: 'warn',
        });
        const readCss = (file: string) => {
          const asset = context.bundle?.[file];
          return asset?.type === 'asset' && typeof asset.source === 'string' ? asset.source : undefined;
        };
        return inlineStylesheets(injectPrerender(html, module.renderFirstScreen()), readCss);
      },
    },
  };
}
