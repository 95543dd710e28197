import { describe, expect, it } from 'vitest';
import { datasetTextLang, foreignLang, localizeDataset } from './localize';
import type { Dataset } from './schema';

const dataset: Dataset = {
  format: 'timeline/1',
  title: 'Baogang Group',
  language: 'en',
  translations: { zh: { title: '包钢集团' } },
  categories: [
    { id: 'a', label: 'Production', color: '#000000', translations: { zh: { label: '生产' } } },
    { id: 'b', label: 'Rare earths', color: '#000000' },
  ],
  sources: [],
  events: [
    {
      id: 'first-iron',
      title: 'First iron',
      summary: 'The furnace taps iron.',
      date: { edtf: '1959-09-26', label: '26 September 1959', basis: 'stated' },
      category: 'a',
      evidence: [{ source: 's', exact: 'tapped', translation: 'kept' }],
      translations: { zh: { title: '第一炉铁水' } },
    },
  ],
};

describe('localizeDataset', () => {
  it('returns the dataset itself in its own language', () => {
    expect(localizeDataset(dataset, 'en')).toBe(dataset);
  });

  it('uses the translations it has and falls back to the text as written', () => {
    const zh = localizeDataset(dataset, 'zh');
    expect(zh.title).toBe('包钢集团');
    expect(zh.categories.map((c) => c.label)).toEqual(['生产', 'Rare earths']);
    const [event] = zh.events;
    expect(event?.title).toBe('第一炉铁水');
    expect(event?.summary).toBe('The furnace taps iron.');
  });

  it('says dates in the reader’s language and never touches the quotes', () => {
    const [event] = localizeDataset(dataset, 'zh').events;
    expect(event?.date.label).toBe('1959年9月26日');
    expect(event?.evidence).toBe(dataset.events[0]?.evidence);
  });
});

describe('foreignLang', () => {
  it('marks text in another language than the interface', () => {
    expect(foreignLang('en', 'zh')).toBe('en');
    expect(foreignLang('ja', 'en')).toBe('ja');
  });

  it('leaves text in the interface’s language, whatever its region or script', () => {
    expect(foreignLang('zh-Hans', 'zh')).toBe(undefined);
    expect(foreignLang('ZH-Hant', 'zh')).toBe(undefined);
    expect(foreignLang('en-GB', 'en')).toBe(undefined);
  });

  it('leaves text of unknown language to the page', () => {
    expect(foreignLang(undefined, 'zh')).toBe(undefined);
    expect(foreignLang('', 'zh')).toBe(undefined);
  });
});

describe('datasetTextLang', () => {
  const [event] = localizeDataset(dataset, 'zh').events as [Dataset['events'][number]];
  const zh = event.translations?.zh;

  it('marks an untranslated field with the dataset’s language, a translated one not', () => {
    expect(datasetTextLang(zh?.title, 'zh', 'en')).toBe(undefined);
    expect(datasetTextLang(zh?.summary, 'zh', 'en')).toBe('en');
  });

  it('marks nothing when the interface speaks the dataset’s language', () => {
    expect(datasetTextLang(undefined, 'en', 'en')).toBe(undefined);
    expect(datasetTextLang(undefined, 'zh', 'zh-Hans')).toBe(undefined);
  });

  it('marks every field of a dataset without translations', () => {
    expect(datasetTextLang(undefined, 'zh', 'en')).toBe('en');
    expect(datasetTextLang(undefined, 'en', 'ja')).toBe('ja');
  });
});
