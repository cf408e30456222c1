import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { signaalContent } from './src/content/vite-plugin';

// Tests that render components or use browser storage get a DOM (happy-dom); everything else
// (engine, content, records, most integrations) runs in plain Node, which starts many times
// faster. A .ts test that needs a DOM is listed here; every .tsx test gets one.
const DOM_TESTS = [
  'tests/**/*.test.tsx',
  'tests/app/prerender-guard.test.ts',
  'tests/app/register-service-worker.test.ts',
  'tests/app/route-preload.test.ts',
  // The quick exit's script, run against a page's history and links.
  'tests/app/leave-no-trace.test.ts',
  // LMS and LRS tests stand in for the page the LMS launches (window, storage).
  'tests/integrations/lms/**/*.test.ts',
  'tests/integrations/qr/qr-svg.test.ts',
  'tests/integrations/signing/signing.test.ts',
  'tests/stores/**/*.test.ts',
  // Frozen samples include saved progress, restored through the browser's storage.
  'tests/records/frozen-samples*.test.ts',
];
// Tests that read the build in dist/: `npm test` runs them after `vite build`.
const BUILD_TESTS = ['tests/build/**/*.test.ts'];
const EXCLUDE = ['tests/e2e/**', 'node_modules/**'];
// The frozen-sample generator (tests/fixtures/records/make-samples.ts) is not a test: it runs
// only as `npm run samples:make`, which sets this switch, in a project of its own.
const MAKE_SAMPLES = process.env.SIGNAAL_MAKE_SAMPLES !== undefined;

export default defineConfig({
  plugins: [react(), signaalContent()],
  test: {
    restoreMocks: true,
    // A whole screen rendered, or a command run, on two cores shared with a browser and a build
    // can take seconds; a stuck test still fails.
    testTimeout: 15_000,
    setupFiles: ['tests/support/setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: [...EXCLUDE, ...DOM_TESTS, ...BUILD_TESTS],
          // One module registry per worker: the engine and the content loader are imported once,
          // not once per file. A Node test that mocks modules (vi.mock) or changes module state
          // must not rely on that: give it a project of its own.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: DOM_TESTS,
          exclude: EXCLUDE,
          setupFiles: ['tests/support/setup-dom.ts'],
        },
      },
      { extends: true, test: { name: 'build', environment: 'node', include: BUILD_TESTS, exclude: EXCLUDE } },
      ...(MAKE_SAMPLES
        ? [{ extends: true as const, test: { name: 'samples', environment: 'node', include: ['tests/fixtures/records/make-samples.ts'], testTimeout: 600_000 } }]
        : []),
    ],
  },
});
