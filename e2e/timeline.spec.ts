import { expect, test, type Page } from '@playwright/test';
import { FIRST_IRON, openTimeline, paintedCues, plot, visiblePeriod } from './support/app';

test('shows every lane with marks named by title and date', async ({ page }) => {
  const timeline = await openTimeline(page);
  await expect(page.getByTitle('Visible period')).toHaveText('1923 – 2028');
  await expect(timeline.getByRole('button', { name: FIRST_IRON })).toBeVisible();
  for (const lane of ['Discovery & founding', 'Rare earths & Bayan Obo', 'Environment']) {
    await expect(
      page.getByRole('button', { name: new RegExp(`^${lane}`), pressed: true }),
    ).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zoom out', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show all', exact: true })).toBeVisible();
  await openTimeline(page, '?from=1990&to=2005');
  await expect(
    timeline.getByRole('button', {
      name: /^Baotou Steel Union founded, .*sources differ/,
    }),
  ).toBeVisible();
});

test('draws open-ended and circa dates with their cues in the built app', async ({ page }) => {
  const timeline = await openTimeline(page);
  const openEnded = timeline.getByRole('button', {
    name: /^Market-oriented reforms after reform and opening-up, Since 1978/,
  });
  expect(await paintedCues(openEnded)).toMatchObject({ fadedEnds: true });
  await openTimeline(page, '?from=2000&to=2015');
  const circa = timeline.getByRole('button', { name: /^Annual steel output doubles.*, c\. 2003/ });
  expect(await paintedCues(circa)).toMatchObject({ fadedEnds: true });
});

test.describe('with a mouse', () => {
  test.skip(({ isMobile }) => isMobile, 'desktop gestures');

  test('the wheel zooms around the pointer and changes the ticks and the URL', async ({ page }) => {
    await openTimeline(page);
    const box = (await plot(page).boundingBox())!;
    await expect(page.getByText('1930', { exact: true })).toBeVisible();
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -300);
    await expect(page).toHaveURL(/[?&]from=\d{4}(-\d\d)?&to=\d{4}/);
    const period = await visiblePeriod(page);
    expect(period).not.toBe('1923 – 2028');
    await expect(page.getByText('1930', { exact: true })).toBeHidden();
    // The URL is written once the wheel stops; read it when it has caught up.
    const yearsInUrl = () => {
      const params = new URL(page.url()).searchParams;
      return Number(params.get('to')?.slice(0, 4)) - Number(params.get('from')?.slice(0, 4));
    };
    await expect.poll(yearsInUrl).toBeLessThan(30);
  });

  test('dragging pans without changing the zoom', async ({ page }) => {
    await openTimeline(page, '?from=1950&to=1970');
    await expect(page.getByTitle('Visible period')).toHaveText('1950 – 1970');
    const box = (await plot(page).boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + 60);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.25, box.y + 60, { steps: 8 });
    await page.mouse.up();
    await expect(page).toHaveURL(/from=195[4-6]&to=197[4-6]/);
  });

  test('during a zoom or pan the marks are painted, off the page thread, and the buttons come back', async ({
    page,
  }) => {
    const timeline = await openTimeline(page, '?from=1950&to=1970');
    const box = (await plot(page).boundingBox())!;
    const atRest = await colouredPixels(page, box);
    // The axis's dates along the top, and the overview's frame: drawn by the page at rest.
    const axisBand = { ...box, height: 24 };
    const frame = page.getByRole('slider', { name: 'Visible period' });
    const strip = (await frame.locator('..').boundingBox())!;
    const [axisAtRest, frameAtRest] = [
      await darkPixels(page, axisBand),
      await darkPixels(page, strip),
    ];
    expect(axisAtRest).toBeGreaterThan(100);
    expect(frameAtRest).toBeGreaterThan(100);
    const startYears = await frame.getAttribute('aria-valuetext');
    expect(atRest).toBeGreaterThan(2000);
    const marks = page.locator('.tl-marks');
    const transparent = () => marks.evaluate((element) => getComputedStyle(element).opacity);
    const [x, y] = [box.x + box.width * 0.5, box.y + 60];
    await page.mouse.move(x, y);
    // The wheel, turned a notch at a time (the painter's code loads after the first picture)
    // until the buttons turn transparent, which they do once the canvas holds a frame; and
    // turned on while the picture is taken, so that the gesture lasts.
    await expect.poll(async () => (await page.mouse.wheel(0, 5), transparent())).toBe('0');
    let turning = true;
    const turn = (async () => {
      while (turning) await page.mouse.wheel(0, 1);
    })();
    const zooming = await colouredPixels(page, box);
    turning = false;
    await turn;
    expect(page.workers().some((worker) => worker.url().includes('paint.worker'))).toBe(true);
    expect(zooming).toBeGreaterThan(atRest * 0.5);
    expect(zooming).toBeLessThan(atRest * 3);
    await expect(marks).toHaveCSS('opacity', '1');
    // A drag, held: painted in the same way, from a canvas used and emptied before.
    await page.mouse.down();
    let step = 0;
    await expect.poll(async () => (await page.mouse.move(x - ++step, y), transparent())).toBe('0');
    const panning = await colouredPixels(page, box);
    expect(panning).toBeGreaterThan(atRest * 0.5);
    expect(panning).toBeLessThan(atRest * 3);
    // The page's axis and overview frame are transparent, and the canvases draw them instead.
    await expect(page.locator('.tl-plot .tl-tick').first().locator('..')).toHaveCSS('opacity', '0');
    await expect(frame).toHaveCSS('opacity', '0');
    expect(await darkPixels(page, axisBand)).toBeGreaterThan(axisAtRest * 0.5);
    expect(await darkPixels(page, strip)).toBeGreaterThan(frameAtRest * 0.5);
    // The buttons are still there to be reached, and return once the view rests, with the page's
    // axis and frame, the frame telling the new years.
    await expect(timeline.getByRole('button', { name: FIRST_IRON })).toHaveCount(1);
    await page.mouse.up();
    await expect(marks).toHaveCSS('opacity', '1');
    await expect(frame).toHaveCSS('opacity', '1');
    await expect(frame).not.toHaveAttribute('aria-valuetext', startYears!);
    await expect(page).not.toHaveURL(/from=1950&to=1970/);
  });

  test('double-click zooms in', async ({ page }) => {
    await openTimeline(page);
    const box = (await plot(page).boundingBox())!;
    // On the axis, where no mark is.
    await page.mouse.dblclick(box.x + box.width / 2, box.y + 10);
    await expect(page).toHaveURL(/from=/);
  });
});

