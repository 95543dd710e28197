import { describe, expect, it } from 'vitest';
import { count, digits } from './plural';

describe('digits', () => {
  it('groups thousands as en-GB does', () => {
    for (const n of [0, 7, 999, 1000, 1234, 99_999, 100_000, 1_234_567, -1, -1000, -987_654_321])
      expect(digits(n)).toBe(n.toLocaleString('en-GB'));
  });

  it('drops a fraction rather than writing it: counts are whole', () => {
    expect(digits(1234.9)).toBe('1,234');
  });
});

describe('count', () => {
  it('chooses the English plural', () => {
    expect(count(1, 'event', 'events')).toBe('1 event');
    expect(count(0, 'event', 'events')).toBe('0 events');
    expect(count(100_000, 'event', 'events')).toBe('100,000 events');
  });
});
