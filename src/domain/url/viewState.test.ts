import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatWindow,
  parseViewState,
  serializeViewState,
  windowBound,
  type ViewState,
} from './viewState';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

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
      '"grid" is not a view; showing the timeline.',
      '"yesterday" is not a date like 1959, 1959-09 or 1959-09-26; "from" was ignored.',
      '"1959-13" is not a date like 1959, 1959-09 or 1959-09-26; "to" was ignored.',
      '"<b>" is not an event id; "event" was ignored.',
      'The parameter "zoom" is not one this page uses and was ignored.',
    ]);
  });

  it('drops a window whose start is not before its end', () => {
    const { state, notices } = parseViewState('?from=1990&to=1980');
    expect(state).toEqual({ view: 'timeline' });
    expect(notices[0]).toMatch(/not before/);
  });

  it('keeps a one-year window given as the same year on both ends', () => {
    expect(parseViewState('?from=1959&to=1959').state).toMatchObject({ from: '1959', to: '1959' });
  });

  it('keeps the good category ids and names the bad ones', () => {
    const { state, notices } = parseViewState('?cat=production,,Bad%20Id,production');
    expect(state.cat).toEqual(['production']);
    expect(notices).toEqual(['Ignored category "Bad Id": not a category id.']);
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

describe('windows', () => {
  it('reads from as the start and to as the end of its period', () => {
    expect(windowBound('1959', 'from')).toBe(utc('1959-01-01'));
    expect(windowBound('1959', 'to')).toBe(utc('1960-01-01'));
    expect(windowBound('1959-09', 'to')).toBe(utc('1959-10-01'));
    expect(windowBound('1959~', 'from')).toBeUndefined();
    expect(windowBound('1955/1963', 'from')).toBeUndefined();
  });

  it('formats a window with the precision it needs', () => {
    expect(formatWindow(utc('1930-01-01'), utc('2030-01-01'))).toEqual({
      from: '1930',
      to: '2029',
    });
    expect(formatWindow(utc('1959-03-10'), utc('1961-02-01'))).toEqual({
      from: '1959-03',
      to: '1961-01',
    });
    expect(formatWindow(utc('1959-09-20'), utc('1959-10-03'))).toEqual({
      from: '1959-09-20',
      to: '1959-10-02',
    });
  });

  it('does not let floating-point noise widen a window on each reload', () => {
    expect(formatWindow(utc('1953-01-01') - 0.4, utc('1962-01-01') + 0.7)).toEqual({
      from: '1953-01',
      to: '1961-12',
    });
    expect(formatWindow(utc('1959-03-01') + 0.2, utc('1960-07-01') - 0.2)).toEqual({
      from: '1959-03',
      to: '1960-06',
    });
  });

  it('always covers the window it was given after a round trip, give or take the noise', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: utc('1800-01-01'), max: utc('2100-01-01') }),
        fc.integer({ min: 86_400_000, max: 200 * 365 * 86_400_000 }),
        (start, span) => {
          const { from, to } = formatWindow(start, start + span);
          const tolerance = Math.max(1, span * 1e-6);
          expect(windowBound(from, 'from')).toBeLessThanOrEqual(start + tolerance);
          expect(windowBound(to, 'to')).toBeGreaterThanOrEqual(start + span - tolerance);
        },
      ),
    );
  });
});
