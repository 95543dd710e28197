import { expect, test, type Page } from '@playwright/test';
import { FIRST_IRON } from './support/app';
import { pressOnBody, presenter, slideTitle } from './support/present';

const SANDBOX = 'allow-scripts allow-same-origin allow-popups';

/**
 * A teacher's page with the app in a sandboxed iframe, 800×450 on a desktop and 480×270 (the
 * smallest size we support) on a phone. It is served from the app's own origin, so it refuses
 * full screen explicitly, as a page on another site does when it gives no `allow="fullscreen"`.
 */
async function openHostPage(page: Page, query: string, isMobile: boolean) {
  const [width, height] = isMobile ? [480, 270] : [800, 450];
  await page.route(
    (url) => url.pathname.endsWith('/host.html'),
    (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><title>Our lesson</title><h1>Our lesson</h1>
<iframe title="Baogang timeline" src="./${query}" width="${width}" height="${height}" sandbox="${SANDBOX}" allow="fullscreen 'none'" style="border:0"></iframe>`,
      }),
  );
  await page.goto('./host.html');
  const frame = page.frameLocator('iframe[title="Baogang timeline"]');
  await expect(frame.getByRole('region', { name: 'Timeline' })).toBeVisible({ timeout: 15_000 });
  const document = page.frame({ url: /embed=1/ });
  if (!document) throw new Error('The embed did not load in its frame.');
  return { frame, document };
}

test('in a sandboxed iframe, with no storage, the embed shows the timeline and its details, and links out in new tabs', async ({
  page,
  isMobile,
}) => {
  // Storage refused outright: the embed must not need it.
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage', 'indexedDB'])
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('Storage is disabled here.', 'SecurityError');
        },
      });
  });
  const { frame } = await openHostPage(page, '?embed=1&from=1950&to=1970', isMobile);
  await expect(frame.getByRole('heading', { level: 1, name: 'Baogang Group' })).toBeVisible();
  // No page chrome but the compact header.
  await expect(frame.getByRole('searchbox')).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Share' })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Present' })).toBeVisible();

  await frame
    .getByRole('region', { name: 'Timeline' })
    .getByRole('button', { name: FIRST_IRON })
    .click();
  const details = frame.getByRole('complementary', {
    name: 'No. 1 blast furnace taps its first iron',
  });
  await expect(details).toBeVisible();
  const links = details.getByRole('link', { name: /Open original/ });
  await expect(links.first()).toBeAttached();
  for (const link of await links.all()) await expect(link).toHaveAttribute('target', '_blank');

  // The way out: the same view, whole, in a new tab.
  const full = frame.getByRole('link', { name: /^Open full timeline/ });
  await expect(full).toHaveAttribute('target', '_blank');
  const [tab] = await Promise.all([page.waitForEvent('popup'), full.click()]);
  await expect(tab).toHaveURL(/\?from=1950&to=1970&event=first-iron-1959$/);
  await expect(tab.getByRole('searchbox', { name: 'Search events' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(
    tab.getByRole('complementary', { name: 'No. 1 blast furnace taps its first iron' }),
  ).toBeVisible();
});

test('in a sandboxed iframe, presenter mode runs from the keyboard, and full screen says why not', async ({
  page,
  isMobile,
}) => {
  const { frame, document } = await openHostPage(
    page,
    '?embed=1&tour=first-iron-1959,iron-ore-discovered-1927',
    isMobile,
  );
  await frame.getByRole('button', { name: 'Present' }).click();
  await expect(slideTitle(frame)).toHaveText('No. 1 blast furnace taps its first iron', {
    timeout: 15_000,
  });
  await pressOnBody(document, page, 'PageDown');
  await expect(slideTitle(frame)).toHaveText('Iron ore found at Bayan Obo');
  await expect.poll(() => document.url()).toMatch(/event=iron-ore-discovered-1927/);
  await pressOnBody(document, page, 'PageUp');
  await expect(slideTitle(frame)).toHaveText('No. 1 blast furnace taps its first iron');

  // The host does not allow full screen: F explains instead of failing silently.
  await pressOnBody(document, page, 'f');
  await expect(presenter(frame).getByText(/^Full screen is not allowed here/)).toBeVisible();
  expect(await document.evaluate(() => window.document.fullscreenElement)).toBeNull();
  await pressOnBody(document, page, 'Escape');
  await expect(presenter(frame)).toBeHidden();
  await expect(frame.getByRole('heading', { level: 1, name: 'Baogang Group' })).toBeVisible();
  expect(document.url()).not.toMatch(/present=/);
});
