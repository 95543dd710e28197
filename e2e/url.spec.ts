import { expect, test } from '@playwright/test';
import { FIRST_IRON, openTimeline } from './support/app';

test('a deep link restores the same view after a reload', async ({ page }) => {
  await openTimeline(
    page,
    '?from=1953&to=1961&cat=production,construction&q=furnace&event=first-iron-1959',
  );
  const check = async () => {
    await expect(page.getByTitle('Visible period')).toHaveText('1953 – 1961');
    await expect(page.getByRole('button', { name: /^Environment/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('furnace');
    await expect(page.getByRole('button', { name: FIRST_IRON })).toHaveAttribute(
      'aria-current',
      'true',
    );
  };
  await check();
  await page.reload();
  await check();
});

test('Back and Forward step through selections', async ({ page }) => {
  const timeline = await openTimeline(page, '?from=1953&to=1961');
  await timeline.getByRole('button', { name: FIRST_IRON }).click();
  await expect(page).toHaveURL(/event=first-iron-1959/);
  // The next event, by the details panel (on a phone its sheet covers part of the timeline).
  await page.getByRole('button', { name: /^Next event: Zhou Enlai cuts the ribbon/ }).click();
  await expect(page).toHaveURL(/event=zhou-enlai-ribbon-cutting-1959/);
  await page.goBack();
  await expect(page).toHaveURL(/event=first-iron-1959/);
  await expect(timeline.getByRole('button', { name: FIRST_IRON })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await page.goBack();
  await expect(page).not.toHaveURL(/event=/);
  await page.goForward();
  await expect(page).toHaveURL(/event=first-iron-1959/);
});

test('bad URL parameters are dropped with a notice', async ({ page }) => {
  await openTimeline(page, '?from=yesterday&cat=nope&zoom=3&event=no-such-event');
  const notices = page.getByRole('status').filter({ hasText: 'ignored' }).first();
  await expect(notices).toContainText('“yesterday” is not a date');
  await expect(
    page.getByText('The parameter “zoom” is not one this page uses and was ignored.'),
  ).toBeVisible();
  await expect(page.getByText('Ignored unknown category “nope”.')).toBeVisible();
  await expect(page.getByText('There is no event “no-such-event” in this dataset.')).toBeVisible();
  await expect(page).not.toHaveURL(/zoom=|from=yesterday|cat=nope|event=/);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('“yesterday” is not a date')).toBeHidden();
});

test('Back after zooming restores the previous window, and Forward the zoomed one', async ({
  page,
}) => {
  await openTimeline(page, '?from=1950&to=1970');
  await expect(page.getByTitle('Visible period')).toHaveText('1950 – 1970');
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(page).toHaveURL(/from=195\d&to=196\d/);
  const zoomed = page.url();
  const zoomedPeriod = await page.getByTitle('Visible period').textContent();
  await page.goBack();
  await expect(page).toHaveURL(/\?from=1950&to=1970$/);
  await expect(page.getByTitle('Visible period')).toHaveText('1950 – 1970');
  await page.goForward();
  await expect(page).toHaveURL(zoomed);
  await expect(page.getByTitle('Visible period')).toHaveText(zoomedPeriod!);
});

test('the sources index has its own URL, and Back closes it', async ({ page }) => {
  await openTimeline(page);
  await page.getByRole('button', { name: /^\d+ sources$/ }).click();
  await expect(page).toHaveURL(/panel=sources/);
  await expect(page.getByRole('region', { name: /^Sources \(\d+\)$/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: /^Sources \(\d+\)$/ })).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL(/panel=/);
  await expect(page.getByRole('region', { name: /^Sources/ })).toHaveCount(0);
});

test('a passage link in the reader keeps the dataset and the view when opened in a new tab', async ({
  page,
  context,
}) => {
  const query =
    '?dataset=data/baogang.timeline.json&from=1950&to=1970&q=iron&event=first-iron-1959&source=goinnermongolia-2024-10-15';
  await page.goto(`./${query}`);
  // A passage of an event inside the window: selecting one outside it would move the view there.
  const passage = page.locator('mark a[href*="event=baotou-iron-and-steel-founded-1954"]').first();
  const href = await passage.getAttribute('href');
  expect(href).toMatch(/^\?dataset=data\/baogang\.timeline\.json&from=1950&to=1970&q=iron&event=/);
  const tab = await context.newPage();
  await tab.goto(new URL(href!, page.url()).href);
  await expect(
    tab.getByRole('heading', { name: 'Baotou Iron and Steel Company founded' }),
  ).toBeVisible();
  await expect(tab).toHaveURL(/dataset=data\/baogang\.timeline\.json.*from=1950&to=1970/);
  await expect(tab.getByRole('searchbox', { name: 'Search events' })).toHaveValue('iron');
});
