import { expect, type Frame, type FrameLocator, type Page } from '@playwright/test';

type Scope = Page | FrameLocator;

/** Presenter mode's region, on the page or inside a frame. */
export function presenter(scope: Scope) {
  return scope.getByRole('region', { name: 'Presenter mode' });
}

/** The slide's heading: the current event's title. */
export function slideTitle(scope: Scope) {
  return presenter(scope).getByRole('heading', { level: 2 });
}

/** Opens the app on a query that presents, and waits for the first slide (loaded on demand). */
export async function openPresenter(page: Page, query: string) {
  await page.goto(`./${query}`);
  await expect(slideTitle(page)).toBeVisible({ timeout: 15_000 });
}

/**
 * Presses a key as a clicker sends it: to the page with nothing focused, so the keys must work
 * at page level, not through a focused widget.
 */
export async function pressOnBody(target: Page | Frame, page: Page, key: string) {
  const focus = await target.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    return document.activeElement?.tagName;
  });
  expect(focus).toBe('BODY');
  await page.keyboard.press(key);
}
