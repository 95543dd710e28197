import { describe, expect, it } from 'vitest';
import { parseViewState } from '../../domain/url/viewState';
import {
  clampPlaySeconds,
  embedUrl,
  escapeAttribute,
  iframeCode,
  SIZE_PRESETS,
  type EmbedOptions,
} from './iframeCode';

const PAGE = 'https://example.org/history/baogang/?from=1950&to=1970#ignored';
const view = parseViewState(
  '?dataset=data/other.timeline.json&from=1950&to=1970&cat=production&q=furnace&event=first-iron-1959&source=s1',
).state;
const atRest: EmbedOptions = { size: 'slide', present: false, play: null };

/** The attributes of one iframe tag, read back the way a browser reads them. */
function attributesOf(code: string): Record<string, string> {
  expect(code).toMatch(/^<iframe [^<>]*><\/iframe>$/);
  const decode = (value: string) =>
    value
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return Object.fromEntries(
    [...code.matchAll(/ ([a-z-]+)="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!)]),
  );
}

describe('embedUrl', () => {
  it('keeps the dataset and the view, adds embed, and leaves the reader closed', () => {
    const url = new URL(embedUrl(PAGE, view, atRest));
    expect(url.origin + url.pathname).toBe('https://example.org/history/baogang/');
    expect(url.hash).toBe('');
    const state = parseViewState(url.search).state;
    expect(state).toEqual({
      dataset: 'data/other.timeline.json',
      view: 'timeline',
      from: '1950',
      to: '1970',
      cat: ['production'],
      q: 'furnace',
      event: 'first-iron-1959',
      embed: true,
    });
  });

  it('starts in presenter mode, with autoplay only when presenting', () => {
    const presenting = parseViewState(
      new URL(embedUrl(PAGE, view, { size: 'square', present: true, play: 12 })).search,
    ).state;
    expect(presenting).toMatchObject({ present: true, play: 12, embed: true });
    const notPresenting = parseViewState(
      new URL(embedUrl(PAGE, view, { size: 'square', present: false, play: 12 })).search,
    ).state;
    expect(notPresenting.present).toBeUndefined();
    expect(notPresenting.play).toBeUndefined();
  });

  it('drops a present or play the current view has when the options say no', () => {
    const presentingView = { ...view, present: true as const, play: 30 };
    const state = parseViewState(new URL(embedUrl(PAGE, presentingView, atRest)).search).state;
    expect(state.present).toBeUndefined();
    expect(state.play).toBeUndefined();
  });
});

describe('clampPlaySeconds', () => {
  it('keeps seconds within what the URL accepts', () => {
    expect(clampPlaySeconds(10)).toBe(10);
    expect(clampPlaySeconds(1)).toBe(3);
    expect(clampPlaySeconds(6000)).toBe(600);
    expect(clampPlaySeconds(7.6)).toBe(8);
    expect(clampPlaySeconds(Number.NaN)).toBe(3);
  });
});

describe('escapeAttribute', () => {
  it('escapes everything that could end or open markup', () => {
    expect(escapeAttribute(`a "b" & 'c' <d>`)).toBe('a &quot;b&quot; &amp; &#39;c&#39; &lt;d&gt;');
    expect(escapeAttribute('plain')).toBe('plain');
    expect(escapeAttribute('')).toBe('');
  });
});

describe('iframeCode', () => {
  it('has the title, lazy loading, full screen and the preset size', () => {
    const src = embedUrl(PAGE, view, atRest);
    for (const size of ['slide', 'standard', 'square'] as const) {
      const attributes = attributesOf(iframeCode({ src, title: 'Baogang Group', size }));
      const { width, height } = SIZE_PRESETS[size];
      expect(attributes).toMatchObject({
        src,
        title: 'Baogang Group',
        width: String(width),
        height: String(height),
        loading: 'lazy',
        allow: 'fullscreen',
      });
      expect(attributes.style).toContain(`aspect-ratio:${width}/${height}`);
    }
    expect(SIZE_PRESETS.slide.width / SIZE_PRESETS.slide.height).toBeCloseTo(16 / 9);
    expect(SIZE_PRESETS.standard.width / SIZE_PRESETS.standard.height).toBeCloseTo(4 / 3);
    expect(SIZE_PRESETS.square.width).toBe(SIZE_PRESETS.square.height);
  });

  it('escapes a hostile title and address, so the code stays one iframe', () => {
    const title = `"><script>alert(1)</script><iframe title='x`;
    const src = embedUrl(PAGE, { ...view, q: `"><b>bold</b>` }, atRest);
    const code = iframeCode({ src, title, size: 'slide' });
    expect(code).not.toContain('<script');
    expect(code.match(/<iframe/g)).toHaveLength(1);
    const attributes = attributesOf(code);
    expect(attributes.title).toBe(title);
    expect(attributes.src).toBe(src);
    expect(parseViewState(new URL(attributes.src!).search).state.q).toBe(`"><b>bold</b>`);
  });
});
