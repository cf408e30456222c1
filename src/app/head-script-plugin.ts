import { minifySync, type Plugin } from 'vite';

type HeadScript = {
  /** The plugin's name. */
  plugin: string;
  /** The script's file name: `assets/<name>-<hash>.js` in the build (precached with the rest). */
  name: string;
  /** The script's text. */
  source: () => string;
  /** The tag that loads it from a src, put at the end of <head>. */
  tag: (src: string) => string;
  /** Also serve it from the dev server (else only the build has it). */
  inDev: boolean;
};

/**
 * A small script of its own, loaded from <head> by a <script src>: what must run before the app's
 * JavaScript has arrived does so without an inline script, so a strict Content-Security-Policy
 * (`script-src 'self'`) needs no hash or nonce for it.
 */
export function headScript({ plugin, name, source, tag, inDev }: HeadScript): Plugin {
  let reference: string | undefined;
  let building = false;
  return {
    name: plugin,
    ...(inDev ? {} : { apply: 'build' as const }),
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      if (!building) return;
      const { code, errors } = minifySync(name, source());
      if (errors.length > 0) this.error(`${name}: ${errors.map((e) => e.message).join('; ')}`);
      reference = this.emitFile({ type: 'asset', name, source: code });
    },
    configureServer(server) {
      server.middlewares.use(`/${name}`, (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(source());
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        let src = `/${name}`;
        if (building) {
          const asset = Object.values(context.bundle ?? {}).find((file) => file.type === 'asset' && file.names.includes(name));
          if (!asset || reference === undefined) throw new Error(`${name} was not emitted`);
          src = `./${asset.fileName}`;
        }
        return html.replace('</head>', `  ${tag(src)}\n  </head>`);
      },
    },
  };
}
