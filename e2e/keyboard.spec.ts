import { expect, test, type Page } from '@playwright/test';
import { FIRST_IRON, openTimeline, plot, visiblePeriod } from './support/app';
import { expectFocusKept, focusedName, liveRegion, tabTo } from './support/keyboard';

/**
 * Every task of the accessibility contract with a keyboard alone (DESIGN.md): the keys people
 * press, focus checked after every close, and the URL.
 */

// Long walks through the page, on a shared 2-core machine.
test.describe.configure({ timeout: 90_000 });

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const details = (page: Page) => page.getByRole('complementary');

test.describe('with a keyboard alone', () => {
  test.skip(({ isMobile }) => isMobile, 'a keyboard run: the phone has its own below');

  test('skip link, arrows, Enter, the reader and back, the sources index and back, the list', async ({
    page,
  }) => {
    await openTimeline(page);
    // The skip link is the first stop, and goes straight to an event.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the timeline' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    const focusedMark = timeline(page).locator('[data-event-id]:focus');
    await expect(focusedMark).toHaveCount(1);
    const first = await focusedName(page);

    // Arrows move between events in time order; Enter opens one, and the live region says it.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedName(page)).not.toBe(first);
    await page.keyboard.press('Home');
    await expect.poll(() => focusedName(page)).toMatch(/^Iron ore found at Bayan Obo/);
    for (let i = 0; i < 40 && !FIRST_IRON.test(await focusedName(page)); i++)
      await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toMatch(FIRST_IRON);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/event=first-iron-1959/);
    await expect(details(page)).toHaveAccessibleName('No. 1 blast furnace taps its first iron');
    await expect(liveRegion(page)).toHaveText(
      'Selected: No. 1 blast furnace taps its first iron, 26 September 1959',
    );

    // Read in source: the reader opens with the passage marked; Escape goes back to the button.
    const read = details(page)
      .getByRole('button', { name: /^Read in source/ })
      .first();
    await tabTo(page, read);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/source=/);
    const title = (await read.getAttribute('aria-label'))!.replace('Read in source: ', '');
    const reader = page.getByRole('region', { name: title });
    await expect(reader.locator('mark').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/source=/);
    await expect(read).toBeFocused();

    // The sources index, opened from the header and closed with Escape, back to its button.
    const sources = page.getByRole('button', { name: /^\d+ sources$/ });
    await sources.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/panel=sources/);
    await expect(page.getByRole('region', { name: /^Sources \(\d+\)$/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/panel=sources/);
    await expect(sources).toBeFocused();

    // Closing the details gives focus back to the event's mark.
    await details(page).getByRole('button', { name: 'Close details' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(/event=/);
    await expect(timeline(page).getByRole('button', { name: FIRST_IRON })).toBeFocused();

    // The list: the skip link now goes to it.
    await tabTo(page, page.getByRole('button', { name: 'List', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/view=list/);
    const list = page.getByRole('region', { name: 'Events' });
    await expect(list.getByRole('listitem').first()).toBeVisible();
    await page.getByRole('link', { name: 'Skip to the list' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest('[aria-label="Events"]')))
      .toBe(true);
  });

  test('+ and − zoom around the focused event; 0 shows everything', async ({ page }) => {
    await openTimeline(page, '?from=1940&to=2000');
    const mark = timeline(page).getByRole('button', { name: FIRST_IRON });
    await mark.focus();
    const xOf = async () => {
      const box = await mark.boundingBox();
      return box ? box.x + box.width / 2 : NaN;
    };
    const before = await xOf();
    const period = await visiblePeriod(page);
    await page.keyboard.press('+');
    await expect.poll(() => visiblePeriod(page)).not.toBe(period);
    // The focused event stays where it was: the zoom is anchored on it, not on the middle.
    await expect.poll(xOf).toBeCloseTo(before, -1);
    // Once the zoom has settled it is written to the URL: only then is "−" its exact inverse.
    await expect.poll(() => page.url()).not.toContain('from=1940&to=2000');
    await page.keyboard.press('-');
    await expect.poll(() => visiblePeriod(page)).toBe(period);
    await expect.poll(xOf).toBeCloseTo(before, -1);
    await page.keyboard.press('0');
    await expect.poll(() => visiblePeriod(page)).toBe('1923 – 2028');
  });

  test('"Next →" on the last event keeps focus in the panel', async ({ page }) => {
    await openTimeline(page, '?cat=environment');
    await timeline(page).locator('[data-event-id]').last().focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect(details(page)).toBeVisible();
    const previous = details(page).getByRole('button', { name: /^Previous event/ });
    await previous.focus();
    await page.keyboard.press('Enter');
    const next = details(page).getByRole('button', { name: /^Next event/ });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(next).toBeDisabled();
    await expectFocusKept(page);
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest('aside')))
      .toBe(true);
  });

  test('focus returns after presenter mode, the share dialog, the download menu and Cite', async ({
    page,
  }) => {
    await openTimeline(page, '?event=first-iron-1959');
    const present = page.getByRole('button', { name: 'Present', exact: true });
    await present.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Presenter mode' })).toBeVisible({
      timeout: 15_000,
    });
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/present=/);
    await expectFocusKept(page);

    const share = page.getByRole('button', { name: 'Share', exact: true });
    await share.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(share).toBeFocused();

    const download = page.getByRole('button', { name: /^Download/ });
    await download.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: /SVG/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(download).toBeFocused();

    const cite = details(page).getByRole('button', { name: 'Cite', exact: true });
    await cite.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: /Cite the sources of/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(cite).toBeFocused();
  });

  test('after Retry focus goes to what replaces the button', async ({ page }) => {
    await page.goto('./?dataset=data/missing.json');
    const retry = page.getByRole('button', { name: 'Retry' });
    await retry.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectFocusKept(page);
  });

  test('filters and search are counted once they settle', async ({ page }) => {
    await openTimeline(page);
    const search = page.getByRole('searchbox', { name: 'Search events' });
    await search.focus();
    await page.keyboard.type('blast furnace', { delay: 30 });
    await expect(liveRegion(page)).toHaveText('3 events shown');
    // Switching off the category of one match leaves fewer.
    await page.getByRole('button', { name: /^Iron & steel output/ }).focus();
    await page.keyboard.press('Enter');
    await expect(liveRegion(page)).toHaveText(/^[0-2] events? shown$/);
  });
});

