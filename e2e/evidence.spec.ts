import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { openTimeline, serveDataset } from './support/app';

// A dataset opened with ?dataset= never went through data:check: the app checks its passages
// and checksums itself when it loads the source texts.
const texts = {
  'checks/works.txt': 'The works was founded in 1811 by the family. It made cast steel.\n',
  'checks/listing.txt': 'The company was listed on the exchange in 1900.\n',
};
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const source = (id: string, title: string, text: keyof typeof texts, hash: string) => ({
  id,
  csl: { type: 'book', title, language: 'en' },
  text,
  sha256: hash,
  coverage: 'full',
  rights: 'Test text.',
});

const checksDataset = {
  format: 'timeline/1',
  title: 'Checked works',
  language: 'en',
  categories: [{ id: 'works', label: 'Works', color: '#334155' }],
  sources: [
    source('works', 'Works history', 'checks/works.txt', sha256(texts['checks/works.txt'])),
    // Taken from another text: the copy served is not the one checked.
    source('listing', 'Exchange notes', 'checks/listing.txt', sha256('an older text')),
  ],
  events: [
    {
      id: 'founded',
      title: 'Works founded',
      summary: 'The family founds the works.',
      date: { edtf: '1811', label: '1811', basis: 'stated' },
      category: 'works',
      evidence: [
        { source: 'works', exact: 'The works was founded in 1811 by the family.' },
        {
          source: 'works',
          exact: 'It made rails for every railway in the country from the start.',
        },
      ],
    },
    {
      id: 'listed',
      title: 'Company listed',
      summary: 'The company is listed.',
      date: { edtf: '1900', label: '1900', basis: 'stated' },
      category: 'works',
      evidence: [{ source: 'listing', exact: 'listed on the exchange in 1900' }],
    },
  ],
};

async function serveChecksDataset(page: Page) {
  await serveDataset(page, 'checks.timeline.json', checksDataset);
  for (const [path, body] of Object.entries(texts)) {
    await page.route(
      (url) => url.pathname.endsWith(`/data/${path}`),
      (route) => route.fulfill({ body, contentType: 'text/plain; charset=utf-8' }),
    );
  }
}

test('a quote not in its source is marked in the panel and named in the reader', async ({
  page,
}) => {
  await serveChecksDataset(page);
  await openTimeline(page, '?dataset=data/checks.timeline.json&event=founded');
  const details = page.getByRole('complementary', { name: 'Works founded' });

  const missing = details.getByRole('group', { name: 'Not found in its source' });
  await expect(missing).toContainText('It made rails for every railway');
  await expect(missing).toContainText('not counted as evidence');
  // Only the passage that is in the text counts, and only it is shown as a quotation.
  await expect(details.getByRole('heading', { name: 'Evidence (1 passage)' })).toBeVisible();
  await expect(details.getByRole('blockquote')).toHaveCount(1);
  await expect(details.getByRole('blockquote')).toContainText('founded in 1811 by the family');
  await expect(details.getByRole('note')).toHaveCount(0);

  await missing.getByRole('button', { name: 'Read in source: Works history' }).click();
  await expect(page).toHaveURL(/source=works/);
  const reader = page.getByRole('region', { name: 'Works history' });
  await expect(reader.getByRole('note')).toContainText(
    '1 cited passage was not found in this text:',
  );
  await expect(reader.getByRole('note')).toContainText(
    // The start of the passage, enough to find it.
    '“It made rails for every railway in the country from the…”, cited by “Works founded”',
  );
  await expect(reader.locator('mark')).toHaveText(['The works was founded in 1811 by the family.']);
});

test('a source text whose SHA-256 differs from the dataset’s is flagged where it is shown', async ({
  page,
}) => {
  await serveChecksDataset(page);
  await openTimeline(page, '?dataset=data/checks.timeline.json&event=listed');
  const details = page.getByRole('complementary', { name: 'Company listed' });
  const mismatch = /differs from the one the dataset was checked against/;
  await expect(details.getByRole('note')).toHaveText(mismatch);
  await expect(details.getByRole('heading', { name: 'Evidence (1 passage)' })).toBeVisible();

  await details.getByRole('button', { name: 'Read in source: Exchange notes' }).click();
  const reader = page.getByRole('region', { name: 'Exchange notes' });
  await expect(reader.getByRole('note')).toHaveText(mismatch);
  await expect(reader.locator('mark')).toHaveText(['listed on the exchange in 1900']);

  // The other source's checksum matches: nothing is flagged there.
  await page.goto('./?dataset=data/checks.timeline.json&event=founded&source=works');
  await expect(page.getByRole('region', { name: 'Works history' }).locator('mark')).toHaveCount(1);
  await expect(page.getByText(mismatch)).toHaveCount(0);
});

