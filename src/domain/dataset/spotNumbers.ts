import {
  canonicalNumber,
  decimalFromInteger,
  formatDecimal,
  parseDecimal,
  scaleDecimal,
  type Decimal,
} from './decimal';
import { CJK_MULTIPLIER_POWERS, cjkNumerals, englishNumberWords } from './numberWords';

/**
 * Number spotting: every value a text writes, so a figure can be checked against its passages.
 *
 * The text is first put in NFKC form (full-width １２３ and ％ become 123 and %; no-break
 * spaces become spaces). Then numbers are read:
 * - in digits, with comma thousands separators and a decimal point: "900,000", "10.22", "7.20";
 * - with a scale word or letter after them: "1.53 million", "5.0 billion", "$1.6bn", "260m";
 *   a single letter attached to the digits ("260m") is ambiguous (260 metres?), so both
 *   readings count;
 * - with Chinese or Japanese multipliers: "1007万" (10070000), "1100萬", "5.89亿", "3千万";
 * - in English words ("five", "twenty-one", "two hundred thousand") and Chinese or Japanese
 *   numerals ("五", "二十一", "一千一百万").
 * Signs are dropped ("down 5%" is how a text writes -5) and percent signs need no reading.
 * Values are returned in canonical spelling (see `canonicalNumber`), in order of first
 * appearance, without repeats.
 */
export function spotNumbers(text: string): string[] {
  const normalized = text.normalize('NFKC');
  const values = [
    ...digitNumbers(normalized),
    ...englishNumberWords(normalized).map(decimalFromInteger),
    ...cjkNumerals(normalized).map(decimalFromInteger),
  ];
  return [...new Set(values.map(formatDecimal))];
}

/** Whether a text writes the value (a plain decimal such as "900000" or "7.20"). */
export function writesNumber(text: string, value: string): boolean {
  const wanted = canonicalNumber(value);
  return wanted !== null && spotNumbers(text).includes(wanted);
}

const SCALE_WORDS: Record<string, number> = {
  hundred: 2,
  thousand: 3,
  million: 6,
  mn: 6,
  billion: 9,
  bn: 9,
  trillion: 12,
  tn: 12,
};
/** Letters glued to digits that may mean a scale: "260m", "20k", "3b". */
const SCALE_LETTERS: Record<string, number> = { k: 3, m: 6, b: 9 };

/**
 * Digits with an optional scale after them. A comma groups thousands only when exactly three
 * digits follow it ("900,000"; "1997,1998" is two numbers). Digits glued to letters still count
 * ("RMB128", and the 3 of "m3": a stray extra value only makes the check more lenient).
 */
const DIGITS = new RegExp(
  [
    String.raw`(?<!\d|\d\.)(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?`,
    // A scale word after an optional space, a scale letter glued on, or CJK multipliers.
    String.raw`(?:\s?(${Object.keys(SCALE_WORDS).join('|')})\b|([kmb])(?![A-Za-z0-9])|([${Object.keys(CJK_MULTIPLIER_POWERS).join('')}]+))?`,
  ].join(''),
  'gi',
);

function digitNumbers(text: string): Decimal[] {
  const found: Decimal[] = [];
  for (const match of text.matchAll(DIGITS)) {
    const [, whole, fraction = '', word, letter, cjk] = match;
    const value = parseDecimal(`${whole}${fraction}`) as Decimal;
    if (word) found.push(scaleDecimal(value, SCALE_WORDS[word.toLowerCase()] as number));
    else if (cjk) {
      const power = [...cjk].reduce((sum, ch) => sum + (CJK_MULTIPLIER_POWERS[ch] as number), 0);
      found.push(scaleDecimal(value, power));
    } else {
      found.push(value);
      if (letter) found.push(scaleDecimal(value, SCALE_LETTERS[letter.toLowerCase()] as number));
    }
  }
  return found;
}