test('a click on an event’s label selects it; a drag that starts on it pans', async ({ page }) => {
  await openTimeline(page, '?from=1950&to=1970');
  const label = timeline(page).getByText('No. 1 blast furnace taps its first iron');
  await label.click();
  await expect(page).toHaveURL(/event=first-iron-1959/);
  await page.goto('./?from=1950&to=1970');
  const period = await visiblePeriod(page);
  const box = (await timeline(page)
    .getByText('No. 1 blast furnace taps its first iron')
    .boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => visiblePeriod(page)).not.toBe(period);
  await expect(page).not.toHaveURL(/event=/);
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('a double-click zooms at once, without animating', async ({ page, isMobile }) => {
    test.skip(isMobile, 'a mouse gesture');
    await openTimeline(page);
    const period = page.getByTitle('Visible period');
    // Every period the toolbar shows while the zoom runs: one step, no frames in between.
    await period.evaluate((element) => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => seen.push(element.textContent ?? '')).observe(element, {
        subtree: true,
        characterData: true,
        childList: true,
      });
    });
    const box = (await plot(page).boundingBox())!;
    await page.mouse.dblclick(box.x + box.width / 2, box.y + 10);
    await expect.poll(() => visiblePeriod(page)).not.toBe('1923 – 2028');
    await page.waitForTimeout(500);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(new Set(seen).size).toBe(1);
  });
});

test('on a phone, Tab never reaches the details sheet under the reader', async ({
  page,
  isMobile,
}) => {
  test.skip(!isMobile, 'the sheet is a phone’s');
  await openTimeline(page, '?event=first-iron-1959&source=goinnermongolia-2024-10-15');
  const reader = page.getByRole('region', { name: /^70 years of excellence/ });
  await expect(reader.locator('mark').first()).toBeVisible();
  // Round and round the reader (and out to the browser, where focus is on the body).
  const readerElement = await reader.elementHandle();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate((region) => {
      const active = document.activeElement;
      return {
        inSheet: !!active?.closest('aside'),
        inReaderOrOut: !active || active === document.body || !!region?.contains(active),
      };
    }, readerElement);
    expect(where, `Tab ${i + 1}`).toEqual({ inSheet: false, inReaderOrOut: true });
  }
  // The sheet is usable again once the reader closes.
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/source=/);
  await expectFocusKept(page);
  await expect(details(page).getByRole('button', { name: 'Close details' })).toBeVisible();
});

test.describe('at 200% zoom (640×360)', () => {
  test.use({ viewport: { width: 640, height: 360 } });
  test('the page reflows: no sideways scroll, a wide plot, the details uncovered', async ({
    page,
    isMobile,
  }) => {
    test.skip(isMobile, 'a laptop at 200%');
    await openTimeline(page, '?event=first-iron-1959');
    const summary = details(page).getByText(/^Baogang's No\. 1 blast furnace tapped iron/);
    await expect(summary).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const plotBox = (await plot(page).boundingBox())!;
    expect(plotBox.width).toBeGreaterThanOrEqual(320);
    // Nothing paints over the details text: the topmost element at its middle is the text.
    await summary.scrollIntoViewIfNeeded();
    const onTop = await summary.evaluate((element) => {
      const r = element.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !!hit && element.contains(hit);
    });
    expect(onTop).toBe(true);
  });
});
