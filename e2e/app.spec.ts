import { expect, test } from '@playwright/test';

test('the app loads the Baogang dataset and shows its title', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Baogang Group' })).toBeVisible();
  await expect(page.getByText(/\d+ events · \d+ sources/)).toBeVisible();
});
