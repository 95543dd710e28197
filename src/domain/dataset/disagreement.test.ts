import { describe, expect, it } from 'vitest';
import { dateDisagreement } from './disagreement';

const evidence = (...pairs: [string, string | undefined][]) => ({
  evidence: pairs.map(([source, date]) => ({ source, exact: 'x', ...(date ? { date } : {}) })),
});

describe('dateDisagreement', () => {
  it('finds sources whose dates cannot both be true', () => {
    expect(
      dateDisagreement(evidence(['ja', '1999-06-29'], ['en', '1997'], ['zh', '1997'])),
    ).toEqual([
      { date: '1997', sources: ['en', 'zh'] },
      { date: '1999-06-29', sources: ['ja'] },
    ]);
  });

  it('lists three different years in order', () => {
    expect(
      dateDisagreement(evidence(['a', '1936'], ['b', '1934'], ['c', '1935']))?.map((c) => c.date),
    ).toEqual(['1934', '1935', '1936']);
  });

  it('does not count a more precise date inside a vaguer one as a disagreement', () => {
    expect(dateDisagreement(evidence(['a', '1959-10'], ['b', '1959-10-15']))).toBeNull();
    expect(dateDisagreement(evidence(['a', '2007'], ['b', '2007-03-06']))).toBeNull();
    expect(dateDisagreement(evidence(['a', '1955/1963'], ['b', '1959']))).toBeNull();
  });

  it('needs at least two dates', () => {
    expect(dateDisagreement(evidence(['a', '1954'], ['b', undefined]))).toBeNull();
    expect(dateDisagreement(evidence())).toBeNull();
  });

  it('counts a source once per date', () => {
    expect(dateDisagreement(evidence(['a', '1954'], ['a', '1954'], ['b', '1959']))).toEqual([
      { date: '1954', sources: ['a'] },
      { date: '1959', sources: ['b'] },
    ]);
  });
});
