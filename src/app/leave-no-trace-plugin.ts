import type { Plugin } from 'vite';
import { headScript } from './head-script-plugin';
import { leaveNoTrace, NEUTRAL_URL, QUICK_EXIT_ATTRIBUTE } from './leave-no-trace';

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
export const leaveNoTraceScript = (): Plugin =>
  headScript({ plugin: 'signaal-leave-no-trace', name: 'leave-no-trace.js', source: leaveNoTraceSource, tag: scriptTag, inDev: true });
