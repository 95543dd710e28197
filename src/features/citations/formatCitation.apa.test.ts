import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../domain/dataset/schema';
import { apa, chinaDaily, citic, rmzxw, wikipedia, xinhua } from './citationFixtures';
import { formatApa } from './formatCitation';

describe('formatApa', () => {
  it('formats a newspaper article with a full date, italicizing only the newspaper', () => {
    expect(formatApa(xinhua)).toEqual([
      {
        text: 'Xinhua. (2012, February 27). Steel output of Baogang Group rises to 10.22 mln ton in 2011. ',
      },
      { text: "People's Daily Online", italic: true },
      { text: '. http://en.people.cn/90778/7740697.html' },
    ]);
  });

  it('ends an article without URL after the container (and leads with the title without author)', () => {
    expect(apa(chinaDaily)).toBe(
      'Baotou boosts industrial chain in steel sector. (2023, April 12). China Daily.',
    );
  });

  it('formats an undated Wikipedia entry with "In" and the retrieval date, no final period', () => {
    expect(formatApa(wikipedia)).toEqual([
      { text: 'Wikipedia contributors. (n.d.). Baotou Steel. In ' },
      { text: 'English Wikipedia', italic: true },
      { text: '. Retrieved November 21, 2026, from https://en.wikipedia.org/wiki/Baotou_Steel' },
    ]);
  });

  it('gives only the year of a circa date, italicizes a standalone report, omits its publisher when it is the author', () => {
    expect(formatApa(citic)).toEqual([
      { text: 'CITIC Securities. (ca. 2024). ' },
      { text: '北方稀土 company history (CITIC Securities report excerpt)', italic: true },
      { text: '. https://newsflash.city/2402/2473855de9228aa1.html' },
    ]);
  });

  it('gives year and month of a year-month date', () => {
    expect(apa({ ...citic, issued: { 'date-parts': [[2024, 2]] } })).toBe(
      'CITIC Securities. (2024, February). 北方稀土 company history (CITIC Securities report excerpt). https://newsflash.city/2402/2473855de9228aa1.html',
    );
  });

  it('does not give a retrieval date when the work is dated, nor without URL', () => {
    expect(apa({ ...wikipedia, issued: { 'date-parts': [[2020]] } })).toBe(
      'Wikipedia contributors. (2020). Baotou Steel. In English Wikipedia. https://en.wikipedia.org/wiki/Baotou_Steel',
    );
    expect(apa({ ...wikipedia, URL: undefined })).toBe(
      'Wikipedia contributors. (n.d.). Baotou Steel. In English Wikipedia.',
    );
  });

  it('joins several family/given authors APA-style, with initials', () => {
    const item: CslItem = {
      ...chinaDaily,
      author: [
        { family: 'Smith', given: 'John Ronald' },
        { family: 'Dupont', given: 'Jean-Paul' },
        { family: 'Liu', given: 'Zhiyi' },
      ],
    };
    expect(apa(item)).toBe(
      'Smith, J. R., Dupont, J.-P., & Liu, Z. (2023, April 12). Baotou boosts industrial chain in steel sector. China Daily.',
    );
    expect(apa({ ...item, author: item.author?.slice(0, 2) })).toBe(
      'Smith, J. R., & Dupont, J.-P. (2023, April 12). Baotou boosts industrial chain in steel sector. China Daily.',
    );
  });

  it('lists 19 of more than 20 authors, then ". . ." and the last', () => {
    const author = Array.from({ length: 21 }, (_, i) => ({ family: `F${i + 1}`, given: 'Ann' }));
    expect(apa({ ...chinaDaily, author })).toMatch(
      /^F1, A\., F2, A\., .*F19, A\., \. \. \. F21, A\. \(2023, April 12\)\. /,
    );
    expect(apa({ ...chinaDaily, author })).not.toContain('F20');
  });

  it('does not add a period after a title ending with "?"', () => {
    const item: CslItem = { ...xinhua, title: 'Will Baogang merge? ' };
    expect(apa(item)).toBe(
      "Xinhua. (2012, February 27). Will Baogang merge? People's Daily Online. http://en.people.cn/90778/7740697.html",
    );
    expect(apa({ ...item, author: undefined })).toBe(
      "Will Baogang merge? (2012, February 27). People's Daily Online. http://en.people.cn/90778/7740697.html",
    );
    expect(apa({ ...citic, title: 'Why rare earths?' })).toBe(
      'CITIC Securities. (ca. 2024). Why rare earths? https://newsflash.city/2402/2473855de9228aa1.html',
    );
  });

  it('keeps a Chinese title and a Chinese name as they are', () => {
    expect(apa(rmzxw)).toBe(
      '彭援军. (2025, December 8). 包钢一号高炉出铁背后的故事. 人民政协报. https://www.rmzxw.com.cn/c/2025-12-08/3830965.shtml',
    );
  });

  it('never changes the case of a title', () => {
    const item: CslItem = { ...chinaDaily, title: 'BAOTOU-Mittal talks End in STALEMATE' };
    expect(apa(item)).toBe('BAOTOU-Mittal talks End in STALEMATE. (2023, April 12). China Daily.');
  });

  it('does not double the period of an author or container ending with one', () => {
    const item: CslItem = {
      ...chinaDaily,
      author: [{ literal: 'Example Co.' }],
      'container-title': 'Steel News Inc.',
    };
    expect(formatApa(item)).toEqual([
      { text: 'Example Co. (2023, April 12). Baotou boosts industrial chain in steel sector. ' },
      { text: 'Steel News Inc.', italic: true },
    ]);
  });

  it('trims fields', () => {
    const item: CslItem = {
      ...xinhua,
      title: '  Steel output  ',
      author: [{ literal: ' Xinhua ' }],
      'container-title': ' PDO ',
      URL: 'http://en.people.cn/1.html',
    };
    expect(apa(item)).toBe(
      'Xinhua. (2012, February 27). Steel output. PDO. http://en.people.cn/1.html',
    );
  });

  it('writes a bracketed description of an untitled work in plain text', () => {
    const magazine: CslItem = {
      type: 'article-magazine',
      title: '[Magazine feature on Baotou and Baogang]',
      author: [{ family: '薛', given: '國峰' }],
      issued: { 'date-parts': [[2022, 9, 15]] },
      URL: 'http://www.handmsg.com/page/2022/0915/17960394.shtml',
    };
    expect(formatApa(magazine)).toEqual([
      {
        text: '薛國峰. (2022, September 15). [Magazine feature on Baotou and Baogang]. http://www.handmsg.com/page/2022/0915/17960394.shtml',
      },
    ]);
  });

  it('uses a literal date, gives the years of a range, and drops an impossible month', () => {
    expect(apa({ ...chinaDaily, issued: { literal: 'Spring 1960' } })).toContain('(Spring 1960).');
    expect(apa({ ...chinaDaily, issued: { 'date-parts': [[2019, 5], [2021]] } })).toContain(
      '(2019–2021).',
    );
    expect(apa({ ...chinaDaily, issued: { 'date-parts': [[2019, 13, 2]] } })).toContain('(2019).');
  });
});
