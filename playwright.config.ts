import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './e2e/support/findChromium';

if (!existsSync('dist/index.html')) {
  throw new Error('The end-to-end tests run against the built app: run `npm run build` first.');
}

// Another port with E2E_PORT, so that two checkouts can run their tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const launchOptions = { executablePath: findChromium(), args: chromiumArgs() };

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Shared 2-core machines: a first page load can take a few seconds when both workers start.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions,
    trace: 'retain-on-failure',
    // The built app registers a service worker; requests it makes itself escape page.route, so
    // only the offline tests (e2e/offline.spec.ts) let it run.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 720 } } },
    {
      name: 'phone',
      // What does not depend on the screen's size (the URL, data, security, offline, files,
      // dialogs' words, the Chinese catalogue) is tested once, on the desktop: the suite has to
      // finish well within CI's time on two cores. Layout, touch, keyboard and axe run on both.
      testIgnore: [
        'datasets.spec.ts',
        'evidence.spec.ts',
        'export.spec.ts',
        'lang-zh.spec.ts',
        'list-scale.spec.ts',
        'offline.spec.ts',
        'security.spec.ts',
        'share.spec.ts',
        'url.spec.ts',
      ],
      use: {
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
  },
});
