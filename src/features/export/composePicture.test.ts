import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../domain/dataset/schema';
import { indexDataset } from '../../domain/events/eventIndex';
import { inCategories, searchMatches } from '../../domain/events/filter';
import { transformForWindow } from '../../domain/stage/viewport';
import type { ViewState } from '../../domain/url/viewState';
import { en } from '../../i18n/messages/en';
import { composePicture, type PictureRequest } from './composePicture';
import type { Measure } from './svg/textLayout';

const measure: Measure = (text, font) =>
  Math.ceil([...text].length * font.size * (font.bold ? 0.6 : 0.55));

const source = (id: string, title: string, rights: string, URL?: string) => ({
  id,
  csl: { type: 'webpage', title, 'container-title': `${title} site`, URL },
  text: `${id}.txt`,
  sha256: 'a'.repeat(64),
  coverage: 'excerpt' as const,
  rights,
});

const event = (id: string, edtf: string, category: string, sources: string[], title = id) => ({
  id,
  title,
  summary: `About ${id}`,
  date: { edtf, label: edtf, basis: 'stated' as const },
  category,
  evidence: sources.map((s) => ({ source: s, exact: 'x' })),
});

function dataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    format: 'timeline/1',
    title: 'Test Works',
    categories: [
      { id: 'a', label: 'Alpha', color: '#9a3412' },
      { id: 'b', label: 'Beta', color: '#1d4ed8' },
    ],
    sources: [
      source(
        'wiki',
        'Wiki article',
        'CC BY-SA 4.0. Text by Wikipedia contributors.',
        'https://en.wikipedia.org/wiki/X',
      ),
      source('daily', 'Daily report', '© Daily. All rights reserved.'),
      source('late', 'Late report', '© Late.'),
      source('beta', 'Beta report', '© Beta.'),
      source('zh', '包头钢铁', 'CC BY-SA 4.0. 维基百科贡献者。'),
    ],
    events: [
      event('founded', '1954', 'a', ['wiki'], 'Works founded'),
      event('first-iron', '1959-09-26', 'a', ['daily', 'zh']),
      event('later', '2010', 'a', ['late']),
      event('beta-event', '1960', 'b', ['beta']),
      // Widens the extent well before the window.
      event('early', '1930', 'b', ['beta']),
      event('expansion', '1955/1963', 'a', ['daily'], '包钢扩建'),
    ],
    ...overrides,
  };
}

function request(data: Dataset, state: ViewState): PictureRequest {
  const index = indexDataset(data);
  const lanes = data.categories.filter((c) => !state.cat || state.cat.includes(c.id));
  const items = inCategories(index.model.items, new Set(lanes.map((c) => c.id)));
  const viewport = { extent: index.model.extent, width: 1072 };
  return {
    dataset: data,
    index,
    lanes,
    items,
    matches: searchMatches(items, state.q),
    selectedId: null,
    state,
    viewport,
    transform: transformForWindow(viewport, Date.UTC(1950, 0, 1), Date.UTC(1971, 0, 1)),
    language: 'en',
    t: en,
    pageUrl: 'https://example.org/timeline/?from=1950',
    labelSize: 13,
    rem: 16,
  };
}

/** Parses with a real XML parser; any error or warning fails the test. */
function parse(svg: string) {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => problems.push(`${level}: ${message}`),
  }).parseFromString(svg, 'image/svg+xml');
  expect(problems).toEqual([]);
  const elements = [...(doc.getElementsByTagName('*') as unknown as Iterable<XmlElement>)];
  const texts = elements.filter((e) => e.nodeName === 'text').map((e) => e.textContent ?? '');
  return { doc, elements, texts, all: texts.join('\n') };
}

const DRAWN = new Set(['svg', 'title', 'defs', 'linearGradient', 'stop', 'mask', 'clipPath']);
for (const name of ['g', 'rect', 'line', 'circle', 'text', 'a']) DRAWN.add(name);

