import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { VitePWA } from 'vite-plugin-pwa';

// Read at build time only: the manifest's text ships in manifest.webmanifest, not in the first page.
type ManifestStrings = { name: string; shortName: string; description: string };

/**
 * The page, its icons, the sector illustrations (art/) and everything the build emits into assets/ (every chunk, every vignette, the
 * certificate's font, whatever a later screen adds) are cached for offline use; the plugin adds the
 * manifest itself.
 */
export const PRECACHE_PATTERNS = ['*.{html,svg,png,ico}', 'icons/*', 'art/*', 'assets/**/*'];

/**
 * The web app manifest and a service worker that precaches the whole build, every vignette chunk
 * included, so a module opened once plays offline. The worker waits for the learner's consent to
 * update (src/app/register-service-worker.ts registers it lazily, so the first page carries none
 * of this). Paths are relative, so it works from any folder of any static host.
 */
export function signaalPwa(content = resolve('content')) {
  const nl = JSON.parse(readFileSync(resolve(content, 'locales/nl/manifest.json'), 'utf8')) as ManifestStrings;
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    // The patterns below already take in the icons; listing them twice would cache them twice.
    includeManifestIcons: false,
    manifest: {
      id: './',
      name: nl.name,
      short_name: nl.shortName,
      description: nl.description,
      lang: 'nl',
      dir: 'ltr',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b5394',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: PRECACHE_PATTERNS,
      // Hash routes: the only page is the folder itself (index.html), which is precached. No
      // navigation fallback, so other pages on the same host are never answered with Signaal;
      // query strings (a tracking parameter on a shared link) still find the cached page.
      navigateFallback: null,
      ignoreURLParametersMatching: [/.*/],
      cleanupOutdatedCaches: true,
    },
  });
}
