import { expect, test } from '@playwright/test';
import { openTimeline } from './support/app';
import { openPresenter, pressOnBody, presenter, slideTitle } from './support/present';

const TOUR = 'first-iron-1959,iron-ore-discovered-1927,steel-union-listed-1997';

test('a clicker steps through the slides with focus on the page body, and event= follows', async ({
  page,
}) => {
  test.slow();
  // Without a tour: the events shown (category, period), in time order.
  await openPresenter(page, '?cat=production&from=2000&to=2012&present=1');
  await expect(slideTitle(page)).toHaveText(
    'Annual steel output doubles from 5 to 10 million tons',
  );
  await expect(presenter(page).getByText('1 / 3')).toBeVisible();
  await expect(page).toHaveURL(/event=steel-output-doubles-in-six-years/);

  await pressOnBody(page, page, 'PageDown');
  await expect(slideTitle(page)).toHaveText('Crude steel output of 10.07 million tons');
  await expect(page).toHaveURL(/event=crude-steel-output-2009/);
  await expect(presenter(page).getByText('2 / 3')).toBeVisible();
  await pressOnBody(page, page, 'PageDown');
  await expect(page).toHaveURL(/event=steel-output-2011/);
  // The last slide stays the last.
  await pressOnBody(page, page, 'PageDown');
  await expect(presenter(page).getByText('3 / 3')).toBeVisible();
  await pressOnBody(page, page, 'PageUp');
  await expect(page).toHaveURL(/event=crude-steel-output-2009/);

  for (const [key, id] of [
    ['Home', 'steel-output-doubles-in-six-years'],
    ['ArrowRight', 'crude-steel-output-2009'],
    ['ArrowDown', 'steel-output-2011'],
    ['ArrowUp', 'crude-steel-output-2009'],
    ['ArrowLeft', 'steel-output-doubles-in-six-years'],
    ['Space', 'crude-steel-output-2009'],
    ['p', 'steel-output-doubles-in-six-years'],
    ['n', 'crude-steel-output-2009'],
    ['End', 'steel-output-2011'],
  ] as const) {
    await pressOnBody(page, page, key);
    await expect(page).toHaveURL(new RegExp(`event=${id}(&|$)`));
  }
  // The slide reads as such: date with its precision, the passage and its source.
  await expect(presenter(page).getByText('2011', { exact: true })).toBeVisible();
  await expect(presenter(page).getByText('(to the year)')).toBeVisible();
  await expect(presenter(page).locator('blockquote')).toContainText('10.22');
  await expect(presenter(page).locator('figcaption')).toContainText('People');

  // A reload resumes on the same slide.
  await page.reload();
  await expect(slideTitle(page)).toHaveText('Steel output reaches 10.22 million tons');
  await expect(presenter(page).getByText('3 / 3')).toBeVisible();
});

test('a tour gives the slides in its order, and an unknown id is a notice', async ({ page }) => {
  await openPresenter(page, `?present=1&tour=${TOUR},no-such-event`);
  await expect(
    page.getByText('The tour skips events this dataset does not have: “no-such-event”.'),
  ).toBeVisible();
  await expect(slideTitle(page)).toHaveText('No. 1 blast furnace taps its first iron');
  await expect(page).toHaveURL(new RegExp(`tour=${TOUR}(&|$)`));
  await pressOnBody(page, page, 'PageDown');
  await expect(slideTitle(page)).toHaveText('Iron ore found at Bayan Obo');
  await pressOnBody(page, page, 'PageDown');
  await expect(slideTitle(page)).toHaveText('Baotou Steel Union listed in Shanghai');
  await expect(presenter(page).getByText('3 / 3')).toBeVisible();
  // A Chinese passage comes with the editors' translation.
  await pressOnBody(page, page, 'Home');
  await expect(presenter(page).locator('blockquote')).toHaveAttribute('lang', 'zh-Hant');
  await expect(presenter(page).getByText('Editors’ translation:')).toBeVisible();
});

