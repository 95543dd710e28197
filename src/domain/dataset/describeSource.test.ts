import { describe, expect, it } from 'vitest';
import type { Source } from './schema';
import { issuedLabel, sourceByline, sourceName } from './describeSource';

const source = (csl: Source['csl']): Source => ({
  id: 's',
  csl,
  text: 's.txt',
  sha256: '0'.repeat(64),
  coverage: 'full',
  rights: 'r',
});

describe('describing a source', () => {
  it('says the issued date at its precision, with circa', () => {
    expect(issuedLabel({ type: 'x', title: 't', issued: { 'date-parts': [[2023, 4, 12]] } })).toBe(
      '12 April 2023',
    );
    expect(
      issuedLabel({ type: 'x', title: 't', issued: { 'date-parts': [[2024, 2]], circa: true } }),
    ).toBe('c. February 2024');
    expect(issuedLabel({ type: 'x', title: 't' })).toBeNull();
    expect(
      issuedLabel(
        { type: 'x', title: 't', issued: { 'date-parts': [[2024, 2]], circa: true } },
        'zh',
      ),
    ).toBe('约2024年2月');
  });

  it('names the publisher, or the title when there is none', () => {
    expect(
      sourceName(source({ type: 'x', title: 'T', 'container-title': 'English Wikipedia' })),
    ).toBe('English Wikipedia');
    expect(sourceName(source({ type: 'x', title: 'T', publisher: 'NS Energy' }))).toBe('NS Energy');
    expect(sourceName(source({ type: 'x', title: 'T' }))).toBe('T');
  });

  it('gives a byline of publisher and date', () => {
    expect(
      sourceByline(
        source({
          type: 'x',
          title: 'T',
          'container-title': 'China Daily',
          issued: { 'date-parts': [[2023, 4, 12]] },
        }),
      ),
    ).toEqual({ publisher: 'China Daily', date: '12 April 2023' });
    expect(
      sourceByline(source({ type: 'x', title: 'T', 'container-title': 'English Wikipedia' })),
    ).toEqual({ publisher: 'English Wikipedia', date: 'undated' });
    expect(sourceByline(source({ type: 'x', title: 'T', publisher: 'NS Energy' }), 'zh')).toEqual({
      publisher: 'NS Energy',
      date: '日期不详',
    });
    expect(sourceByline(source({ type: 'x', title: 'T' }))).toEqual({
      publisher: null,
      date: 'undated',
    });
  });
});
