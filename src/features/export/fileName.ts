import { innerWindow, utcYear } from '../../domain/dates/time';

/**
 * A file name that says what the picture holds: the dataset's title as a slug and the years of
 * the window, e.g. `baogang-group-1950-1965.svg`. Letters of any script are kept (a Chinese
 * title stays Chinese); everything else becomes single hyphens, so no name can climb out of a
 * folder or carry a character a file system refuses.
 */
export function pictureFileName(
  title: string,
  window: readonly [number, number],
  extension: 'svg' | 'png',
  suffix?: string,
): string {
  const slug =
    title
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'timeline';
  const [first, last] = innerWindow(window[0], window[1]).map(utcYear) as [number, number];
  const years = first === last ? yearSlug(first) : `${yearSlug(first)}-${yearSlug(last)}`;
  return `${[slug, years, suffix].filter(Boolean).join('-')}.${extension}`;
}

/** Years before the common era as "44bce", so the hyphen keeps separating the parts. */
function yearSlug(year: number): string {
  return year > 0 ? String(year) : `${1 - year}bce`;
}
