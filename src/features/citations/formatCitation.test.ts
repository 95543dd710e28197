import { describe, expect, it } from 'vitest';
import type { CslItem, Source } from '../../domain/dataset/schema';
import { apa, chicago, chinaDaily, citic, rmzxw, wikipedia, xinhua } from './citationFixtures';
import {
  citationText,
  cslJson,
  cslJsonFileName,
  formatChicago,
  type CitationPart,
} from './formatCitation';

describe('formatChicago', () => {
  it('formats a newspaper article with a full date, ending the URL with a period', () => {
    expect(formatChicago(xinhua)).toEqual([
      { text: 'Xinhua. “Steel output of Baogang Group rises to 10.22 mln ton in 2011.” ' },
      { text: "People's Daily Online", italic: true },
      { text: ', February 27, 2012. http://en.people.cn/90778/7740697.html.' },
    ]);
  });

  it('ends an article without URL after the date', () => {
    expect(chicago(chinaDaily)).toBe(
      '“Baotou boosts industrial chain in steel sector.” China Daily, April 12, 2023.',
    );
  });

  it('formats an undated Wikipedia entry with n.d. and the access date', () => {
    expect(formatChicago(wikipedia)).toEqual([
      { text: 'Wikipedia contributors. “Baotou Steel.” ' },
      { text: 'English Wikipedia', italic: true },
      {
        text: ', n.d. Accessed November 21, 2026. https://en.wikipedia.org/wiki/Baotou_Steel.',
      },
    ]);
  });

  it('gives "ca." and the year of a circa date, capitalized when it starts the sentence', () => {
    expect(formatChicago(citic)).toEqual([
      { text: 'CITIC Securities. ' },
      { text: '北方稀土 company history (CITIC Securities report excerpt)', italic: true },
      { text: '. Ca. 2024. https://newsflash.city/2402/2473855de9228aa1.html.' },
    ]);
    expect(chicago({ ...citic, author: undefined })).toBe(
      '北方稀土 company history (CITIC Securities report excerpt). CITIC Securities, ca. 2024. https://newsflash.city/2402/2473855de9228aa1.html.',
    );
  });

  it('gives month and year of a year-month date', () => {
    expect(chicago({ ...chinaDaily, issued: { 'date-parts': [[2024, 2]] } })).toBe(
      '“Baotou boosts industrial chain in steel sector.” China Daily, February 2024.',
    );
  });

  it('inverts only the first of several authors', () => {
    const author = [
      { family: 'Smith', given: 'John Ronald' },
      { family: 'Dupont', given: 'Jean-Paul' },
      { family: 'Liu', given: 'Zhiyi' },
    ];
    expect(chicago({ ...chinaDaily, author })).toBe(
      'Smith, John Ronald, Jean-Paul Dupont, and Zhiyi Liu. “Baotou boosts industrial chain in steel sector.” China Daily, April 12, 2023.',
    );
    expect(chicago({ ...chinaDaily, author: author.slice(0, 2) })).toMatch(
      /^Smith, John Ronald, and Jean-Paul Dupont\. “/,
    );
    expect(
      chicago({ ...chinaDaily, author: [{ literal: 'Agencies' }, { literal: 'Xinhua' }] }),
    ).toMatch(/^Agencies and Xinhua\. “/);
  });

  it('lists seven of more than ten authors, then "et al."', () => {
    const author = Array.from({ length: 11 }, (_, i) => ({ family: `F${i + 1}`, given: 'Ann' }));
    expect(chicago({ ...chinaDaily, author })).toMatch(
      /^F1, Ann, Ann F2, Ann F3, Ann F4, Ann F5, Ann F6, Ann F7, et al\. “/,
    );
  });

  it('puts a title ending with "?" in quotes without a period', () => {
    expect(chicago({ ...xinhua, title: 'Will Baogang merge?' })).toBe(
      "Xinhua. “Will Baogang merge?” People's Daily Online, February 27, 2012. http://en.people.cn/90778/7740697.html.",
    );
  });

  it('keeps a Chinese title and a Chinese name as they are', () => {
    expect(chicago(rmzxw)).toBe(
      '彭援军. “包钢一号高炉出铁背后的故事.” 人民政协报, December 8, 2025. https://www.rmzxw.com.cn/c/2025-12-08/3830965.shtml.',
    );
  });
});

describe('month names', () => {
  it('writes every month in English in both styles', () => {
    const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => {
      const item: CslItem = { ...chinaDaily, issued: { 'date-parts': [[2020, month, 1]] } };
      return [
        apa(item).match(/\((.*?)\)/)?.[1],
        chicago(item).match(/, ([A-Z][a-z]+ 1), 2020\.$/)?.[1],
      ];
    });
    expect(months).toEqual([
      ['2020, January 1', 'January 1'],
      ['2020, February 1', 'February 1'],
      ['2020, March 1', 'March 1'],
      ['2020, April 1', 'April 1'],
      ['2020, May 1', 'May 1'],
      ['2020, June 1', 'June 1'],
      ['2020, July 1', 'July 1'],
      ['2020, August 1', 'August 1'],
      ['2020, September 1', 'September 1'],
      ['2020, October 1', 'October 1'],
      ['2020, November 1', 'November 1'],
      ['2020, December 1', 'December 1'],
    ]);
  });
});

describe('citationText', () => {
  it('joins the parts, dropping italics', () => {
    const parts: CitationPart[] = [
      { text: 'Baotou Steel. In ' },
      { text: 'English Wikipedia', italic: true },
      { text: '.' },
    ];
    expect(citationText(parts)).toBe('Baotou Steel. In English Wikipedia.');
    expect(citationText([])).toBe('');
  });
});

describe('cslJson', () => {
  const source: Source = {
    id: 'wikipedia-en-baotou-steel',
    csl: { ...wikipedia, note: 'Archived from a mirror.', issue: '3' },
    text: 'sources/wikipedia-en-baotou-steel.txt',
    sha256: '871f23dc582c209e836a5ec79040cbdc791aef3a655d01dba1d8805a4c26b332',
    coverage: 'excerpt',
    rights: 'CC BY-SA 4.0.',
  };

  it('keeps every CSL field as it is and sets id to the source id', () => {
    expect(cslJson([source])).toEqual([
      {
        id: 'wikipedia-en-baotou-steel',
        type: 'entry-encyclopedia',
        title: 'Baotou Steel',
        author: [{ literal: 'Wikipedia contributors' }],
        'container-title': 'English Wikipedia',
        publisher: 'Wikimedia Foundation',
        accessed: { 'date-parts': [[2026, 11, 21]] },
        URL: 'https://en.wikipedia.org/wiki/Baotou_Steel',
        language: 'en',
        note: 'Archived from a mirror.',
        issue: '3',
      },
    ]);
  });

  it('puts id first, overrides an id inside csl, and leaves the source unchanged', () => {
    const [item] = cslJson([{ ...source, csl: { ...source.csl, id: 'other' } }]);
    expect(Object.keys(item ?? {})[0]).toBe('id');
    expect(item?.id).toBe('wikipedia-en-baotou-steel');
    expect(source.csl).not.toHaveProperty('id');
    expect(cslJson([])).toEqual([]);
  });
});

describe('cslJsonFileName', () => {
  it('names the file after the event', () => {
    expect(cslJsonFileName('first-iron-1959')).toBe('first-iron-1959.csl.json');
  });
});