test('B blanks the screen and back; Escape leaves the black screen, then presenter mode', async ({
  page,
}) => {
  await openPresenter(page, `?present=1&tour=${TOUR}`);
  await expect(slideTitle(page)).toHaveText('No. 1 blast furnace taps its first iron');
  const black = page.getByRole('button', { name: 'Press B or . to show the slide again' });
  await pressOnBody(page, page, 'b');
  await expect(black).toBeVisible();
  await pressOnBody(page, page, 'b');
  await expect(black).toBeHidden();
  await pressOnBody(page, page, '.');
  await expect(black).toBeVisible();
  // A step key on a black screen only brings the slide back.
  await pressOnBody(page, page, 'PageDown');
  await expect(black).toBeHidden();
  await expect(page).toHaveURL(/event=first-iron-1959/);

  await pressOnBody(page, page, 'PageDown');
  await pressOnBody(page, page, 'B');
  await pressOnBody(page, page, 'Escape');
  await expect(black).toBeHidden();
  await expect(presenter(page)).toBeVisible();
  await pressOnBody(page, page, 'Escape');
  await expect(presenter(page)).toBeHidden();
  await expect(page).not.toHaveURL(/present=/);
  // The page shows where the talk was: the event's details, and its mark on the timeline.
  await expect(
    page.getByRole('complementary', { name: 'Iron ore found at Bayan Obo' }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Timeline' })
      .getByRole('button', { name: /^Iron ore found at Bayan Obo/ }),
  ).toHaveAttribute('aria-current', 'true');
  // Back returns to the talk.
  await page.goBack();
  await expect(slideTitle(page)).toHaveText('Iron ore found at Bayan Obo');
});

test('the Present button starts at the selected event; the buttons step and leave', async ({
  page,
}) => {
  await openTimeline(page, '?from=1953&to=1961&event=zhou-enlai-ribbon-cutting-1959');
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(slideTitle(page)).toHaveText('Zhou Enlai cuts the ribbon at No. 1 blast furnace');
  await expect(page).toHaveURL(/present=1/);
  await presenter(page).getByRole('button', { name: 'Previous' }).click();
  await expect(slideTitle(page)).toHaveText('No. 1 blast furnace taps its first iron');
  // Space on a focused button presses it once; the page's Space does not step again.
  const next = presenter(page).getByRole('button', { name: 'Next' });
  await next.focus();
  await page.keyboard.press('Space');
  await expect(slideTitle(page)).toHaveText('Zhou Enlai cuts the ribbon at No. 1 blast furnace');
  await page.getByRole('button', { name: 'Leave presenter mode' }).click();
  await expect(presenter(page)).toBeHidden();
  await expect(page).toHaveURL(/event=zhou-enlai-ribbon-cutting-1959/);
  // The window it was on, however the URL writes it.
  await expect(page).toHaveURL(/from=1953(-01)?&to=1961(-12)?(&|$)/);
  // Focus goes to the event's mark, not to the page body.
  await expect(
    page
      .getByRole('region', { name: 'Timeline' })
      .getByRole('button', { name: /^Zhou Enlai cuts the ribbon/ }),
  ).toBeFocused();
});

test('F asks for full screen, and Escape leaves full screen before presenter mode', async ({
  page,
}) => {
  await openPresenter(page, `?present=1&tour=${TOUR}`);
  await expect(slideTitle(page)).toBeVisible();
  const fullScreen = () => page.evaluate(() => document.fullscreenElement !== null);
  await pressOnBody(page, page, 'f');
  await expect.poll(fullScreen).toBe(true);
  await expect(page.getByRole('button', { name: 'Exit full screen' })).toBeVisible();
  await pressOnBody(page, page, 'Escape');
  await expect.poll(fullScreen).toBe(false);
  await expect(presenter(page)).toBeVisible();
  await pressOnBody(page, page, 'Escape');
  await expect(presenter(page)).toBeHidden();
});

test('autoplay moves on by itself, pauses on a key, and stops at the last slide', async ({
  page,
}) => {
  // The page's clock runs as usual, and the test moves it on instead of waiting 3 s a slide.
  await page.clock.install();
  await openPresenter(page, `?present=1&tour=${TOUR}&play=3`);
  const pause = presenter(page).getByRole('button', { name: /^Pause, every 3 s/ });
  await expect(pause).toBeVisible();
  await expect(slideTitle(page)).toHaveText('No. 1 blast furnace taps its first iron');
  await page.clock.fastForward(3000);
  await expect(slideTitle(page)).toHaveText('Iron ore found at Bayan Obo');
  // Any key pauses (and does its own work), and the pause holds.
  await pressOnBody(page, page, 'Home');
  const play = presenter(page).getByRole('button', { name: /^Play, every 3 s/ });
  await expect(play).toBeVisible();
  await expect(slideTitle(page)).toHaveText('No. 1 blast furnace taps its first iron');
  await page.clock.fastForward(4000);
  await expect(slideTitle(page)).toHaveText('No. 1 blast furnace taps its first iron');

  await play.click();
  await expect(pause).toBeVisible();
  await page.clock.fastForward(3000);
  await expect(slideTitle(page)).toHaveText('Iron ore found at Bayan Obo');
  await page.clock.fastForward(3000);
  await expect(slideTitle(page)).toHaveText('Baotou Steel Union listed in Shanghai');
  await expect(play).toBeVisible();
});

test('autoplay waits while the page is hidden', async ({ page }) => {
  // The page starts out of sight (a tab in the background), then comes into view.
  await page.addInitScript(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  });
  await page.clock.install();
  await openPresenter(page, `?present=1&tour=${TOUR}&play=3`);
  await expect(slideTitle(page)).toHaveText('No. 1 blast furnace taps its first iron');
  await page.clock.fastForward(4500);
  await expect(slideTitle(page)).toHaveText('No. 1 blast furnace taps its first iron');
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.clock.fastForward(3000);
  await expect(slideTitle(page)).toHaveText('Iron ore found at Bayan Obo');
});

