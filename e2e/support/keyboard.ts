import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has focus, as a keyboard user would; fails after `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${target} in ${limit} presses.`);
}

/** Focus is somewhere: not fallen to the page body (the accessibility contract). */
export async function expectFocusKept(page: Page) {
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.tagName ?? 'none'))
    .not.toMatch(/^(BODY|none)$/);
}

/** The name of the focused element, as a screen reader starts to say it. */
export function focusedName(page: Page) {
  return page.evaluate(
    () =>
      document.activeElement?.getAttribute('aria-label') ??
      document.activeElement?.textContent?.trim() ??
      '',
  );
}

/** The page's polite live region's words (the one that says selections and counts). */
export function liveRegion(page: Page) {
  return page.getByRole('status').filter({ hasText: /^(Selected: |\d+ events? shown)/ });
}
