import { expect, test } from '@playwright/test';
import { syntheticDataset } from '../bench/syntheticDataset';
import { serveDataset } from './support/app';

const dataset = syntheticDataset(5000);

test('a list of 5,000 events shows its first rows, says how many there are, and reaches any one', async ({
  page,
}) => {
  // Loads 5,000 events twice: room for a shared 2-core machine.
  test.setTimeout(120_000);
  await serveDataset(page, 'big.timeline.json', dataset);
  await page.goto('./?dataset=data/big.timeline.json&view=list');
  const list = page.getByRole('list', { name: 'Events in time order' });
  const rows = list.getByRole('listitem');
  // Generous: a shared 2-core test machine reads 5,000 events in a few seconds.
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  // Only the rows in and near view are in the page, each saying where it stands in the whole.
  expect(await rows.count()).toBeLessThan(60);
  await expect(rows.first()).toHaveAttribute('aria-setsize', '5000');
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');

  // Tab goes down the list as far as a person keeps pressing it.
  await rows.first().getByRole('button').focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press('Tab');
  const focusedRow = page.locator('li:focus-within');
  await expect(focusedRow).toHaveAttribute('aria-posinset', '31');
  await expect(focusedRow).toBeInViewport();

  // A deep link to an event far down the list scrolls it into view.
  const far = dataset.events[4321]!;
  await page.goto(`./?dataset=data/big.timeline.json&view=list&event=${far.id}`);
  await expect(list.getByRole('button', { name: far.title, exact: true })).toBeInViewport({
    timeout: 30_000,
  });
});
