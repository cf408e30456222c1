import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compileHints } from './src/app/compile-hints-plugin';
import { headScript } from './src/app/head-script-plugin';
import { leaveNoTraceInDev } from './src/app/leave-no-trace-plugin';
import { prerenderFirstScreen } from './src/app/prerender-plugin';
import { signaalPwa } from './src/app/pwa-plugin';
import { signaalContent } from './src/content/vite-plugin';

// A deep link to a vignette needs the player and, for a returning learner, the code that repairs
// stored progress. Left to the automatic split they came as 13 files, and over HTTP/1.1 six go at a
// time: three waves of requests on a slow connection. A group takes the modules its test names and
// what they import (unless a group before it took that): the player's scenes with the machine (the
// debrief, records and trainer, which replay attempts, fetch that too), the repair path, and the few
// small helpers nearly every lazy screen shares, on their own so that a screen without a machine
// never fetches the player for them. The player's first screen, the content warning, is on the
// first page: a returning learner's deep link waits only for the repair path (two files), and all
// it fetches after the first page (six files, the scenes and story at low priority) is one wave.
const SHARED_HELPERS = /\/src\/(components\/use-async|i18n\/lazy-namespace|engine\/attempt\.types)\.tsx?$/;
const PLAYER_RUN = /\/src\/features\/player\/player-run\.tsx$/;
const PROGRESS_REPAIR = /\/src\/stores\/progress-sync-repair\.ts$/;

export default defineConfig({
  // Relative base: the build runs from any static host, a subfolder, or inside an LMS package.
  base: './',
  // The app's own page carries every vignette's briefing (briefings-in-page.ts); other pages built
  // with this config (the bench's references) do not.
  plugins: [react(), signaalContent(resolve('content'), { briefingsPage: resolve('index.html') }), leaveNoTraceInDev(), prerenderFirstScreen(), headScript(), compileHints(), signaalPwa()],
  build: {
    manifest: true,
    target: 'es2022',
    sourcemap: false,
    // Everything the first page needs in one chunk: split into many small shared chunks, each costs
    // a round trip on a slow connection (six at a time over HTTP/1.1) before anything can run. What
    // only the entry uses stays in the entry chunk, so the build manifest keeps its index.html entry.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'], minShareCount: 2, priority: 5 },
            { name: 'shared', test: SHARED_HELPERS, priority: 4 },
            { name: 'player-run', test: PLAYER_RUN, priority: 2 },
            { name: 'progress-repair', test: PROGRESS_REPAIR, priority: 1 },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
