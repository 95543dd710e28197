import { describe, expect, it } from 'vitest';
import { fitText, wrapText, type Measure } from './textLayout';

/** Every character 10 px wide. */
const measure: Measure = (value) => [...value].length * 10;
const font = { size: 10 };

describe('wrapText', () => {
  it('breaks between words so that every line fits', () => {
    const lines = wrapText('the quick brown fox jumps over', 100, font, measure);
    expect(lines).toEqual(['the quick', 'brown fox', 'jumps over']);
    for (const line of lines) expect(measure(line, font)).toBeLessThanOrEqual(100);
  });

  it('breaks Chinese between characters, keeping closing punctuation with the one before', () => {
    const lines = wrapText('包钢集团成立于一九五四年，位于包头。', 50, font, measure);
    expect(lines.join('')).toBe('包钢集团成立于一九五四年，位于包头。');
    for (const line of lines) expect(line.startsWith('，')).toBe(false);
    for (const line of lines) expect(measure(line, font)).toBeLessThanOrEqual(60);
  });

  it('breaks a word longer than a line (a URL) between characters', () => {
    const lines = wrapText('See https://example.org/a/very/long/path', 100, font, measure);
    expect(lines[0]).toBe('See');
    expect(lines.join('')).toBe('Seehttps://example.org/a/very/long/path');
    for (const line of lines) expect(measure(line, font)).toBeLessThanOrEqual(100);
  });

  it('gives no lines for blank text', () => {
    expect(wrapText('   ', 100, font, measure)).toEqual([]);
  });
});

describe('fitText', () => {
  it('keeps text that fits and cuts the rest with an ellipsis', () => {
    expect(fitText('short', 100, font, measure)).toBe('short');
    expect(fitText('a rather long title', 100, font, measure)).toBe('a rather…');
    expect(fitText('abc', 5, font, measure)).toBe('');
  });
});
