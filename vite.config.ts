import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteStaticCopy } from 'vite-plugin-static-copy';

/**
 * The built page's Content-Security-Policy: scripts and styles from the site itself only, no
 * inline code and no eval, so that even a dataset crafted to slip past the schema cannot run
 * code. Data comes from the site or over https (`?dataset=`); images may be the app's own
 * canvases and exports (data: and blob:). Only in the build: the dev server injects inline
 * scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Works offline after one visit: the service worker precaches the app, the Baogang dataset and
 * every one of its source texts; any other dataset (`?dataset=`) and its sources are cached the
 * first time they are used, fresh from the network while there is one. A new version waits for
 * the reader ("Update available — Reload", app/UpdatePrompt.tsx) rather than swapping silently.
 */
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Baogang Timeline',
    short_name: 'Baogang',
    description:
      'An interactive timeline of the history of Baogang Group, every event backed by the passage of a source that says it.',
    lang: 'en',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#f5f5f4',
    theme_color: '#1c1917',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // The manifest and its icons are added by the plugin itself.
    globPatterns: ['**/*.{js,css,html,svg}', 'data/**/*.{json,txt}'],
    navigateFallback: 'index.html',
    runtimeCaching: [
      {
        // Datasets and source texts not precached: another `?dataset=`, here or over https.
        urlPattern: ({ url }) => /\.(json|txt)$/.test(url.pathname),
        handler: 'NetworkFirst',
        options: {
          cacheName: 'datasets',
          networkTimeoutSeconds: 8,
          expiration: { maxEntries: 400 },
          cacheableResponse: { statuses: [0, 200] },
        },
      },
    ],
  },
});

// The dataset is fetched at run time, never bundled: the dev server serves `data/` at `/data/`
// and the build copies it to `dist/data/`. `base: './'` keeps every URL relative, so the built
// folder works from any sub-path.
export default defineConfig({
  base: './',
  // ES module workers can load chunks on demand: the dataset worker's first act, starting the
  // download, does not wait for zod and the schema.
  worker: { format: 'es' },
  plugins: [
    react(),
    tailwindcss(),
    viteStaticCopy({ targets: [{ src: 'data', dest: '.' }] }),
    contentSecurityPolicy(),
    offline,
  ],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // CI machines are shared 2-core boxes: property tests and CLI runs get room to breathe.
    testTimeout: 30_000,
  },
});