test('where the browser has no Web Crypto, checksums are said to be unverified', async ({
  page,
}) => {
  // As on a plain-http page: crypto.subtle exists only in secure contexts.
  await page.addInitScript(() =>
    Object.defineProperty(Crypto.prototype, 'subtle', { get: () => undefined }),
  );
  await serveChecksDataset(page);
  await openTimeline(page, '?dataset=data/checks.timeline.json&event=listed&source=listing');
  const unverified = /checksums of the source texts could not be verified/;
  await expect(page.getByRole('region', { name: 'Exchange notes' }).getByRole('note')).toHaveText(
    unverified,
  );
  await expect(
    page.getByRole('complementary', { name: 'Company listed' }).getByRole('note'),
  ).toHaveText(unverified);
  await expect(page.getByText(/differs from the one the dataset was checked against/)).toHaveCount(
    0,
  );
});

test('the Baogang forecast is shown as one, and a company’s own claim is attributed', async ({
  page,
}) => {
  await openTimeline(page, '?event=record-results-2021');
  const title = 'Company forecasts its best results in 67 years';
  const details = page.getByRole('complementary', { name: title });
  await expect(details.getByText('Forecast — not an outcome')).toBeVisible();
  const claims = details.getByRole('blockquote', { name: 'Baogang Group says:' });
  await expect(claims).toHaveCount(2);
  await expect(claims.first()).toContainText('has estimated that its operating revenue');
  await expect(details.getByText('Baogang Group says:').first()).toBeVisible();
  await expect(details.getByRole('note')).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: new RegExp(`^${title}, .*forecast, not an outcome`) }),
  ).toBeAttached();

  await page.getByRole('button', { name: 'List', exact: true, pressed: false }).click();
  const entry = page.getByRole('listitem').filter({ hasText: title });
  await expect(entry).toContainText('Forecast — not an outcome');
});

test('the Chinese interface labels the forecast and the claimant in Chinese', async ({ page }) => {
  await page.goto('./?event=record-results-2021&lang=zh');
  const details = page.getByRole('complementary', { name: '公司预计取得67年来最好业绩' });
  // The Chinese catalogue loads on demand: allow it time on a busy machine.
  await expect(details.getByText('预测——并非实际结果')).toBeVisible({ timeout: 15_000 });
  await expect(details.getByRole('blockquote', { name: 'Baogang Group称：' })).toHaveCount(2);
});

test('“sources differ” is shown for the two real disagreements in the Baogang data, and no other', async ({
  page,
}) => {
  await page.goto('./?view=list');
  const list = page.getByRole('list', { name: 'Events in time order' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  // Every entry, scrolling through in case only the rows in sight are drawn.
  const entries = new Set<string>();
  for (let moved = true; moved;) {
    for (const text of await list.getByRole('listitem').allInnerTexts()) entries.add(text);
    moved = await list.evaluate(async (element) => {
      // The list, or the box around it that scrolls it, or else the page.
      let scroller: Element | null = element;
      while (scroller && scroller.scrollHeight <= scroller.clientHeight)
        scroller = scroller.parentElement;
      const before = scroller ? scroller.scrollTop : window.scrollY;
      if (scroller) scroller.scrollTop += scroller.clientHeight * 0.8;
      else window.scrollBy(0, window.innerHeight * 0.8);
      await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
      return (scroller ? scroller.scrollTop : window.scrollY) !== before;
    });
  }
  expect(entries.size).toBe(64);
  const differ = [...entries].filter((text) => text.includes('≠ sources differ'));
  expect(differ).toEqual([
    expect.stringContaining('Rare-earth minerals identified in Bayan Obo ore'),
    expect.stringContaining('Baotou Steel Union founded'),
  ]);
});
