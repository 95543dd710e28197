import { expect, test } from '@playwright/test';
import { serveDataset } from './support/app';

test('a missing dataset says what went wrong and offers Retry', async ({ page }) => {
  await page.goto('./?dataset=data/missing.timeline.json');
  const alert = page.getByRole('alert');
  await expect(
    alert.getByRole('heading', { name: 'The timeline could not be loaded' }),
  ).toBeVisible();
  await expect(alert).toContainText(/server answered 404|no dataset at this address/i);
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await alert.getByRole('link', { name: 'Open the Baogang timeline' }).click();
  await expect(page.getByRole('heading', { name: 'Baogang Group' })).toBeVisible();
});

test('an invalid dataset lists its first problems with their JSON paths', async ({ page }) => {
  await page.goto('./?dataset=data/timeline.schema.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The file is not a valid timeline dataset');
  await expect(alert.getByRole('listitem').filter({ hasText: 'format' })).toContainText(
    'must be "timeline/1"',
  );
  await expect(alert.getByRole('listitem').filter({ hasText: 'events' })).toContainText(
    'is missing',
  );
});

const otherCompany = (events: object[], sources: object[]) => ({
  format: 'timeline/1',
  title: 'Krupp works',
  categories: [{ id: 'works', label: 'Works', color: '#334155' }],
  sources,
  events,
});

const event = (id: string, title: string, edtf: string, label: string, source: string) => ({
  id,
  title,
  summary: 'A test event from another century.',
  date: { edtf, label, basis: 'stated' },
  category: 'works',
  evidence: [{ source, exact: 'x' }],
});

test('another dataset in the same format loads with its own title', async ({ page }) => {
  await serveDataset(
    page,
    'invalid.timeline.json',
    otherCompany([event('a', 'Works founded', '1811', '1811', 'nowhere')], []),
  );
  await page.goto('./?dataset=data/invalid.timeline.json');
  await expect(page.getByRole('alert')).toContainText('names the source "nowhere"');

  const source = {
    id: 's',
    csl: { type: 'book', title: 'S' },
    text: 's.txt',
    sha256: 'a'.repeat(64),
    coverage: 'excerpt',
    rights: 'r',
  };
  await serveDataset(
    page,
    'krupp.timeline.json',
    otherCompany(
      [
        event('a', 'Cast-steel works founded', '1811', '1811', 's'),
        event('b', 'Works expanded', '1864/1872', '1864–1872', 's'),
        event('c', 'A decade of growth', '188X', 'The 1880s', 's'),
      ],
      [source],
    ),
  );
  await page.goto('./?dataset=data/krupp.timeline.json');
  await expect(page.getByRole('heading', { level: 1, name: 'Krupp works' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Works expanded, 1864–1872/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^A decade of growth, The 1880s/ })).toBeVisible();
});
