import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnouncer, filtersKey } from './announcer';

describe('createAnnouncer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says a selection at once', () => {
    const said: string[] = [];
    createAnnouncer((m) => said.push(m), 500).now('Selected: A, 1959');
    expect(said).toEqual(['Selected: A, 1959']);
  });

  it('says a count once the changes pause, not after every keystroke', () => {
    const said: string[] = [];
    const announcer = createAnnouncer((m) => said.push(m), 500);
    announcer.settled('40 events shown');
    vi.advanceTimersByTime(300);
    announcer.settled('12 events shown');
    vi.advanceTimersByTime(300);
    announcer.settled('3 events shown');
    expect(said).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(said).toEqual(['3 events shown']);
  });

  it('drops a waiting count when a selection is said, and after dispose', () => {
    const said: string[] = [];
    const announcer = createAnnouncer((m) => said.push(m), 500);
    announcer.settled('12 events shown');
    announcer.now('Selected: B, 1960');
    vi.advanceTimersByTime(1000);
    expect(said).toEqual(['Selected: B, 1960']);
    announcer.settled('5 events shown');
    announcer.dispose();
    vi.advanceTimersByTime(1000);
    expect(said).toEqual(['Selected: B, 1960']);
  });
});

describe('filtersKey', () => {
  it('changes with the categories or the search, not with white space around the search', () => {
    expect(filtersKey(undefined, undefined)).toBe(filtersKey(undefined, ''));
    expect(filtersKey(undefined, ' steel ')).toBe(filtersKey(undefined, 'steel'));
    expect(filtersKey(['a'], 'steel')).not.toBe(filtersKey(['a', 'b'], 'steel'));
    expect(filtersKey([], undefined)).not.toBe(filtersKey(undefined, undefined));
  });
});
