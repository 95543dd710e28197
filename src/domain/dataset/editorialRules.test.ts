import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  editorialProblems,
  figuresInPassages,
  honestDerivedBasis,
  namedDisagreement,
  ownWords,
} from './editorialRules';
import type { Dataset, Evidence, TimelineEvent } from './schema';

function event(overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id: 'e',
    title: 'An event',
    summary: 'Something happens.',
    date: { edtf: '1999', label: '1999', basis: 'stated' },
    category: 'c',
    evidence: [{ source: 's', exact: 'Something happened in 1999.' }],
    ...overrides,
  };
}

const at = ['events', 0];
const paths = (problems: { at: (string | number)[] }[]) => problems.map((p) => p.at.join('.'));

describe('figuresInPassages', () => {
  const withFigure = (value: string, evidence: Evidence[]) =>
    event({ figures: [{ kind: 'count', value }], evidence });

  it.each<[string, Evidence]>([
    ['900000', { source: 's', exact: 'more than 900,000 metric tons' }],
    ['5000000000', { source: 's', exact: 'a gross profit of RMB 5.0 billion' }],
    ['260000000', { source: 's', exact: '2009: Invests 260m yuan' }],
    ['11000000', { source: 's', exact: '年產礦石1100萬噸', translation: 'ore a year' }],
    ['5', { source: 's', exact: '等五種新礦物', translation: 'new minerals' }],
    ['7.20', { source: 's', exact: '中国信達資産管理公司が7.20%' }],
    ['61.20', { source: 's', exact: '包頭鋼鉄が同社に対して61.20%出資する' }],
    ['1530000', { source: 's', exact: 'exported 1.53 million tons of steel' }],
  ])('accepts %s written in the passage', (value, evidence) => {
    expect(figuresInPassages(withFigure(value, [evidence]), at)).toEqual([]);
  });

  it('accepts a value written only in the translation of the passage', () => {
    const e = withFigure('6700', [
      { source: 's', exact: '職工總數陸千柒百人', translation: '6,700 staff in all' },
    ]);
    expect(figuresInPassages(e, at)).toEqual([]);
  });

  it('accepts a value written in any passage of the event, not only the first', () => {
    const e = withFigure('45', [
      { source: 's', exact: 'No numbers here.' },
      { source: 't', exact: 'responsible for 45% of global production' },
    ]);
    expect(figuresInPassages(e, at)).toEqual([]);
  });

  it('rejects a value no passage of the event writes, at the figure value', () => {
    const e = event({
      figures: [
        { kind: 'count', value: '5' },
        { kind: 'money', value: '57500000000', unit: 'CNY' },
      ],
      evidence: [{ source: 's', exact: 'up by 16.4 billion, five new minerals' }],
    });
    expect(paths(figuresInPassages(e, at))).toEqual(['events.0.figures.1.value']);
  });

  it('does not take a part of a number for the number', () => {
    const e = withFigure('900', [{ source: 's', exact: 'more than 900,000 tons' }]);
    expect(figuresInPassages(e, at)).toHaveLength(1);
  });
});

describe('honestDerivedBasis', () => {
  const derived = (note: string) =>
    event({ date: { edtf: '2007-03-06', label: '6 March 2007', basis: 'derived', note } });

  it('accepts arithmetic from the source date', () => {
    expect(
      honestDerivedBasis(derived('Dated 7 March 2007, "yesterday": 7 March − 1 day.'), at),
    ).toEqual([]);
  });

  it.each([
    'The start is an editorial reading of "recent years".',
    'Assumed to be the year of the article.',
    'We make the assumption that it means 2007.',
    'It was probably written about 2010.',
    'The 21st century is taken to begin in 2001.',
  ])('rejects a derived date whose note says it is a reading: %s', (note) => {
    expect(paths(honestDerivedBasis(derived(note), at))).toEqual(['events.0.date.basis']);
  });

  it('lets an inferred date say so', () => {
    const e = event({
      date: { edtf: '2019~', label: 'c. 2019', basis: 'inferred', note: 'An editorial reading.' },
    });
    expect(honestDerivedBasis(e, at)).toEqual([]);
  });
});

