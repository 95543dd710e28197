import { absoluteViewUrl } from '../../domain/url/links';
import { PLAY_SECONDS, type ViewState } from '../../domain/url/viewState';

/** The sizes offered for an embedded timeline, in CSS pixels. */
export const SIZE_PRESETS = {
  slide: { width: 960, height: 540 },
  standard: { width: 800, height: 600 },
  square: { width: 600, height: 600 },
} as const;

export type SizePreset = keyof typeof SIZE_PRESETS;

export interface EmbedOptions {
  size: SizePreset;
  /** Open in presenter mode. */
  present: boolean;
  /** Seconds a slide for autoplay (with `present`), or null for none. */
  play: number | null;
}

/** Seconds a slide brought into the range the URL accepts (3–600), whole seconds. */
export function clampPlaySeconds(seconds: number): number {
  if (!Number.isFinite(seconds)) return PLAY_SECONDS.min;
  return Math.min(PLAY_SECONDS.max, Math.max(PLAY_SECONDS.min, Math.round(seconds)));
}

/**
 * The address an embed loads: this view (dataset, window, filters, selection) in embed mode,
 * in presenter mode if asked, with autoplay only where presenting. The reader and the sources
 * index are left closed: a page shows its embed at rest.
 */
export function embedUrl(pageUrl: string, state: ViewState, options: EmbedOptions): string {
  return absoluteViewUrl(pageUrl, state, {
    embed: true,
    source: undefined,
    panel: undefined,
    present: options.present || undefined,
    play: options.present && options.play !== null ? clampPlaySeconds(options.play) : undefined,
  });
}

/** A value fit to stand inside a double-quoted HTML attribute, whatever it holds. */
export function escapeAttribute(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (character) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!,
  );
}

/**
 * The `<iframe>` code for a page: the embed address, a title for screen readers, lazy loading,
 * full screen allowed (for presenter mode), and a size that keeps its proportions when the page
 * is narrower than the preset. Every attribute value is escaped.
 */
export function iframeCode({
  src,
  title,
  size,
}: {
  src: string;
  title: string;
  size: SizePreset;
}): string {
  const { width, height } = SIZE_PRESETS[size];
  const attributes: [string, string][] = [
    ['src', src],
    ['title', title],
    ['width', String(width)],
    ['height', String(height)],
    ['style', `border:0;max-width:100%;height:auto;aspect-ratio:${width}/${height}`],
    ['loading', 'lazy'],
    ['allow', 'fullscreen'],
  ];
  const text = attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ');
  return `<iframe ${text}></iframe>`;
}
