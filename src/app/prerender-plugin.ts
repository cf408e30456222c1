import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { signaalContent } from '../content/vite-plugin';
import { hideStalePrerender, STALE_PRERENDER_ATTRIBUTE } from './prerender-guard';

const ROOT = '<div id="root"></div>';
const SETTINGS_KEY = 'signaal.settings';

type Options = { page?: string; entry?: string; content?: string };

/** Puts the prerendered first screen into a built index.html. */
export function injectPrerender(html: string, markup: string) {
  if (!html.includes(ROOT)) throw new Error(`prerender: index.html has no empty ${ROOT}`);
  return html.replace(ROOT, `<div id="root">${markup}</div>`);
}

/** The guard's text: the self-contained function, called at once. */
export const prerenderGuardSource = () => `(${hideStalePrerender.toString()})(${JSON.stringify(SETTINGS_KEY)},${JSON.stringify(STALE_PRERENDER_ATTRIBUTE)});\n`;

/**
 * Renders the first screen at build time (with React on Node, through Vite's module runner and the
 * same content plugin) and writes it into index.html, so it paints as soon as the HTML and the
 * stylesheet arrive, before the JavaScript (the head script's guard hides it from a learner who gets
 * another first screen).
 * Only the app's own index.html gets the screen, not other pages built with this config.
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
        return injectPrerender(html, module.renderFirstScreen());
      },
    },
  };
}
