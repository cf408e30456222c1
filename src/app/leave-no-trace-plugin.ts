import { minifySync, type Plugin } from 'vite';
import { leaveNoTrace, NEUTRAL_URL, QUICK_EXIT_ATTRIBUTE } from './leave-no-trace';

const NAME = 'leave-no-trace.js';

/** The script's text: the self-contained function, called at once. */
export const leaveNoTraceSource = () =>
  `(${leaveNoTrace.toString()})(window,${JSON.stringify(NEUTRAL_URL)},${JSON.stringify(QUICK_EXIT_ATTRIBUTE)});\n`;

/** The tag that loads the script first thing in <head>, without holding up the page. */
export const scriptTag = (src: string) => `<script src="${src}" async></script>`;

/**
 * Serves leave-no-trace.ts as a tiny script of its own (in the build: assets/leave-no-trace-<hash>.js,
 * precached with the rest) and loads it from <head>, so quick exit and history-replacing links work
 * before the app's JavaScript has arrived, without an inline script.
 */
export function leaveNoTraceScript(): Plugin {
  let reference: string | undefined;
  let building = false;
  return {
    name: 'signaal-leave-no-trace',
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      if (!building) return;
      const { code, errors } = minifySync(NAME, leaveNoTraceSource());
      if (errors.length > 0) this.error(`leave-no-trace: ${errors.map((e) => e.message).join('; ')}`);
      reference = this.emitFile({ type: 'asset', name: NAME, source: code });
    },
    configureServer(server) {
      server.middlewares.use(`/${NAME}`, (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(leaveNoTraceSource());
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        let src = `/${NAME}`;
        if (building) {
          const asset = Object.values(context.bundle ?? {}).find((file) => file.type === 'asset' && file.names.includes(NAME));
          if (!asset || reference === undefined) throw new Error(`leave-no-trace: ${NAME} was not emitted`);
          src = `./${asset.fileName}`;
        }
        return html.replace('</head>', `  ${scriptTag(src)}\n  </head>`);
      },
    },
  };
}
