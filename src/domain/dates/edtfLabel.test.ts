import { describe, expect, it } from 'vitest';
import { edtfLabel } from './edtfLabel';

describe('edtfLabel', () => {
  it('says a date as precisely as it is given', () => {
    expect(edtfLabel('1999-06-29')).toBe('29 June 1999');
    expect(edtfLabel('1959-10')).toBe('October 1959');
    expect(edtfLabel('1997')).toBe('1997');
    expect(edtfLabel('198X')).toBe('the 1980s');
  });

  it('keeps circa and uncertainty', () => {
    expect(edtfLabel('1998~')).toBe('c. 1998');
    expect(edtfLabel('1997?')).toBe('1997?');
  });

  it('says intervals, open ones included', () => {
    expect(edtfLabel('1955/1963')).toBe('1955–1963');
    expect(edtfLabel('2018-01/2018-10')).toBe('January 2018–October 2018');
    expect(edtfLabel('1978/..')).toBe('1978 onwards');
    expect(edtfLabel('../1985')).toBe('until 1985');
  });

  it('gives back what it cannot read', () => {
    expect(edtfLabel('sometime')).toBe('sometime');
  });
});
