import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { pageEntry, staticImports } from './bundle-graph';

/**
 * V8's explicit compile hint for a whole file (Chrome and Edge 136 and later; other engines read a
 * comment): the functions of a file that starts with it are compiled on the background thread that
 * streams the file in, instead of one by one on the main thread when first called.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Puts the compile hint at the top of the chunks index.html loads. Nearly all of their functions
 * run before the first screen is up (React, the shell, the stores), and compiling them lazily was
 * the largest single share of the main thread's work on a deep link with a slow CPU. Lazy chunks
 * stay lazily compiled: most of their code waits for the learner.
 */
export function compileHints(): Plugin {
  // The index.html of whatever this build is for (the bench's reference pages get the hint too).
  let page = resolve('index.html');
  return {
    name: 'signaal-compile-hints',
    apply: 'build',
    configResolved(config) {
      page = resolve(config.root, 'index.html');
    },
    generateBundle: {
      // After Vite has put its preload helper at the top of the entry: the hint must come first.
      order: 'post',
      handler(_options, bundle) {
        const entry = pageEntry(bundle, page);
        if (!entry) return;
        for (const fileName of staticImports(bundle)(entry.fileName)) {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk' || chunk.code.startsWith(COMPILE_HINT)) continue;
          chunk.code = COMPILE_HINT + chunk.code;
          // One line more at the top: every mapped line of its source map (written by now) moves down by one.
          const map = bundle[`${fileName}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const parsed = JSON.parse(map.source) as { mappings: string };
            map.source = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
          }
        }
      },
    },
  };
}
