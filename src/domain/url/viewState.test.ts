import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState, type ViewState } from './viewState';

describe('parseViewState', () => {
  it('gives the default state for an empty query', () => {
    expect(parseViewState('')).toEqual({ state: { view: 'timeline' }, notices: [] });
  });

  it('reads every parameter of the contract', () => {
    const { state, notices } = parseViewState(
      '?dataset=data/x.json&view=list&from=1950&to=1960-06&cat=production,rare-earths&q=blast%20furnace&event=first-iron-1959&source=chinadaily-2023-04-12',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      dataset: 'data/x.json',
      view: 'list',
      from: '1950',
      to: '1960-06',
      cat: ['production', 'rare-earths'],
      q: 'blast furnace',
      event: 'first-iron-1959',
      source: 'chinadaily-2023-04-12',
    });
  });

  it('drops invalid values with a notice for each, keeping the rest', () => {
    const { state, notices } = parseViewState(
      '?view=grid&from=yesterday&to=1959-13&event=<b>&zoom=3&q=steel',
    );
    expect(state).toEqual({ view: 'timeline', q: 'steel' });
    expect(notices).toEqual([
      { kind: 'badValue', param: 'view', value: 'grid' },
      { kind: 'badDate', param: 'from', value: 'yesterday' },
      { kind: 'badDate', param: 'to', value: '1959-13' },
      { kind: 'badId', param: 'event', value: '<b>' },
      { kind: 'unknownParam', param: 'zoom' },
    ]);
  });

  it('drops a window whose start is not before its end', () => {
    const { state, notices } = parseViewState('?from=1990&to=1980');
    expect(state).toEqual({ view: 'timeline' });
    expect(notices).toEqual([{ kind: 'reversedWindow', from: '1990', to: '1980' }]);
  });

  it('keeps a one-year window given as the same year on both ends', () => {
    expect(parseViewState('?from=1959&to=1959').state).toMatchObject({ from: '1959', to: '1959' });
  });

  it('keeps the good category ids and names the bad ones', () => {
    const { state, notices } = parseViewState('?cat=production,,Bad%20Id,production');
    expect(state.cat).toEqual(['production']);
    expect(notices).toEqual([{ kind: 'badIds', param: 'cat', values: ['Bad Id'] }]);
  });

  it('uses the first of a repeated parameter', () => {
    const { state, notices } = parseViewState('?q=one&q=two');
    expect(state.q).toBe('one');
    expect(notices).toHaveLength(1);
  });

  it('does not treat an empty parameter as an error', () => {
    expect(parseViewState('?q=&cat=')).toEqual({ state: { view: 'timeline' }, notices: [] });
  });
});

describe('serializeViewState', () => {
  it('writes only non-default values, in a fixed order', () => {
    expect(serializeViewState({ view: 'timeline' })).toBe('');
    expect(
      serializeViewState({ view: 'timeline', event: 'a', from: '1950', cat: ['x', 'y'] }),
    ).toBe('?from=1950&cat=x,y&event=a');
  });

  it('escapes what needs escaping', () => {
    expect(serializeViewState({ view: 'list', q: 'a&b=c d' })).toBe('?view=list&q=a%26b%3Dc+d');
  });

  it('round-trips any valid state', () => {
    const id = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
    const state = fc.record(
      {
        dataset: fc.constantFrom('data/a.json', 'https://example.org/t.json?x=1&y=2'),
        view: fc.constantFrom('timeline' as const, 'list' as const),
        from: fc.constantFrom('1950', '1959-09', '1959-09-26'),
        cat: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
        q: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s !== ''),
        event: id,
        source: id,
      },
      { requiredKeys: ['view'] },
    );
    fc.assert(
      fc.property(state, (s: ViewState) => {
        const parsed = parseViewState(serializeViewState(s));
        expect(parsed.notices).toEqual([]);
        expect(parsed.state).toEqual(s);
      }),
    );
  });
});

describe('the presenting, embedding and language parameters', () => {
  it('reads them, and writes them back in a fixed order', () => {
    const search = '?lang=zh&event=a&panel=sources&present=1&tour=a,b&play=10&embed=1';
    const { state, notices } = parseViewState(search);
    expect(notices).toEqual([]);
    expect(state).toEqual({
      view: 'timeline',
      lang: 'zh',
      event: 'a',
      panel: 'sources',
      present: true,
      tour: ['a', 'b'],
      play: 10,
      embed: true,
    });
    expect(serializeViewState(state)).toBe(search);
  });

  it('drops values out of range or unknown, with a notice, and treats 0 as off', () => {
    const { state, notices } = parseViewState(
      '?lang=fr&play=2&present=yes&embed=0&panel=people&tour=a,Bad',
    );
    expect(state).toEqual({ view: 'timeline', tour: ['a'] });
    expect(notices.map((n) => n.kind)).toEqual([
      'badValue',
      'badPlay',
      'badValue',
      'badValue',
      'badIds',
    ]);
    expect(parseViewState('?play=601').state.play).toBeUndefined();
    expect(parseViewState('?play=600').state.play).toBe(600);
    expect(parseViewState('?play=3').state.play).toBe(3);
  });
});

describe('seams found by fuzzing', () => {
  it('accepts windows at and around the Unix epoch', () => {
    expect(parseViewState('?from=1970').state.from).toBe('1970');
    expect(parseViewState('?to=1969').state.to).toBe('1969');
    expect(parseViewState('?from=1969&to=1970')).toEqual({
      state: { view: 'timeline', from: '1969', to: '1970' },
      notices: [],
    });
    expect(parseViewState('?from=1970&to=1969').notices).toEqual([
      { kind: 'reversedWindow', from: '1970', to: '1969' },
    ]);
  });

  it('never echoes more than a line of a bad value', () => {
    const { notices } = parseViewState(`?event=${'x'.repeat(10_000)}&${'k'.repeat(500)}=1`);
    for (const notice of notices) expect(JSON.stringify(notice).length).toBeLessThan(120);
  });

  it('never throws and always gives a state it can write and read back, whatever the URL', () => {
    const params = fc.constantFrom(
      'dataset',
      'lang',
      'view',
      'from',
      'to',
      'cat',
      'q',
      'event',
      'source',
      'panel',
      'present',
      'tour',
      'play',
      'embed',
      'other',
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(params, fc.string({ maxLength: 40 })), { maxLength: 8 }),
        (pairs) => {
          const search = `?${new URLSearchParams(pairs).toString()}`;
          const { state } = parseViewState(search);
          const again = parseViewState(serializeViewState(state));
          expect(again.notices).toEqual([]);
          expect(again.state).toEqual(state);
        },
      ),
    );
  });
});
