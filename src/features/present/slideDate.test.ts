import { describe, expect, it } from 'vitest';
// The full grammar, as the page loads it for a dataset with a date such as 198X.
import '../../domain/dates/edtfGeneral';
import { en } from '../../i18n/messages/en';
import { present as zhPresent } from '../../i18n/messages/zh/present';
import { precisionPhrase } from './slideDate';

const words = en.present.precision;

describe('precisionPhrase', () => {
  it('says how precise a point in time is', () => {
    expect(precisionPhrase('1959-09-26', words)).toBe('to the day');
    expect(precisionPhrase('1959-09', words)).toBe('to the month');
    expect(precisionPhrase('1954', words)).toBe('to the year');
    expect(precisionPhrase('198X', words)).toBe('to the decade');
  });

  it('names circa and uncertain dates', () => {
    expect(precisionPhrase('1998~', words)).toBe('approximate, to the year');
    expect(precisionPhrase('1997?', words)).toBe('uncertain, to the year');
    expect(precisionPhrase('1997%', words)).toBe('approximate, uncertain, to the year');
  });

  it('says a period is one, and whether an end is unknown', () => {
    expect(precisionPhrase('1955/1963', words)).toBe('a period');
    expect(precisionPhrase('1978/..', words)).toBe('a period with no known end');
    expect(precisionPhrase('../1978', words)).toBe('a period with no known start');
  });

  it('speaks the interface language, and gives up on a date that does not parse', () => {
    expect(precisionPhrase('1959-09-26', zhPresent.precision)).toBe('精确到日');
    expect(precisionPhrase('1998~', zhPresent.precision)).toBe('约数，精确到年');
    expect(precisionPhrase('yesterday', words)).toBeNull();
    expect(precisionPhrase('', words)).toBeNull();
  });
});
