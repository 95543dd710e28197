import { expect, test, type Page } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has precached the app and controls the page. */
async function installForOffline(page: Page, query = '') {
  await page.goto(`./${query}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Baogang Group' })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect(page.getByText('Saved for offline use')).toBeVisible();
}

test('after one visit the timeline reloads and opens its sources with the network off', async ({
  page,
  context,
}) => {
  await installForOffline(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Baogang Group' })).toBeVisible();
  await page.goto('./?from=1955&to=1962&event=first-iron-1959');
  const details = page.getByRole('complementary', {
    name: 'No. 1 blast furnace taps its first iron',
  });
  await details
    .getByRole('button', { name: /^Read in source/ })
    .first()
    .click();
  await expect(page.locator('mark').first()).toBeVisible();
  await expect(page).toHaveURL(/source=/);
});

test('a dataset opened by its URL is kept for offline use once it has been used', async ({
  page,
  context,
}) => {
  // The same file under another URL is not precached: it goes through the runtime cache.
  const other = '?dataset=data/baogang.timeline.json%3Fcopy%3D1';
  await installForOffline(page);
  await page.goto(`./${other}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Baogang Group' })).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Baogang Group' })).toBeVisible();

  await page.goto('./?dataset=data/never-opened.timeline.json');
  await expect(page.getByRole('alert')).toContainText(
    'You are offline, and this dataset has not been saved on this device yet.',
  );
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
});
