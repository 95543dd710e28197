import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * `?lang=zh` speaks Chinese everywhere: no word in Latin letters in the interface's visible text
 * or accessible names (aria-label, title, alt, placeholder). Dataset content may be in any
 * language: it is marked with its own `lang` (an English source title, a Japanese quote), and
 * text inside an element whose language is not the page's is skipped. The dataset's own Chinese
 * (titles, summaries, category labels) may name companies in Latin letters ("NS Energy称…"), so
 * it is taken out before looking. Proper names and codes that Chinese writes in Latin letters
 * too are allowed.
 */
const ALLOWED = new Set([
  'HTML',
  'Google',
  'Keynote',
  'PowerPoint',
  'APA',
  'Chicago',
  'CSL-JSON',
  'Zotero',
  'SVG',
  'PNG',
  'URL',
  'iframe',
  'PDF',
  'SHA-256',
  'https',
  // Keys, as they are printed on a keyboard.
  'PageDown',
  'PageUp',
  'Esc',
  'B',
  'F',
  'F11',
]);

interface Translated {
  translations?: { zh?: Record<string, string | undefined> };
}
const dataset = JSON.parse(readFileSync('data/baogang.timeline.json', 'utf8')) as Translated & {
  categories: Translated[];
  events: Translated[];
  sources: { csl: { title: string } }[];
};
/**
 * Dataset text that may stand inside the interface's words: its Chinese, and the titles of its
 * sources, which name controls ("阅读 Baotou Steel"). Longest first, so that a summary goes
 * before a title in it.
 */
const DATASET_TEXT = [dataset, ...dataset.categories, ...dataset.events]
  .flatMap((entry) => Object.values(entry.translations?.zh ?? {}))
  .concat(dataset.sources.map((source) => source.csl.title))
  .filter((text): text is string => !!text)
  .sort((a, b) => b.length - a.length);

function withoutDatasetText(text: string): string {
  return DATASET_TEXT.reduce((rest, content) => rest.split(content).join(' '), text);
}

/** Latin-letter words, with their hyphenated parts ("CSL-JSON", "SHA-256"). */
const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g;

/** Where in `root` the interface speaks a language other than Chinese: "text: Close details". */
async function englishInInterface(root: Locator): Promise<string[]> {
  const found = await root.evaluate((element) => {
    const pageLang = document.documentElement.lang;
    // Content is anything inside an element that declares a language of its own.
    const isInterface = (node: Element) =>
      node.closest('[lang]')?.getAttribute('lang') === pageLang;
    // Values to copy (links, code) and the dataset's address are not words to read.
    const isCode = (node: Element) => !!node.closest('textarea, input, code, kbd, pre');
    const out: string[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const parent = text.parentElement;
      if (!parent || !text.textContent?.trim()) continue;
      if (parent.closest('script, style, template') || isCode(parent) || !isInterface(parent))
        continue;
      if (!parent.checkVisibility() && !parent.closest('.sr-only')) continue;
      out.push(`text: ${text.textContent.trim()}`);
    }
    const named = [element, ...element.querySelectorAll('*')];
    for (const node of named) {
      if (!isInterface(node)) continue;
      for (const attribute of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = node.getAttribute(attribute);
        if (value?.trim()) out.push(`${attribute}: ${value.trim()}`);
      }
    }
    return out;
  });
  return found.filter((entry) => {
    const words = withoutDatasetText(entry.slice(entry.indexOf(':') + 1)).match(LATIN_WORD) ?? [];
    return words.some((word) => !ALLOWED.has(word));
  });
}

async function expectChinese(root: Locator) {
  await expect(root.first()).toBeVisible();
  expect(await englishInInterface(root)).toEqual([]);
}

