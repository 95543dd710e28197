import { expect, test, type Page } from '@playwright/test';

const FIRST_IRON = /^No\. 1 blast furnace taps its first iron, 26 September 1959/;

async function openTimeline(page: Page, query = '') {
  await page.goto(`./${query}`);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toBeVisible();
  return timeline;
}

function plot(page: Page) {
  return page.locator('.tl-plot');
}

async function visiblePeriod(page: Page) {
  return (await page.getByTitle('Visible period').textContent())?.trim();
}

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
      name: /^Baotou Steel Union set up and listed, .*sources differ/,
    }),
  ).toBeVisible();
});

test('draws open-ended and circa dates with their cues in the built app', async ({ page }) => {
  const timeline = await openTimeline(page);
  await expect(
    timeline.getByRole('button', {
      name: /^Market-oriented reforms after reform and opening-up, Since 1978/,
    }),
  ).toHaveClass(/tl-open-end/);
  await openTimeline(page, '?from=2000&to=2015');
  await expect(timeline.getByRole('button', { name: /^Annual steel output doubles/ })).toHaveClass(
    /tl-approx/,
  );
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

  test('double-click zooms in', async ({ page }) => {
    await openTimeline(page);
    const box = (await plot(page).boundingBox())!;
    await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height - 8);
    await expect(page).toHaveURL(/from=/);
  });
});

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
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('3 of 57 match');
  await expect(page).toHaveURL(/q=blast\+furnace/);
  await expect(timeline.getByRole('button', { name: /^Iron ore found at Bayan Obo/ })).toHaveClass(
    /tl-dim/,
  );
  await search.press('Enter');
  await expect(page).toHaveURL(/event=blast-furnace-1-groundbreaking-1958/);
  await search.press('Enter');
  await expect(page).toHaveURL(/event=first-iron-1959/);
  await expect(search).toBeFocused();
});

test('a deep link restores the same view after a reload', async ({ page }) => {
  await openTimeline(
    page,
    '?from=1953&to=1961&cat=production,construction&q=furnace&event=first-iron-1959',
  );
  const check = async () => {
    await expect(page.getByTitle('Visible period')).toHaveText('1953 – 1961');
    await expect(page.getByRole('button', { name: /^Environment/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('furnace');
    await expect(page.getByRole('button', { name: FIRST_IRON })).toHaveAttribute(
      'aria-current',
      'true',
    );
  };
  await check();
  await page.reload();
  await check();
});

test('Back and Forward step through selections', async ({ page }) => {
  const timeline = await openTimeline(page, '?from=1953&to=1961');
  await timeline.getByRole('button', { name: FIRST_IRON }).click();
  await expect(page).toHaveURL(/event=first-iron-1959/);
  // The next event, by the details panel (on a phone its sheet covers part of the timeline).
  await page.getByRole('button', { name: /^Next event: Zhou Enlai cuts the ribbon/ }).click();
  await expect(page).toHaveURL(/event=zhou-enlai-ribbon-cutting-1959/);
  await page.goBack();
  await expect(page).toHaveURL(/event=first-iron-1959/);
  await expect(timeline.getByRole('button', { name: FIRST_IRON })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await page.goBack();
  await expect(page).not.toHaveURL(/event=/);
  await page.goForward();
  await expect(page).toHaveURL(/event=first-iron-1959/);
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

test('bad URL parameters are dropped with a notice', async ({ page }) => {
  await openTimeline(page, '?from=yesterday&cat=nope&zoom=3&event=no-such-event');
  const notices = page.getByRole('status').filter({ hasText: 'ignored' }).first();
  await expect(notices).toContainText('"yesterday" is not a date');
  await expect(
    page.getByText('The parameter "zoom" is not one this page uses and was ignored.'),
  ).toBeVisible();
  await expect(page.getByText('Ignored unknown category "nope".')).toBeVisible();
  await expect(page.getByText('There is no event "no-such-event" in this dataset.')).toBeVisible();
  await expect(page).not.toHaveURL(/zoom=|from=yesterday|cat=nope|event=/);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('"yesterday" is not a date')).toBeHidden();
});

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

/** Serves a dataset at data/NAME on the app's own origin, for this page only. */
async function serveDataset(page: Page, name: string, dataset: object) {
  await page.route(
    (url) => url.pathname.endsWith(`/data/${name}`),
    (route) => route.fulfill({ json: dataset }),
  );
}

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

test.describe('on a touch screen', () => {
  test.skip(({ isMobile }) => !isMobile, 'touch gestures');

  test('a tap selects and a pinch zooms', async ({ page }) => {
    const timeline = await openTimeline(page, '?from=1955&to=1962');
    await timeline.getByRole('button', { name: FIRST_IRON }).tap();
    await expect(page).toHaveURL(/event=first-iron-1959/);
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
