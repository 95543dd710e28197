import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWindow, windowBound } from './windowDates';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('windows', () => {
  it('reads from as the start and to as the end of its period', () => {
    expect(windowBound('1959', 'from')).toBe(utc('1959-01-01'));
    expect(windowBound('1959', 'to')).toBe(utc('1960-01-01'));
    expect(windowBound('1959-09', 'to')).toBe(utc('1959-10-01'));
    expect(windowBound('1959~', 'from')).toBeUndefined();
    expect(windowBound('1955/1963', 'from')).toBeUndefined();
  });

  it('reads any year, and refuses days that do not exist', () => {
    expect(windowBound('0950', 'from')).toBe(utc('0950-01-01'));
    expect(windowBound('0050-03', 'to')).toBe(new Date('0050-04-01T00:00:00Z').getTime());
    expect(windowBound('-0044', 'from')).toBe(new Date('-000044-01-01T00:00:00Z').getTime());
    expect(windowBound('2000-02-29', 'to')).toBe(utc('2000-03-01'));
    for (const bad of ['1959-13', '1959-02-29', '1959-04-31', '1959-00', '59'])
      expect(windowBound(bad, 'from'), bad).toBeUndefined();
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
