/**
 * SVG has no line wrapping or ellipsis: the export decides where lines break and where a label
 * is cut, with a measuring function handed in (the browser's canvas in the app, a fixed-width
 * stand-in in tests), so this stays pure.
 */
export interface TextFont {
  size: number;
  bold?: boolean;
}

/** Width in px of a text drawn in a font. */
export type Measure = (text: string, font: TextFont) => number;

/** Han, kana, hangul and full-width forms: a line may break between any two of them. */
const CJK = '\\u2e80-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\uff00-\\uffef';
/** Punctuation that must not start a line, so it stays with the character before it. */
const CLOSING = '，。、；：！？）》」』】,.;:!?)';
const TOKEN = new RegExp(`[${CJK}][${CLOSING}]*|[^\\s${CJK}]+|\\s+`, 'gu');

/**
 * Greedy line breaking: words (and single CJK characters) are added while the line fits in
 * `maxWidth`; a word longer than a whole line (a URL) is broken between characters.
 */
export function wrapText(
  value: string,
  maxWidth: number,
  font: TextFont,
  measure: Measure,
): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const token of value.match(TOKEN) ?? []) {
    if (/^\s+$/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    if (measure(line + token, font) <= maxWidth) {
      line += token;
      continue;
    }
    push();
    if (measure(token, font) <= maxWidth) {
      line = token;
      continue;
    }
    for (const char of token) {
      if (line && measure(line + char, font) > maxWidth) push();
      line += char;
    }
  }
  push();
  return lines;
}

/** The text, or as much of it as fits followed by an ellipsis. */
export function fitText(value: string, maxWidth: number, font: TextFont, measure: Measure): string {
  if (measure(value, font) <= maxWidth) return value;
  const chars = [...value];
  let low = 0;
  let high = chars.length;
  // The longest prefix that fits with its ellipsis: widths grow with length, so bisect.
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`, font) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '' : `${chars.slice(0, low).join('').trimEnd()}…`;
}
