import { expect, type Locator, type Page } from '@playwright/test';

export const FIRST_IRON = /^No\. 1 blast furnace taps its first iron, 26 September 1959/;

/** Opens the app with a query and waits for the timeline region. */
export async function openTimeline(page: Page, query = '') {
  await page.goto(`./${query}`);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toBeVisible();
  return timeline;
}

/** The plot area, for gestures that need coordinates. */
export function plot(page: Page) {
  return page.locator('.tl-plot');
}

/** Serves a dataset at data/NAME on the app's own origin, for this page only. */
export async function serveDataset(page: Page, name: string, dataset: object) {
  await page.route(
    (url) => url.pathname.endsWith(`/data/${name}`),
    (route) => route.fulfill({ json: dataset }),
  );
}

/** The period the toolbar says is visible. */
export async function visiblePeriod(page: Page) {
  return (await page.getByTitle('Visible period').textContent())?.trim();
}

/**
 * How a mark is painted, as a person sees it: faded ends (a mask over its shape), a ≠ badge,
 * dimmed (its shape's opacity). Read from computed styles, not class names.
 */
export async function paintedCues(mark: Locator) {
  return mark.evaluate((element) => {
    const shape = element.querySelector('[class*="shape"]') ?? element;
    const mask = getComputedStyle(shape).maskImage;
    return {
      fadedEnds: mask.includes('gradient'),
      badge: getComputedStyle(element, '::after').content.replace(/"/g, ''),
      // The shape's own opacity times its mark's: dimming fades the shape, not the label.
      opacity:
        Number(getComputedStyle(element).opacity) *
        (shape === element ? 1 : Number(getComputedStyle(shape).opacity)),
    };
  });
}

/** A dataset with `text` in every string a person sees: titles, labels, summaries, rights. */
export function hostileDataset(text: string) {
  return {
    format: 'timeline/1',
    title: text,
    categories: [{ id: 'c', label: text, color: '#334155' }],
    sources: [
      {
        id: 's',
        csl: { type: 'book', title: text },
        text: 's.txt',
        sha256: 'a'.repeat(64),
        coverage: 'excerpt',
        rights: text,
      },
    ],
    events: [
      {
        id: 'e',
        title: text,
        summary: text,
        date: { edtf: '1959', label: text, basis: 'stated' },
        category: 'c',
        evidence: [{ source: 's', exact: text }],
      },
    ],
  };
}
