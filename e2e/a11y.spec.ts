import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

/**
 * The accessibility gate (DESIGN.md, accessibility contract): axe-core finds no WCAG 2.2 AA
 * violation on any view, in either language, on desktop or phone. Each view is opened as a person
 * opens it (a link, or the button that shows it) and checked once what it shows has loaded.
 */

const details = (page: Page, name: string | RegExp) => page.getByRole('complementary', { name });
const FIRST_IRON_TITLE = 'No. 1 blast furnace taps its first iron';

async function open(page: Page, query: string) {
  await page.goto(`./${query}`);
}

const views: { name: string; query: string; ready: (page: Page) => Promise<void> }[] = [
  {
    name: 'timeline',
    query: '',
    ready: (page) => expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible(),
  },
  {
    name: 'timeline, some categories off',
    query: '?cat=production,rare-earths',
    ready: (page) =>
      expect(page.getByRole('button', { name: /^Iron & steel output/ })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
  },
  {
    name: 'timeline, searched',
    query: '?q=tailings',
    ready: (page) => expect(page.getByRole('status').filter({ hasText: /match/ })).toBeVisible(),
  },
  {
    name: 'details',
    query: '?event=first-iron-1959',
    ready: async (page) => {
      await expect(details(page, FIRST_IRON_TITLE)).toBeVisible();
      await expect(page.getByRole('button', { name: /Read in source/ }).first()).toBeVisible();
    },
  },
  {
    name: 'source reader',
    query: '?event=first-iron-1959&source=goinnermongolia-2024-10-15',
    ready: (page) => expect(page.locator('mark').first()).toBeVisible(),
  },
  {
    name: 'sources index',
    query: '?panel=sources',
    ready: (page) =>
      expect(page.getByRole('button', { name: /^Read/ }).first()).toBeVisible({ timeout: 10_000 }),
  },
  {
    name: 'list',
    query: '?view=list',
    ready: (page) =>
      expect(
        page.getByRole('region', { name: 'Events' }).getByRole('listitem').first(),
      ).toBeVisible(),
  },
  {
    name: 'presenter',
    query: '?present=1',
    ready: (page) =>
      expect(
        page.getByRole('region', { name: 'Presenter mode' }).getByRole('heading', { level: 2 }),
      ).toBeVisible({ timeout: 15_000 }),
  },
  {
    name: 'embed',
    query: '?embed=1&event=first-iron-1959',
    ready: (page) => expect(details(page, FIRST_IRON_TITLE)).toBeVisible(),
  },
  {
    name: 'timeline in Chinese',
    query: '?lang=zh',
    ready: (page) => expect(page.getByRole('region', { name: '时间线' })).toBeVisible(),
  },
  {
    name: 'details in Chinese',
    query: '?lang=zh&event=first-iron-1959',
    ready: (page) => expect(page.getByRole('complementary')).toBeVisible(),
  },
  {
    name: 'list in Chinese',
    query: '?lang=zh&view=list',
    ready: (page) => expect(page.getByRole('region', { name: '事件' })).toBeVisible(),
  },
  {
    name: 'reader in Chinese',
    query: '?lang=zh&event=first-iron-1959&source=goinnermongolia-2024-10-15',
    ready: (page) => expect(page.locator('mark').first()).toBeVisible(),
  },
  {
    name: 'dataset error',
    query: '?dataset=data/missing.json',
    ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
  },
];

// axe takes 10–20 s a page on a busy 2-core machine.
test.describe.configure({ timeout: 120_000 });

for (const view of views) {
  test(`axe: ${view.name}`, async ({ page }) => {
    await open(page, view.query);
    await view.ready(page);
    await expectNoAxeViolations(page);
  });
}

test('axe: cite dialog', async ({ page }) => {
  await open(page, '?event=first-iron-1959');
  await details(page, FIRST_IRON_TITLE).getByRole('button', { name: 'Cite', exact: true }).click();
  await expect(page.getByRole('dialog', { name: /Cite the sources of/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('axe: share dialog', async ({ page }) => {
  await open(page, '');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('axe: download menu', async ({ page }) => {
  await open(page, '');
  await page.getByRole('button', { name: /^Download/ }).click();
  await expect(page.getByRole('button', { name: /SVG/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('axe: embed in a host page', async ({ page }) => {
  await page.route(
    (url) => url.pathname.endsWith('/host.html'),
    (route) =>
      route.fulfill({
        contentType: 'text/html',
        // A lesson page with its own main landmark, around the frame as most pages have it.
        body: `<!doctype html><html lang="en"><title>Our lesson</title><main><h1>Our lesson</h1>
<iframe title="Baogang timeline" src="./?embed=1" width="800" height="450" sandbox="allow-scripts allow-same-origin allow-popups" style="border:0"></iframe></main>`,
      }),
  );
  await page.goto('./host.html');
  const frame = page.frameLocator('iframe[title="Baogang timeline"]');
  await expect(frame.getByRole('region', { name: 'Timeline' })).toBeVisible({ timeout: 15_000 });
  await expectNoAxeViolations(page);
});