type Box = { x: number; y: number; width: number; height: number };

/** Pixels of the plot in a lane's colour (not the greys of the grid and the text), as shown. */
const colouredPixels = (page: Page, box: Box) => countPixels(page, box, 'coloured');
/** Dark grey pixels, as shown: text, and the overview frame's border. */
const darkPixels = (page: Page, box: Box) => countPixels(page, box, 'dark');

async function countPixels(page: Page, box: Box, kind: 'coloured' | 'dark') {
  const png = await page.screenshot({ clip: box });
  return page.evaluate(
    async ([base64, kind]) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        const [high, low] = [Math.max(r, g, b), Math.min(r, g, b)];
        if (kind === 'coloured' ? high - low > 60 : high < 110 && high - low < 30) count++;
      }
      return count;
    },
    [png.toString('base64'), kind] as const,
  );
}

test('the zoom buttons zoom in, out and back to everything', async ({ page }) => {
  await openTimeline(page);
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(page).toHaveURL(/from=1949&to=2002|from=19[45]\d&to=200\d/);
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
  await page.getByRole('button', { name: 'Show all', exact: true }).click();
  await expect(page.getByTitle('Visible period')).toHaveText('1923 – 2028');
  await expect(page).not.toHaveURL(/from=/);
});

test('the keyboard moves between events in time order, zooms and selects', async ({ page }) => {
  const timeline = await openTimeline(page);
  // Tab from the last legend button into the timeline's marks.
  await page.getByRole('button', { name: /^Environment/ }).focus();
  await page.keyboard.press('Tab');
  const first = page.locator(':focus');
  await expect(first).toHaveAccessibleName(/^Iron ore found at Bayan Obo, 1927/);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAccessibleName(
    /^Rare-earth minerals identified in Bayan Obo ore/,
  );
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).toHaveAccessibleName(
    /^Japanese-controlled company surveys Bayan Obo, 1944/,
  );
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Rare-earth minerals identified/);
  await page.keyboard.press('+');
  await expect(page).toHaveURL(/from=/);
  await page.keyboard.press('0');
  await expect(page.getByTitle('Visible period')).toHaveText('1923 – 2028');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/event=rare-earths-found-1934-1936/);
  await expect(
    timeline.getByRole('button', { name: /^Rare-earth minerals identified/ }),
  ).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/event=/);
  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toHaveAccessibleName(
    /^70th anniversary of Baogang's founding, 2024/,
  );
});