describe('namedDisagreement', () => {
  const disputed = (note?: string) =>
    event({
      date: { edtf: '1997/1999-06-29', label: '1997 or 1999', basis: 'stated', note },
      evidence: [
        { source: 'en', exact: 'established in 1997', date: '1997' },
        { source: 'ja', exact: '1999年6月29日成立', date: '1999-06-29', translation: 'x' },
      ],
    });

  it('accepts a note that says the sources disagree and gives every year', () => {
    const note = 'The sources disagree: 1997 in English, 29 June 1999 in Japanese.';
    expect(namedDisagreement(disputed(note), at)).toEqual([]);
    expect(namedDisagreement(disputed('Sources differ (1997; 1999).'), at)).toEqual([]);
  });

  it('requires a note', () => {
    const [problem, ...rest] = namedDisagreement(disputed(), at);
    expect(rest).toEqual([]);
    expect(problem?.at).toEqual(['events', 0, 'date', 'note']);
    expect(problem?.message).toBe(
      'is required: the sources give different dates, 1997 ("en") and 1999-06-29 ("ja")',
    );
  });

  it('requires the note to say that they disagree, and to name each year', () => {
    expect(namedDisagreement(disputed('Founded 1997 or 1999.'), at)).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^must say that the sources/) }),
    ]);
    expect(namedDisagreement(disputed('The sources disagree about 1997.'), at)).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/it does not mention 1999$/) }),
    ]);
  });

  it('asks nothing of an event whose dates only differ in precision', () => {
    const e = event({
      evidence: [
        { source: 'a', exact: 'x', date: '1959-10-15' },
        { source: 'b', exact: 'y', date: '1959-10' },
      ],
    });
    expect(namedDisagreement(e, at)).toEqual([]);
  });
});

describe('ownWords', () => {
  const passage =
    'It has made significant strides in rare earth material technologies, positioning itself as a leading producer of high-end steel and rare earth products while expanding its global footprint.';

  it('rejects a run of twelve or more words copied from a passage', () => {
    const e = event({
      summary: `The company says it is positioning itself as a leading producer of high-end steel and rare earth products.`,
      evidence: [{ source: 's', exact: passage }],
    });
    const [problem] = ownWords(e, at);
    expect(problem?.at).toEqual(['events', 0, 'summary']);
    expect(problem?.message).toMatch(
      /^repeats the passage of evidence\[0\] word for word \("positioning itself as a leading producer of high end steel and rare earth products"\)/,
    );
  });

  it('accepts the same words inside quotation marks: quoted, not claimed', () => {
    const e = event({
      summary: `The company says it is “positioning itself as a leading producer of high-end steel and rare earth products”.`,
      evidence: [{ source: 's', exact: passage }],
    });
    expect(ownWords(e, at)).toEqual([]);
  });

  it('accepts a paraphrase that shares names and short phrases', () => {
    const e = event({
      summary:
        'The company says it is becoming a leading maker of high-end steel and rare-earth goods.',
      evidence: [{ source: 's', exact: passage }],
    });
    expect(ownWords(e, at)).toEqual([]);
  });

  it('checks translated summaries too, weighing a CJK character as half a word', () => {
    const e = event({
      summary: 'The Japanese army occupied the Baotou area.',
      evidence: [
        { source: 's', exact: '抗日战争时期,日军占据包头地区。1944年日本控制', translation: 'x' },
      ],
      translations: {
        zh: { summary: '抗日战争时期日军占据包头地区。' },
        ja: { summary: '日军占据包头地区。' },
      },
    });
    expect(paths(ownWords(e, at))).toEqual(['events.0.translations.zh.summary']);
  });
});

describe('editorialProblems', () => {
  it('finds nothing to object to in the Baogang dataset', () => {
    const dataset = JSON.parse(
      readFileSync(new URL('../../../data/baogang.timeline.json', import.meta.url), 'utf8'),
    ) as Dataset;
    expect(editorialProblems(dataset)).toEqual([]);
  });

  it('names the event and the JSON path of each problem', () => {
    const dataset = {
      events: [event(), event({ id: 'x', figures: [{ kind: 'count', value: '3' }] })],
    } as Dataset;
    expect(editorialProblems(dataset)).toEqual([
      {
        path: 'events[1].figures[0].value',
        eventId: 'x',
        message: expect.stringMatching(/^"3" is not written/),
      },
    ]);
  });
});
