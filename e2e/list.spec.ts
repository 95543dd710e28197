import { expect, test } from '@playwright/test';

test('the list view shows the same events in time order, filtered and searched', async ({
  page,
}) => {
  await page.goto('./?view=list&cat=production&q=furnace');
  const events = page.getByRole('region', { name: 'Events' });
  const list = events.getByRole('list', { name: 'Events in time order' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').first()).toContainText('26 September 1959');
  await list.getByRole('button', { name: 'No. 1 blast furnace taps its first iron' }).click();
  await expect(page).toHaveURL(/view=list.*event=first-iron-1959/);
  await expect(
    page.getByRole('complementary', { name: 'No. 1 blast furnace taps its first iron' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Timeline', pressed: false }).click();
  await expect(page).not.toHaveURL(/view=/);
  await expect(
    page
      .getByRole('region', { name: 'Timeline' })
      .getByRole('button', { name: /^No\. 1 blast furnace taps its first iron/ }),
  ).toBeVisible();
});
