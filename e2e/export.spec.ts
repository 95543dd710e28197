import { readFileSync } from 'node:fs';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { expect, test, type Page } from '@playwright/test';
import { filterItems } from '../src/domain/events/filter';
import { buildTimelineModel } from '../src/domain/events/items';
import { hostileDataset, openTimeline, plot, serveDataset } from './support/app';

/** The titles of the Baogang events overlapping [from, to + 1), in time order. */
function eventsOfYears(from: number, to: number, categories?: string[]) {
  const dataset = JSON.parse(readFileSync('data/baogang.timeline.json', 'utf8'));
  const all = new Set<string>(dataset.categories.map((c: { id: string }) => c.id));
  return filterItems(buildTimelineModel(dataset).items, {
    categories: new Set(categories ?? all),
    window: [Date.UTC(from, 0, 1), Date.UTC(to + 1, 0, 1)],
  }).map((item) => item.title);
}

/** Chooses a format in the Download menu and returns the file's name and bytes. */
async function download(page: Page, format: RegExp) {
  await page.getByRole('button', { name: /^Download|^下载/ }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: format }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Parses an SVG with a real XML parser (any error fails) and collects its text. */
function parseSvg(bytes: Buffer) {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => problems.push(`${level} ${message}`),
  }).parseFromString(bytes.toString('utf8'), 'image/svg+xml');
  expect(problems).toEqual([]);
  const elements = [...(doc.getElementsByTagName('*') as unknown as Iterable<XmlElement>)];
  const textOf = (name: string) =>
    elements.filter((e) => e.nodeName === name).map((e) => e.textContent ?? '');
  const root = elements[0] as XmlElement;
  return {
    elements,
    text: textOf('text').join('\n'),
    titles: textOf('title'),
    width: Number(root.getAttribute('width')),
    height: Number(root.getAttribute('height')),
  };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The accessible names of the event marks drawn inside the plot. */
async function marksOnScreen(page: Page) {
  const box = (await plot(page).boundingBox())!;
  const marks = page.getByRole('region', { name: 'Timeline' }).locator('[data-event-id]');
  const names: string[] = [];
  for (const mark of await marks.all()) {
    const at = await mark.boundingBox();
    if (at && at.x + at.width / 2 > box.x && at.x + at.width / 2 < box.x + box.width)
      names.push((await mark.getAttribute('aria-label')) ?? '');
  }
  return names;
}

test('downloads the view as an SVG with its marks, filters, sources and link, and as PNGs', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await openTimeline(page, '?from=1950&to=1970&cat=origins,production');
  expect(requested.some((url) => /downloadPicture/.test(url))).toBe(false);

  const svg = await download(page, /^SVG/);
  expect(svg.name).toBe('baogang-group-1950-1970.svg');
  const picture = parseSvg(svg.bytes);
  const forbidden = picture.elements.filter((e) =>
    /^(script|foreignObject|image|use|iframe|style)$/i.test(e.nodeName),
  );
  expect(forbidden).toEqual([]);
  // Every event mark in the plot is in the picture, named as on screen.
  const onScreen = await marksOnScreen(page);
  expect(onScreen.length).toBeGreaterThan(3);
  for (const name of onScreen) expect(picture.titles).toContain(name);
  expect(picture.text).toContain('Baogang Group · 1950 – 1970');
  expect(picture.text).toContain('Categories: Discovery & founding, Iron & steel output');
  expect(picture.text).not.toContain('Environment');
  expect(picture.text).toContain('CC BY-SA 4.0. Text by Wikipedia contributors');
  expect(picture.text).toMatch(
    /This view online: http:\/\/127\.0\.0\.1:\d+\/\?from=1950&to=1970&cat=origins,production/,
  );

  const png = await download(page, /^PNG/);
  expect(png.name).toBe('baogang-group-1950-1970.png');
  expect(pngSize(png.bytes)).toEqual({ width: 2 * picture.width, height: 2 * picture.height });
  const slide = await download(page, /^Slide/);
  expect(slide.name).toBe('baogang-group-1950-1970-slide.png');
  expect(pngSize(slide.bytes)).toEqual({ width: 1920, height: 1080 });
});