test('arrow keys reach an event hidden in a cluster and bring it into view', async ({ page }) => {
  await openTimeline(page, '?event=seventieth-anniversary-2024');
  await page.getByRole('button', { name: /^70th anniversary/ }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAccessibleName(/, 20(2[0-4]|19)/);
  await expect(focused).toBeInViewport();
});

test('the legend filters lanes and writes cat= to the URL', async ({ page }) => {
  const timeline = await openTimeline(page);
  const environment = page.getByRole('button', { name: /^Environment/ });
  await environment.click();
  await expect(environment).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL(
    /cat=origins,construction,production,rare-earths,corporate,deals,governance(&|$)/,
  );
  await expect(timeline.getByRole('button', { name: /^Tailings dam comes into use/ })).toHaveCount(
    0,
  );
  await page.getByRole('button', { name: 'Show all categories' }).click();
  await expect(page).not.toHaveURL(/cat=/);
  await expect(timeline.getByRole('button', { name: /^Tailings dam comes into use/ })).toHaveCount(
    1,
  );
});

test('search counts matches, dims the others and Enter goes to the next match', async ({
  page,
}) => {
  const timeline = await openTimeline(page);
  const search = page.getByRole('searchbox', { name: 'Search events' });
  await search.fill('blast furnace');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(
    '3 of 64 events match',
  );
  await expect(page).toHaveURL(/q=blast\+furnace/);
  const other = timeline.getByRole('button', { name: /^Iron ore found at Bayan Obo/ });
  expect((await paintedCues(other)).opacity).toBeLessThan(0.5);
  await search.press('Enter');
  await expect(page).toHaveURL(/event=blast-furnace-1-groundbreaking-1958/);
  await search.press('Enter');
  await expect(page).toHaveURL(/event=first-iron-1959/);
  await expect(search).toBeFocused();
});

test('a cluster zooms in to show its events', async ({ page }) => {
  const timeline = await openTimeline(page);
  const cluster = timeline
    .getByRole('button', { name: /^\d+ events, .*zoom in to see them/ })
    .first();
  const name = await cluster.getAttribute('aria-label');
  await cluster.click();
  await expect(page).toHaveURL(/from=/);
  expect(await timeline.getByRole('button', { name: name! }).count()).toBe(0);
});

test.describe('on a touch screen', () => {
  test.skip(({ isMobile }) => !isMobile, 'touch gestures');

  test('a tap selects and a pinch zooms', async ({ page }) => {
    const timeline = await openTimeline(page, '?from=1955&to=1962');
    await timeline.getByRole('button', { name: FIRST_IRON }).tap();
    await expect(page).toHaveURL(/event=first-iron-1959/);
    // The details sheet covers the lower half of the screen: bring the plot up above it first,
    // as a person would by scrolling the page.
    await plot(page).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const box = (await plot(page).boundingBox())!;
    const y = box.y + 80;
    const client = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
      client.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: box.x + box.width / 2 - spread, y, id: 0 },
                { x: box.x + box.width / 2 + spread, y, id: 1 },
              ],
      });
    await touch('touchStart', 20);
    for (let spread = 30; spread <= 120; spread += 10) await touch('touchMove', spread);
    await touch('touchEnd', 0);
    await expect(page).toHaveURL(/from=195[6-9]-\d\d/);
  });
});