async function open(page: Page, query: string) {
  await page.goto(`./?lang=zh&${query}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}

const details = (page: Page) => page.getByRole('complementary');

test.describe('details, reader, list, sources and citations in Chinese', () => {
  for (const [event, why, shows] of [
    ['steel-union-established', 'sources that disagree', '各来源说法不一：'],
    ['industrial-chain-agreements-2023', 'figures with bounds and dollars', '约7.26亿美元'],
    ['record-results-2021', 'money and a company speaking of itself', '102.66亿元'],
    ['zhou-bingli-sentenced-2019', 'a figure in years', '11年'],
    ['first-iron-1959', 'Chinese passages, translations and names', '编者译文：'],
    ['rare-earths-found-1934-1936', 'three dates from three sources', '（一段时期，来源明确记载）'],
  ] as const) {
    test(`the details of an event with ${why}`, async ({ page }) => {
      await open(page, `event=${event}`);
      await expect(details(page).getByText(shows).first()).toBeVisible();
      // Passages are checked against their sources once the texts are in.
      await expect(details(page).getByRole('heading', { name: /^证据/ })).toBeVisible();
      await expectChinese(details(page));
    });
  }

  test('the reader, with an excerpt, its passages and the one selected', async ({ page }) => {
    await open(page, 'event=steel-union-established&source=wikipedia-ja-baotou-steel');
    const reader = page.getByRole('region', { name: '包頭鋼鉄' });
    await expect(reader.getByText('节选。')).toBeVisible();
    await expect(reader.locator('mark[data-current="true"]').first()).toBeVisible();
    await expectChinese(reader);
    // The text is the source's own, in its language.
    await expect(reader.getByRole('article')).toHaveAttribute('lang', 'ja');
  });

  test('the reader says in Chinese when a text cannot be loaded', async ({ page }) => {
    // A missing text is not asked for again: the reader says so at once.
    await page.route('**/sources/*.txt', (route) => route.fulfill({ status: 404, body: '' }));
    await open(page, 'source=chinadaily-2023-04-12');
    const reader = page.getByRole('region', { name: /^Baotou boosts/ });
    await expect(reader.getByRole('alert')).toContainText('无法加载此来源的文本。服务器返回 404。');
    await expectChinese(reader);
  });

  test('the sources index', async ({ page }) => {
    await open(page, 'panel=sources');
    const sources = page.getByRole('region', { name: /^来源（\d+）$/ });
    await expect(sources.getByRole('button', { name: '阅读 包頭鋼鉄' })).toBeVisible();
    await expectChinese(sources);
  });

  test('the list, its rows and the empty list', async ({ page }) => {
    await open(page, 'view=list');
    const list = page.getByRole('list', { name: '按时间排列的事件' });
    await expect(list.getByText('≠ 各来源说法不一').first()).toBeVisible();
    await expectChinese(list);

    await open(page, 'view=list&q=zzzz');
    await expect(page.getByText('没有符合所选类别和搜索条件的事件。')).toBeVisible();
  });

  test('the cite dialog', async ({ page }) => {
    await open(page, 'event=first-iron-1959');
    await details(page).getByRole('button', { name: '引用' }).click();
    const dialog = page.getByRole('dialog');
    // The citations themselves are English, as their styles write them, and marked so.
    await expect(dialog.getByRole('list').first()).toHaveAttribute('lang', 'en');
    await expectChinese(dialog);
  });
});

// The app shell, the timeline and presenter mode are part B's (issue #11): these walk them too.
test.describe('the rest of the page in Chinese', () => {
  test('the timeline and its toolbar', async ({ page }) => {
    await open(page, '');
    await expect(page.getByRole('region', { name: '时间线' })).toBeVisible();
    await expectChinese(page.locator('body'));
  });

  test('presenter mode', async ({ page }) => {
    await open(page, 'present=1');
    await expect(page.getByRole('region', { name: '演示模式' })).toBeVisible();
    await expectChinese(page.locator('body'));
  });

  test('the embed view', async ({ page }) => {
    await open(page, 'embed=1');
    await expect(page.getByRole('region', { name: '时间线' })).toBeVisible();
    await expectChinese(page.locator('body'));
  });

  test('the share dialog', async ({ page }) => {
    await open(page, '');
    await page.getByRole('button', { name: '分享' }).click();
    await expectChinese(page.getByRole('dialog'));
  });

  test('the download menu', async ({ page }) => {
    await open(page, '');
    await page.getByRole('button', { name: /^下载/ }).click();
    await expectChinese(page.getByRole('group', { name: '下载此视图的图片' }));
  });

  test('a dataset that cannot be loaded', async ({ page }) => {
    await open(page, 'dataset=data/missing.json');
    await expect(page.getByRole('alert')).toBeVisible();
    await expectChinese(page.locator('body'));
  });
});
