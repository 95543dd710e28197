import { expect, test } from '@playwright/test';
import { hostileDataset, serveDataset } from './support/app';

/** Collects every Content-Security-Policy violation the page reports. */
async function watchViolations(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('the built page runs under its Content-Security-Policy with no violation', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await page.goto('./?from=1955&to=1962');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);

  await page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('button', { name: /^No\. 1 blast furnace taps its first iron/ })
    .click();
  await page
    .getByRole('button', { name: /^Read in source/ })
    .first()
    .click();
  await expect(page.locator('mark').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('a hostile dataset shows its markup as text and runs none of it', async ({ page }) => {
  const violations = await watchViolations(page);
  const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
  await serveDataset(page, 'hostile.timeline.json', hostileDataset(hostile));
  await page.goto('./?dataset=data/hostile.timeline.json&event=e');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile);
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
    hostile,
  );
  await page.getByRole('button', { name: /sources?$/ }).click();
  await expect(page.getByRole('region', { name: /^Sources/ })).toContainText(hostile);
  expect(
    await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
  ).toBeUndefined();
  expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
  expect(await violations()).toEqual([]);
});