test('with reduced motion a slide appears without a transition', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openPresenter(page, `?present=1&tour=${TOUR}`);
  const slide = presenter(page).getByRole('article');
  await expect(slide).toBeVisible();
  expect(await slide.evaluate((element) => getComputedStyle(element).animationName)).toBe('none');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await slide.evaluate((element) => getComputedStyle(element).animationName)).not.toBe(
    'none',
  );
});

test('a sideways swipe turns the slide on a touch screen', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'touch screens only');
  await openPresenter(page, `?present=1&tour=${TOUR}`);
  await expect(slideTitle(page)).toHaveText('No. 1 blast furnace taps its first iron');
  const session = await page.context().newCDPSession(page);
  const swipe = async (fromX: number, toX: number) => {
    const y = 300;
    await session.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [{ x: fromX, y }],
    });
    for (let step = 1; step <= 5; step++)
      await session.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x: fromX + ((toX - fromX) * step) / 5, y }],
      });
    await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  // Away from the screen's edges, where a swipe may mean Back to the browser.
  await swipe(300, 90);
  await expect(slideTitle(page)).toHaveText('Iron ore found at Bayan Obo');
  await swipe(90, 300);
  await expect(slideTitle(page)).toHaveText('No. 1 blast furnace taps its first iron');
});

test('a filter that leaves nothing to present says so, and Escape still leaves', async ({
  page,
}) => {
  await page.goto('./?present=1&q=nothing-has-this-word');
  await expect(
    presenter(page).getByText(
      'No events to present: the categories, search and period shown leave none.',
    ),
  ).toBeVisible({ timeout: 15_000 });
  await pressOnBody(page, page, 'PageDown');
  await expect(page).not.toHaveURL(/event=/);
  await pressOnBody(page, page, 'Escape');
  await expect(presenter(page)).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue(
    'nothing-has-this-word',
  );
});
