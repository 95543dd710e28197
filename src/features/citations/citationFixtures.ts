import type { CslItem } from '../../domain/dataset/schema';
import { citationText, formatApa, formatChicago } from './formatCitation';

// Shared by formatCitation.test.ts and formatCitation.apa.test.ts.

const accessed = { 'date-parts': [[2026, 11, 21]] };

/** Real sources of data/baogang.timeline.json (notes left out). */
export const xinhua: CslItem = {
  type: 'article-newspaper',
  title: 'Steel output of Baogang Group rises to 10.22 mln ton in 2011',
  author: [{ literal: 'Xinhua' }],
  'container-title': "People's Daily Online",
  publisher: 'Xinhua News Agency',
  issued: { 'date-parts': [[2012, 2, 27]] },
  accessed,
  URL: 'http://en.people.cn/90778/7740697.html',
  language: 'en',
};

export const chinaDaily: CslItem = {
  type: 'article-newspaper',
  title: 'Baotou boosts industrial chain in steel sector',
  'container-title': 'China Daily',
  publisher: 'China Daily',
  issued: { 'date-parts': [[2023, 4, 12]] },
  accessed,
  language: 'en',
};

export const wikipedia: CslItem = {
  type: 'entry-encyclopedia',
  title: 'Baotou Steel',
  author: [{ literal: 'Wikipedia contributors' }],
  'container-title': 'English Wikipedia',
  publisher: 'Wikimedia Foundation',
  accessed,
  URL: 'https://en.wikipedia.org/wiki/Baotou_Steel',
  language: 'en',
};

export const citic: CslItem = {
  type: 'report',
  title: '北方稀土 company history (CITIC Securities report excerpt)',
  author: [{ literal: 'CITIC Securities' }],
  publisher: 'CITIC Securities',
  issued: { 'date-parts': [[2024, 2]], circa: true },
  accessed,
  URL: 'https://newsflash.city/2402/2473855de9228aa1.html',
  language: 'en',
};

export const rmzxw: CslItem = {
  type: 'article-newspaper',
  title: '包钢一号高炉出铁背后的故事',
  author: [{ family: '彭', given: '援军' }],
  'container-title': '人民政协报',
  publisher: '人民政协网',
  issued: { 'date-parts': [[2025, 12, 8]] },
  accessed,
  URL: 'https://www.rmzxw.com.cn/c/2025-12-08/3830965.shtml',
  language: 'zh-Hans',
};

export const apa = (item: CslItem) => citationText(formatApa(item));
export const chicago = (item: CslItem) => citationText(formatChicago(item));
