import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA, as the accessibility contract asks (DESIGN.md). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the page as it is now (every frame in it) and fails on any violation, listing
 * each rule with the elements it found, so that a failure says what to fix.
 *
 * Legacy mode runs axe once in the page, reaching same-origin frames from there (it still reports
 * a violation inside the embed's iframe). The default mode also opens a blank page to merge the
 * frames' results, which doubled each check's time on CI's two cores.
 */
export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `  ${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
        .join('\n'),
  );
  expect(found, found.join('\n')).toEqual([]);
}
