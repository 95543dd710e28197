/**
 * Numbers written in words: English ("five", "twenty-one", "two hundred thousand", "29th" is
 * handled with the digits) and Chinese or Japanese numerals ("五", "二十一", "一千一百万",
 * "二〇〇九"). Each reader returns every value it finds in a text, as exact integers.
 */

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: Record<string, bigint> = {
  thousand: 1_000n,
  million: 1_000_000n,
  billion: 1_000_000_000n,
  trillion: 1_000_000_000_000n,
};
const ORDINALS: Record<string, string> = {
  first: 'one',
  second: 'two',
  third: 'three',
  fifth: 'five',
  eighth: 'eight',
  ninth: 'nine',
  twelfth: 'twelve',
};

type WordKind = 'unit' | 'teen' | 'tens' | 'hundred' | 'scale';
interface NumberWord {
  kind: WordKind;
  value: bigint;
}

/** "fifth" → "five", "twentieth" → "twenty", "fourth" → "four"; other words unchanged. */
function cardinalOf(word: string): string {
  if (ORDINALS[word]) return ORDINALS[word];
  if (word.endsWith('ieth')) return `${word.slice(0, -4)}y`;
  if (word.endsWith('th')) return word.slice(0, -2);
  return word;
}

function numberWord(token: string): NumberWord | null {
  const word = cardinalOf(token.toLowerCase());
  const unit = UNITS.indexOf(word);
  if (unit >= 0) return { kind: unit < 10 ? 'unit' : 'teen', value: BigInt(unit) };
  const tens = TENS.indexOf(word);
  if (tens >= 0) return { kind: 'tens', value: BigInt((tens + 2) * 10) };
  if (word === 'hundred') return { kind: 'hundred', value: 100n };
  const scale = SCALES[word];
  return scale ? { kind: 'scale', value: scale } : null;
}

/** Which word may follow which in one number: "twenty-one", not "five six". */
const MAY_FOLLOW: Record<WordKind, WordKind[]> = {
  unit: ['hundred', 'scale'],
  teen: ['hundred', 'scale'],
  tens: ['unit', 'scale'],
  hundred: ['unit', 'teen', 'tens', 'scale'],
  scale: ['unit', 'teen', 'tens'],
};

function wordsValue(words: NumberWord[]): bigint {
  let total = 0n;
  let current = 0n;
  for (const { kind, value } of words) {
    if (kind === 'hundred') current = (current || 1n) * 100n;
    else if (kind === 'scale') {
      total += (current || 1n) * value;
      current = 0n;
    } else current += value;
  }
  return total + current;
}

/**
 * Every number an English text spells out. Words join into one number when only spaces,
 * hyphens or "and" separate them and they can follow each other ("two hundred and five");
 * "a hundred", "a million" count as one. Ordinals count as their number ("fifth" is 5).
 */
export function englishNumberWords(text: string): bigint[] {
  const found: bigint[] = [];
  let run: NumberWord[] = [];
  let runEnd = -1;
  let pendingA = false;
  const flush = () => {
    if (run.length) found.push(wordsValue(run));
    run = [];
  };
  for (const match of text.matchAll(/[A-Za-z]+/g)) {
    const token = match[0];
    const gap = text.slice(runEnd, match.index);
    const adjacent = runEnd >= 0 && /^[\s-]*$/.test(gap);
    const word = numberWord(token);
    if (!word) {
      // "and" inside a number ("two hundred and five") keeps the run open.
      if (token.toLowerCase() === 'and' && adjacent && run.length) {
        runEnd = match.index + token.length;
        continue;
      }
      flush();
      pendingA = token.toLowerCase() === 'a';
      runEnd = match.index + token.length;
      continue;
    }
    const last = run[run.length - 1];
    const multiplier = word.kind === 'hundred' || word.kind === 'scale';
    if (!(adjacent && last && MAY_FOLLOW[last.kind].includes(word.kind))) {
      flush();
      // A bare "million" (after digits: "5 million") is read with the digits, not here.
      if (multiplier && !(pendingA && adjacent)) {
        pendingA = false;
        runEnd = match.index + token.length;
        continue;
      }
      if (multiplier) run.push({ kind: 'unit', value: 1n });
    }
    pendingA = false;
    run.push(word);
    runEnd = match.index + token.length;
  }
  flush();
  return found;
}

const CJK_DIGITS: Record<string, bigint> = {
  零: 0n,
  〇: 0n,
  一: 1n,
  二: 2n,
  两: 2n,
  兩: 2n,
  三: 3n,
  四: 4n,
  五: 5n,
  六: 6n,
  七: 7n,
  八: 8n,
  九: 9n,
};
const CJK_SMALL_UNITS: Record<string, bigint> = { 十: 10n, 百: 100n, 千: 1000n };
/** 万/萬 and 亿/億 close a section, so 一亿二千万 is 1 × 10^8 + 2000 × 10^4. */
const CJK_LARGE_UNITS: Record<string, bigint> = {
  万: 10_000n,
  萬: 10_000n,
  亿: 100_000_000n,
  億: 100_000_000n,
};
/** Multipliers after Arabic digits: 1007万, 5.89亿, 3千万. */
export const CJK_MULTIPLIER_POWERS: Record<string, number> = {
  百: 2,
  千: 3,
  万: 4,
  萬: 4,
  亿: 8,
  億: 8,
};

function cjkRunValue(run: string): bigint {
  const chars = [...run];
  // Written digit by digit, as years often are: 二〇〇九 is 2009.
  if (chars.every((ch) => ch in CJK_DIGITS)) {
    return chars.reduce((value, ch) => value * 10n + (CJK_DIGITS[ch] as bigint), 0n);
  }
  let total = 0n;
  let section = 0n;
  let digit = 0n;
  for (const ch of chars) {
    if (ch in CJK_DIGITS) digit = CJK_DIGITS[ch] as bigint;
    else if (ch in CJK_SMALL_UNITS) {
      section += (digit || 1n) * (CJK_SMALL_UNITS[ch] as bigint);
      digit = 0n;
    } else {
      const large = CJK_LARGE_UNITS[ch] as bigint;
      if (large === 10_000n) total += (section + digit) * large;
      else total = (total + section + digit) * large;
      section = 0n;
      digit = 0n;
    }
  }
  return total + section + digit;
}

/**
 * Every number written in Chinese or Japanese numerals. A run must start with a digit or 十
 * (so 百分之四十五 gives 45, and the 万 of 万物 gives nothing).
 */
export function cjkNumerals(text: string): bigint[] {
  const found: bigint[] = [];
  for (const match of text.matchAll(/[零〇一二两兩三四五六七八九十百千万萬亿億]+/g)) {
    const start = [...match[0]].findIndex((ch) => ch in CJK_DIGITS || ch === '十');
    if (start < 0) continue;
    found.push(cjkRunValue([...match[0]].slice(start).join('')));
  }
  return found;
}
