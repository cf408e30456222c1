import { resolve } from 'node:path';
import { minifySync, type Plugin } from 'vite';
import { pageEntry } from './bundle-graph';
import { leaveNoTraceSource } from './leave-no-trace-plugin';
import { prerenderGuardSource } from './prerender-plugin';
import { routePreloadMap, routePreloadSource } from './route-preload-plugin';
import type { RoutePreloadMap } from './route-preload';

const NAME = 'head.js';

/**
 * The head script's text, three self-contained calls: leave-no-trace first (quick exit works
 * whatever follows), the guard that hides a prerendered first screen this learner does not get,
 * then the deep link's preloads (route-preload.ts) with this build's route → chunks map.
 */
export const headScriptSource = (map: RoutePreloadMap) => `${leaveNoTraceSource()}${prerenderGuardSource()}${routePreloadSource(map)}`;

/** The tag that loads it: blocking, so the guard has run before the parser reaches the prerendered screen. */
export const headScriptTag = (src: string) => `<script src="${src}" fetchpriority="high"></script>`;

/**
 * Writes assets/head-<hash>.js (headScriptSource) and loads it as the first script in <head>: what
 * must run before the app's JavaScript has arrived, in one request. As three scripts they cost a
 * deep link with a slow CPU about 40 ms more before its first screen (two more requests, each with
 * its own tasks on the main thread). No inline script: a strict Content-Security-Policy needs no
 * exception. Only the app's own index.html gets it, not other pages built with this config.
 */
export function headScript({ page = resolve('index.html') }: { page?: string } = {}): Plugin {
  let root = process.cwd();
  let minify = true;
  let assetsDir = 'assets';
  return {
    name: 'signaal-head-script',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      minify = config.build.minify !== false;
      assetsDir = config.build.assetsDir;
    },
    generateBundle: {
      // Before Vite writes index.html (in its own generateBundle), which must name the file.
      order: 'pre',
      handler(_options, bundle) {
        if (!pageEntry(bundle, page)) return;
        let source = headScriptSource(routePreloadMap(bundle, root, assetsDir));
        if (minify) {
          const { code, errors } = minifySync(NAME, source);
          if (errors.length > 0) this.error(`${NAME}: ${errors.map((e) => e.message).join('; ')}`);
          source = code;
        }
        this.emitFile({ type: 'asset', name: NAME, source });
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (resolve(context.filename) !== page) return html;
        const asset = Object.values(context.bundle ?? {}).find((file) => file.type === 'asset' && file.names.includes(NAME));
        if (!asset) throw new Error(`${NAME} was not emitted`);
        // First of the page's scripts: over HTTP/1.1 only six requests run at once, and the
        // preloads it adds must not wait behind the entry they are meant to overtake.
        const tag = headScriptTag(`./${asset.fileName}`);
        const at = html.search(/<script\b/);
        return at < 0 ? html.replace('</head>', `  ${tag}\n  </head>`) : `${html.slice(0, at)}${tag}\n    ${html.slice(at)}`;
      },
    },
  };
}
