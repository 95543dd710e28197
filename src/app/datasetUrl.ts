import type { UrlNotice } from '../domain/url/notices';

/** The Baogang dataset, relative to the page so the built site works from any sub-path. */
export const DEFAULT_DATASET = 'data/baogang.timeline.json';

export type DatasetUrlResult =
  { ok: true; url: string } | { ok: false; reason: 'notUrl' | 'notSecure' };

/**
 * A `dataset=` value is loaded only from the page's own origin or over https, so a link cannot
 * make the app fetch from an arbitrary plain-http or non-web scheme.
 */
export function resolveDatasetUrl(value: string, pageUrl: string): DatasetUrlResult {
  let url: URL;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return { ok: false, reason: 'notUrl' };
  }
  const page = new URL(pageUrl);
  if (url.origin === page.origin || url.protocol === 'https:') return { ok: true, url: url.href };
  return { ok: false, reason: 'notSecure' };
}

/** The dataset a page shows: the URL's `dataset=` when it may be loaded, else the default. */
export function datasetUrlFor(
  requested: string | undefined,
  pageUrl = window.location.href,
): { url: string; notice?: UrlNotice } {
  const fallback = resolveDatasetUrl(DEFAULT_DATASET, pageUrl);
  if (!fallback.ok) throw new Error('The default dataset URL cannot be resolved.');
  if (requested === undefined) return { url: fallback.url };
  const resolved = resolveDatasetUrl(requested, pageUrl);
  return resolved.ok
    ? { url: resolved.url }
    : {
        url: fallback.url,
        notice: { kind: 'datasetIgnored', value: requested.slice(0, 200), reason: resolved.reason },
      };
}