test('the SVG opens on its own with selectable text, Chinese included', async ({ page }) => {
  await page.goto('./?from=1950&to=1970&lang=zh');
  await expect(page.getByRole('region', { name: '时间线' })).toBeVisible();
  const svg = await download(page, /^SVG/);
  expect(svg.name).toBe('包钢集团-1950-1970.svg');
  await page.goto(`data:image/svg+xml;base64,${svg.bytes.toString('base64')}`);
  // The picture's <text> elements, drawn by the browser from the file alone.
  await expect(page.locator('text', { hasText: '包钢集团 · 1950–1970年' })).toBeVisible();
  await expect(page.locator('text', { hasText: '一号高炉首次出铁' })).toBeVisible();
  const selected = await page.evaluate(() => {
    const selection = window.getSelection()!;
    selection.selectAllChildren(document.documentElement);
    return selection.toString();
  });
  expect(selected).toContain('所示');
  expect(selected).toContain('CC BY-SA 4.0');
});

test('a hostile dataset gives a picture with its markup as text', async ({ page }) => {
  const hostile = '<script>window.pwned=1</script><a href="javascript:alert(1)">x</a>';
  await serveDataset(page, 'hostile.timeline.json', hostileDataset(hostile));
  await openTimeline(page, '?dataset=data/hostile.timeline.json');
  const picture = parseSvg((await download(page, /^SVG/)).bytes);
  for (const element of picture.elements) {
    expect(element.nodeName).not.toMatch(/^(script|foreignObject)$/i);
    for (const { name, value } of [...(element.attributes as unknown as Iterable<Attr>)]) {
      expect(name).not.toMatch(/^on/i);
      if (name === 'href') expect(value).toMatch(/^https?:/);
    }
  }
  expect(picture.text).toContain(hostile);
});

test.describe('printing', () => {
  /** Counts calls of window.print, which would open the browser's dialog. */
  async function stubPrint(page: Page) {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    return () => page.evaluate(() => (window as unknown as { printed: number }).printed);
  }

  test('Print gives a handout of every event of the window, with sources and no buttons', async ({
    page,
  }) => {
    const printed = await stubPrint(page);
    await openTimeline(page, '?from=1950&to=1970');
    await page.getByRole('button', { name: /^Print/ }).click();
    await expect.poll(printed).toBe(1);
    await page.emulateMedia({ media: 'print' });

    await expect(page.getByRole('heading', { level: 1, name: 'Baogang Group' })).toBeVisible();
    await expect(page.getByText('Period: 1950 – 1970 · Categories: all')).toBeVisible();
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('searchbox')).toHaveCount(0);

    // Every event of the window, in time order, each under its title.
    const titles = eventsOfYears(1950, 1970);
    expect(titles).toContain('No. 1 blast furnace taps its first iron');
    await expect(page.getByRole('heading', { level: 3 })).toHaveText(titles);
    await expect(page.getByRole('heading', { level: 2, name: /^Events shown/ })).toHaveText(
      `Events shown (${titles.length})`,
    );
    await expect(page.getByRole('heading', { level: 2, name: 'Sources' })).toBeVisible();
    await expect(page.getByText('https://en.wikipedia.org/wiki/Baotou_Steel')).toBeVisible();
    await expect(
      page.getByText(/^CC BY-SA 4\.0\. Text by Wikipedia contributors/).first(),
    ).toBeVisible();
    await expect(page.getByRole('img', { name: 'Baogang Group · 1950 – 1970' })).toBeVisible();
  });

  test('Ctrl+P prints the handout too', async ({ page }) => {
    const printed = await stubPrint(page);
    await openTimeline(page, '?from=1950&to=1970&cat=environment');
    await page.keyboard.press('Control+p');
    await expect.poll(printed).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText('Period: 1950 – 1970 · Categories: Environment')).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 3, name: 'Tailings dam comes into use' }),
    ).toBeVisible();
  });

  test('the browser’s own print shows the handout, and the screen never does', async ({ page }) => {
    await openTimeline(page, '?from=1950&to=1970');
    await expect(page.getByRole('heading', { level: 2, name: /^Events shown/ })).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 2, name: /^Events shown/ })).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^Events shown/ })).toHaveCount(0);
  });
});
