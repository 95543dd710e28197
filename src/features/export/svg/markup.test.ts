import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { el, escapeXml, FALLBACK_COLOR, hexColor, num, safeColor, text } from './markup';

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;',
    );
  });

  it('drops characters XML cannot hold, and lone surrogates, but keeps real text', () => {
    expect(escapeXml('a\u0000b\u0008c\u001fd\ufffee\ud800f')).toBe('abcdef');
    expect(escapeXml('包钢 ’ 😀 \t\n')).toBe('包钢 ’ 😀 \t\n');
  });
});

describe('colours', () => {
  it('accepts #rrggbb only', () => {
    expect(hexColor('#9A3412')).toBe('#9a3412');
    for (const bad of ['red', '#abc', '#12345g', 'url(#x)', '#123456" onload="x', ' #123456'])
      expect(hexColor(bad)).toBeNull();
    expect(safeColor('javascript:alert(1)')).toBe(FALLBACK_COLOR);
  });
});

describe('el', () => {
  it('builds well-formed elements whose values are only ever text', () => {
    const hostile = `"/><script>alert(1)</script><x y="`;
    const markup = el('g', { 'data-id': hostile, x: 1.005 }, el('text', {}, text(hostile)));
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    expect(doc.getElementsByTagName('script').length).toBe(0);
    expect(doc.documentElement?.getAttribute('data-id')).toBe(hostile);
    expect(doc.getElementsByTagName('text')[0]?.textContent).toBe(hostile);
  });

  it('leaves out null, undefined and false attributes and closes empty elements', () => {
    expect(el('rect', { a: null, b: undefined, c: false, d: 0 })).toBe('<rect d="0"/>');
  });

  it('refuses names that are not plain SVG names, and event handlers', () => {
    expect(() => el('g', { onload: 'x' })).toThrow(/Not an SVG name/);
    expect(() => el('g', { 'x onload': 'x' })).toThrow();
    expect(() => el('script x', {})).toThrow();
  });

  it('writes numbers short, never in exponent notation', () => {
    expect(num(1e-14)).toBe('0');
    expect(num(-0.001)).toBe('0');
    expect(num(12.3456)).toBe('12.35');
  });
});
