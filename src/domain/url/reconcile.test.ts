import { describe, expect, it } from 'vitest';
import { reconcileWithDataset, type DatasetFacts } from './reconcile';

const facts: DatasetFacts = {
  eventIds: new Set(['first-iron', 'founded']),
  sourceIds: new Set(['china-daily']),
  categoryIds: new Set(['production', 'rare-earths']),
  extent: [Date.UTC(1925, 0, 1), Date.UTC(2026, 0, 1)],
};

describe('reconcileWithDataset', () => {
  it('changes nothing in a URL the dataset can show', () => {
    expect(
      reconcileWithDataset(
        {
          view: 'timeline',
          event: 'founded',
          source: 'china-daily',
          cat: ['production'],
          from: '1950',
        },
        facts,
      ),
    ).toEqual({ fixes: {}, notices: [] });
  });

  it('drops unknown ids and keeps the known ones', () => {
    const { fixes, notices } = reconcileWithDataset(
      {
        view: 'list',
        event: 'nope',
        source: 'gone',
        cat: ['production', 'people'],
        tour: ['x', 'founded'],
      },
      facts,
    );
    expect(fixes).toEqual({
      event: undefined,
      source: undefined,
      cat: ['production'],
      tour: ['founded'],
    });
    expect(notices).toEqual([
      { kind: 'unknownIds', param: 'event', values: ['nope'] },
      { kind: 'unknownIds', param: 'source', values: ['gone'] },
      { kind: 'unknownIds', param: 'cat', values: ['people'] },
      { kind: 'unknownIds', param: 'tour', values: ['x'] },
    ]);
  });

  it('drops a category or tour list that names nothing known', () => {
    expect(reconcileWithDataset({ view: 'timeline', cat: ['people'] }, facts).fixes).toEqual({
      cat: undefined,
    });
  });

  it('drops a window wholly outside the data, and keeps one that overlaps it', () => {
    for (const window of [{ from: '3000' }, { to: '1000' }, { from: '2026', to: '2030' }]) {
      const { fixes, notices } = reconcileWithDataset({ view: 'timeline', ...window }, facts);
      expect(fixes).toEqual({ from: undefined, to: undefined });
      expect(notices).toEqual([{ kind: 'windowOutsideData', ...window }]);
    }
    expect(
      reconcileWithDataset({ view: 'timeline', from: '1900', to: '1930' }, facts).notices,
    ).toEqual([]);
  });
});
