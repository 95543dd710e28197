import { expect, test, type Page } from '@playwright/test';
import { paintedCues } from './support/app';

async function open(page: Page, query: string) {
  await page.goto(`./${query}`);
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
}

test('selecting an event opens its details with the quoted passage, and the source with it marked', async ({
  page,
}) => {
  await open(page, '?from=1953&to=1961');
  await page.getByRole('button', { name: /^No\. 1 blast furnace taps its first iron/ }).click();
  const details = page.getByRole('complementary', {
    name: 'No. 1 blast furnace taps its first iron',
  });
  await expect(details).toBeVisible();
  await expect(
    details.getByRole('heading', { name: 'No. 1 blast furnace taps its first iron' }),
  ).toBeVisible();
  await expect(details.getByText('26 September 1959', { exact: true }).first()).toBeVisible();
  const quote = details
    .locator('blockquote')
    .filter({ hasText: 'first blast furnace began producing iron in 1959' });
  await expect(quote).toBeVisible();

  await quote
    .locator('xpath=ancestor::figure')
    .getByRole('button', { name: /^Read in source/ })
    .click();
  await expect(page).toHaveURL(/source=goinnermongolia-2024-10-15/);
  const reader = page.getByRole('region', {
    name: "70 years of excellence: Baogang's remarkable journey",
  });
  await expect(reader).toBeVisible();
  const mark = reader.locator('mark', {
    hasText: 'first blast furnace began producing iron in 1959',
  });
  await expect(mark).toBeInViewport();
  await expect(mark).toHaveAttribute('data-current', 'true');

  // Another highlight belongs to another event: activating it selects that event.
  await reader
    .locator('mark', { hasText: 'began with its establishment in 1954' })
    .getByRole('link')
    .click();
  await expect(page).toHaveURL(/event=baotou-iron-and-steel-founded-1954/);
  await expect(page).toHaveURL(/source=goinnermongolia-2024-10-15/);
  await expect(
    page.getByRole('complementary', { name: 'Baotou Iron and Steel Company founded' }),
  ).toBeVisible();
});

test('a deep link with a source and an event reloads into the same state', async ({ page }) => {
  await open(page, '?event=top-500-ranking-2022&source=chinadaily-2023-04-12');
  const check = async () => {
    await expect(
      page.getByRole('complementary', { name: "Ranked 203rd among China's top 500 enterprises" }),
    ).toBeVisible();
    const reader = page.getByRole('region', {
      name: 'Baotou boosts industrial chain in steel sector',
    });
    await expect(reader.locator('mark[data-current="true"]').first()).toBeInViewport();
    await expect(reader.locator('mark[data-current="true"]').first()).toContainText('ranked 203');
  };
  await check();
  await page.reload();
  await check();
  await page.getByRole('button', { name: 'Close source' }).click();
  await expect(page).not.toHaveURL(/source=/);
});

test('an excerpt source says so and links to the original', async ({ page }) => {
  await open(page, '?event=steel-union-established&source=wikipedia-ja-baotou-steel');
  const reader = page.getByRole('region', { name: /包頭鋼鉄/ });
  await expect(reader.getByText('Excerpt.', { exact: true })).toBeVisible();
  const original = reader.getByRole('link', { name: /Open original/ });
  await expect(original).toHaveAttribute(
    'href',
    /^https:\/\/ja\.wikipedia\.org\/wiki\/.*#:~:text=/,
  );
  await expect(original).toHaveAttribute('target', '_blank');
  await expect(original).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(reader.locator('mark[data-current="true"]')).toContainText('1999年6月29日成立');
});

test('the Baotou Steel Union event says its sources differ', async ({ page }) => {
  await open(page, '?event=steel-union-established');
  const details = page.getByRole('complementary', { name: 'Baotou Steel Union founded' });
  await expect(details.getByRole('note')).toContainText(
    /Sources differ: 1997 — .*English Wikipedia.*; 29 June 1999 — Japanese Wikipedia/,
  );
  const mark = page.getByRole('region', { name: 'Timeline' }).getByRole('button', {
    name: /^Baotou Steel Union founded, .*sources differ on the date/,
  });
  expect(await paintedCues(mark)).toMatchObject({ badge: '≠' });
});

test('a Chinese passage shows in the original with the editors’ translation', async ({ page }) => {
  await open(page, '?event=iron-ore-discovered-1927');
  const details = page.getByRole('complementary', { name: 'Iron ore found at Bayan Obo' });
  const chinese = details.locator('blockquote[lang="zh-Hans"]').first();
  await expect(chinese).toContainText('1927年');
  await expect(chinese.locator('xpath=ancestor::figure')).toContainText('Editors’ translation:');
});

test('previous and next follow time order, and Escape closes the panel back to the mark', async ({
  page,
  isMobile,
}) => {
  await open(page, '?event=first-iron-1959');
  const details = page.getByRole('complementary', {
    name: 'No. 1 blast furnace taps its first iron',
  });
  await details.getByRole('button', { name: /^Next event: Zhou Enlai cuts the ribbon/ }).click();
  await expect(page).toHaveURL(/event=zhou-enlai-ribbon-cutting-1959/);
  await page.getByRole('button', { name: /^Previous event: No\. 1 blast furnace/ }).click();
  await expect(page).toHaveURL(/event=first-iron-1959/);
  await page.getByRole('button', { name: 'Close details' }).click();
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
  if (!isMobile)
    await expect(page.locator(':focus')).toHaveAccessibleName(
      /^No\. 1 blast furnace taps its first iron/,
    );
});

test('Cite shows APA and Chicago citations and offers CSL-JSON', async ({ page }) => {
  await open(page, '?event=top-500-ranking-2022');
  await page.getByRole('button', { name: 'Cite', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /Cite the sources of/ });
  await expect(dialog.getByRole('region', { name: 'APA style' })).toContainText(
    'Baotou boosts industrial chain in steel sector. (2023, April 12). China Daily.',
  );
  await expect(dialog.getByRole('region', { name: 'Chicago style' })).toContainText(
    '“Baotou boosts industrial chain in steel sector.” China Daily, April 12, 2023.',
  );
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /Download CSL-JSON/ }).click();
  expect((await download).suggestedFilename()).toBe('top-500-ranking-2022.csl.json');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('the sources index lists every source and opens the reader', async ({ page }) => {
  await open(page, '');
  await page.getByRole('button', { name: '22 sources' }).click();
  const index = page.getByRole('region', { name: 'Sources (22)' });
  await expect(index.getByRole('listitem')).toHaveCount(22);
  await expect(
    index.getByRole('listitem').filter({ hasText: 'Baotou Steel' }).first(),
  ).toContainText('excerpt');
  await index
    .getByRole('button', { name: 'Read Baotou boosts industrial chain in steel sector' })
    .click();
  await expect(page).toHaveURL(/source=chinadaily-2023-04-12/);
  await expect(
    page.getByRole('region', { name: 'Baotou boosts industrial chain in steel sector' }),
  ).toBeVisible();
});

test('Escape inside the panel closes it and returns to the mark', async ({ page, isMobile }) => {
  await open(page, '?from=1953&to=1961&event=first-iron-1959');
  const details = page.getByRole('complementary', {
    name: 'No. 1 blast furnace taps its first iron',
  });
  await details.getByRole('button', { name: /^Next event/ }).focus();
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
  if (!isMobile) {
    await expect(page.locator(':focus')).toHaveAccessibleName(
      /^No\. 1 blast furnace taps its first iron/,
    );
  }
});