describe('composePicture', () => {
  it('lists exactly the sources of the events shown: window and categories', () => {
    const { footer, events, picture } = composePicture(
      request(dataset(), { view: 'timeline', cat: ['a'] }),
      measure,
    );
    expect(events.map((e) => e.id)).toEqual(['founded', 'expansion', 'first-iron']);
    expect(footer.sources.map((s) => s.id)).toEqual(['wiki', 'daily', 'zh']);
    const { all } = parse(picture.svg);
    for (const title of ['Wiki article', 'Daily report', '包头钢铁']) expect(all).toContain(title);
    for (const title of ['Late report', 'Beta report']) expect(all).not.toContain(title);
    expect(all).toContain('https://creativecommons.org/licenses/by-sa/4.0/');
    expect(all).toContain('CC BY-SA 4.0. Text by Wikipedia contributors.');
    // An open licence requires its line; a plain copyright notice is left to the handout.
    expect(all).not.toContain('© Daily');
    expect(all).toContain('Test Works · 1950 – 1970');
    expect(all).toContain('Categories: Alpha');
  });

  it('lists only the sources of the events matching the search', () => {
    const { footer, picture } = composePicture(
      request(dataset(), { view: 'timeline', q: 'founded' }),
      measure,
    );
    expect(footer.sources.map((s) => s.id)).toEqual(['wiki']);
    expect(parse(picture.svg).all).toContain('Search: “founded”');
  });

  it('links to this view, keeping the dataset and giving the window', () => {
    const state: ViewState = { view: 'timeline', dataset: 'https://data.example/x.json' };
    const { footer, picture } = composePicture(request(dataset(), state), measure);
    expect(footer.link).toBe(
      'https://example.org/timeline/?dataset=https://data.example/x.json&from=1950&to=1970',
    );
    const { elements } = parse(picture.svg);
    expect(elements.some((e) => e.getAttribute('href') === footer.link)).toBe(true);
  });

  it('keeps Chinese text as text', () => {
    const { picture } = composePicture(request(dataset(), { view: 'timeline' }), measure);
    const { elements, all } = parse(picture.svg);
    expect(all).toContain('包钢扩建');
    expect(elements[0]?.getAttribute('font-family')).toContain('Noto Sans CJK SC');
  });

  it('turns a hostile dataset into text: no script, no handler, no javascript: link', () => {
    const attack = `</text><script>alert(1)</script><a href="javascript:alert(1)">x</a>\u0000`;
    const hostile = dataset({
      title: attack,
      categories: [
        { id: 'a', label: `${attack}"><svg onload="alert(1)">`, color: 'red" onload="alert(1)' },
        { id: 'b', label: 'Beta', color: 'url(javascript:alert(1))' },
      ],
      sources: [source('wiki', attack, attack, 'javascript:alert(1)')],
      events: [
        event('one', '1955', 'a', ['wiki'], attack),
        event('two', '1956-03-02', 'b', ['wiki'], `${attack} two`),
      ],
    });
    const { picture } = composePicture(
      request(hostile, { view: 'timeline', q: attack.slice(0, 20) }),
      measure,
    );
    const { elements, texts } = parse(picture.svg);
    for (const element of elements) {
      expect(DRAWN.has(element.nodeName)).toBe(true);
      for (const { name, value } of [...(element.attributes as unknown as Iterable<Attr>)]) {
        expect(name.toLowerCase().startsWith('on')).toBe(false);
        if (name === 'href') expect(value).toMatch(/^https?:\/\//);
        expect(value).not.toMatch(/javascript:|onload/i);
        if (name === 'fill' || name === 'stroke')
          expect(value).toMatch(/^(#[0-9a-f]{3}|#[0-9a-f]{6}|none|url\(#[\w-]+\))$/);
      }
    }
    expect(texts.some((t) => t.includes('<script>alert(1)</script>'))).toBe(true);
    expect(picture.svg).not.toContain('red"');
  });
});
