import { describe, expect, it } from 'vitest';
import { edtfLabel } from './edtfLabel';
// Some dates here need the full grammar, which the page loads before such a dataset arrives.
import './edtfGeneral';

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

describe('edtfLabel in Chinese', () => {
  it('says every precision the Chinese way', () => {
    expect(edtfLabel('1959-09-26', 'zh')).toBe('1959年9月26日');
    expect(edtfLabel('1959-10', 'zh')).toBe('1959年10月');
    expect(edtfLabel('1997', 'zh')).toBe('1997年');
    expect(edtfLabel('198X', 'zh')).toBe('1980年代');
    expect(edtfLabel('1998~', 'zh')).toBe('约1998年');
    expect(edtfLabel('1997?', 'zh')).toBe('1997年？');
  });

  it('says intervals, with one 年 for two bare years', () => {
    expect(edtfLabel('1934/1936', 'zh')).toBe('1934–1936年');
    expect(edtfLabel('2018-01/2018-10', 'zh')).toBe('2018年1月–2018年10月');
    expect(edtfLabel('1978/..', 'zh')).toBe('1978年起');
    expect(edtfLabel('../1985', 'zh')).toBe('至1985年');
  });

  it('counts years before the common era once, the same way in both languages', () => {
    expect(edtfLabel('-0044', 'en')).toBe('45 BCE');
    expect(edtfLabel('-0044', 'zh')).toBe('公元前45年');
  });
});
