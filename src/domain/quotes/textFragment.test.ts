import { describe, expect, it } from 'vitest';
import { safeHttpUrl, textFragmentUrl } from './textFragment';

describe('textFragmentUrl', () => {
  it('links a short passage exactly, encoding the characters a directive reserves', () => {
    expect(textFragmentUrl('https://example.org/a', 'Baotou, 1954 – first-rate')).toBe(
      'https://example.org/a#:~:text=Baotou%2C%201954%20%E2%80%93%20first%2Drate',
    );
  });

  it('links a long passage by its first and last words', () => {
    const passage = 'one two three four five six seven eight nine ten eleven twelve thirteen';
    expect(textFragmentUrl('https://example.org/a', passage)).toBe(
      'https://example.org/a#:~:text=one%20two%20three%20four%20five,nine%20ten%20eleven%20twelve%20thirteen',
    );
  });

  it('cuts Chinese and Japanese passages by characters, and collapses no-break spaces', () => {
    const url = textFragmentUrl(
      'https://ja.wikipedia.org/wiki/x',
      '傘下の内蒙古包鋼鋼聯股份有限公司は1999年6月29日成立の上場企業',
    );
    expect(url).toMatch(/#:~:text=[^,]+,[^,]+$/);
    expect(textFragmentUrl('https://e.org/', 'a\u00a0b')).toBe('https://e.org/#:~:text=a%20b');
  });

  it('keeps an existing fragment and replaces an old directive', () => {
    expect(textFragmentUrl('https://e.org/p#top', 'x')).toBe('https://e.org/p#top:~:text=x');
    expect(textFragmentUrl('https://e.org/p#:~:text=old', 'new')).toBe(
      'https://e.org/p#:~:text=new',
    );
  });

  it('never links anything but http(s)', () => {
    expect(textFragmentUrl('javascript:alert(1)', 'x')).toBeNull();
    expect(textFragmentUrl('data:text/html,hi', 'x')).toBeNull();
    expect(textFragmentUrl('not a url', 'x')).toBeNull();
    expect(safeHttpUrl('ftp://e.org/')).toBeNull();
    expect(safeHttpUrl('http://e.org/')).toBe('http://e.org/');
    expect(safeHttpUrl(undefined)).toBeNull();
  });
});
