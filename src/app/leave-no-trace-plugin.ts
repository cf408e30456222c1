import type { Plugin } from 'vite';
import { leaveNoTrace, NEUTRAL_URL, QUICK_EXIT_ATTRIBUTE } from './leave-no-trace';

const DEV_PATH = '/leave-no-trace.js';

/** The script's text: the self-contained function, called at once. The build puts it first in the head script (head-script-plugin.ts). */
export const leaveNoTraceSource = () =>
  `(${leaveNoTrace.toString()})(window,${JSON.stringify(NEUTRAL_URL)},${JSON.stringify(QUICK_EXIT_ATTRIBUTE)});\n`;

/**
 * The dev server's page has no head script (no prerender, no chunks to preload), but quick exit
 * and history-replacing links must work there too: it serves leave-no-trace.ts as a script of its
 * own and loads it from <head>.
 */
export const leaveNoTraceInDev = (): Plugin => ({
  name: 'signaal-leave-no-trace-dev',
  apply: 'serve',
  configureServer(server) {
    server.middlewares.use(DEV_PATH, (_request, response) => {
      response.setHeader('Content-Type', 'text/javascript');
      response.end(leaveNoTraceSource());
    });
  },
  transformIndexHtml: (html) => html.replace('</head>', `  <script src="${DEV_PATH}"></script>\n  </head>`),
});
