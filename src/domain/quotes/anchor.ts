/**
 * Finding a quoted passage (a W3C TextQuoteSelector) in a source text.
 *
 * Both the text and the quote are compared in a normalised form: every run of white space
 * (spaces, U+00A0 no-break spaces, line breaks, tabs, ideographic spaces) becomes one space and
 * curly quote marks become straight ones. Each normalised character remembers the span of
 * original characters it came from, so a match is reported, and highlighted, as a range of the
 * ORIGINAL text (UTF-16 offsets, end exclusive, never splitting a surrogate pair).
 *
 * When the quote occurs more than once, `prefix` and `suffix` (compared the same tolerant way,
 * ignoring white space at the junction) keep only the occurrences they surround.
 */

export interface TextQuoteSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** A range of the original text: UTF-16 offsets, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

export type AnchorResult =
  | { status: 'found'; range: TextRange }
  /** `closest` is the passage of the text most like the quote, to suggest a fix. */
  | { status: 'not-found'; closest: { range: TextRange; similarity: number } | null }
  /** The quote occurs several times and prefix/suffix do not pick one. */
  | { status: 'ambiguous'; ranges: TextRange[] }
  /** The quote occurs, but never with the given prefix/suffix around it. */
  | { status: 'context-mismatch'; ranges: TextRange[] };

export interface PreparedText {
  original: string;
  normalized: string;
  /** For normalised index i, the original range [originStart[i], originEnd[i]). */
  originStart: Int32Array;
  originEnd: Int32Array;
}

const WHITE_SPACE = /[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/;

function normalizeChar(ch: string): string {
  if (SINGLE_QUOTES.test(ch)) return "'";
  if (DOUBLE_QUOTES.test(ch)) return '"';
  return ch;
}

/** Normalise a text once so that many quotes can be anchored in it. */
export function prepareText(original: string): PreparedText {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i] as string;
    if (WHITE_SPACE.test(ch)) {
      if (chars[chars.length - 1] === ' ' && ends[ends.length - 1] === i) {
        ends[ends.length - 1] = i + 1;
      } else {
        chars.push(' ');
        starts.push(i);
        ends.push(i + 1);
      }
      continue;
    }
    chars.push(normalizeChar(ch));
    starts.push(i);
    ends.push(i + 1);
  }
  return {
    original,
    normalized: chars.join(''),
    originStart: Int32Array.from(starts),
    originEnd: Int32Array.from(ends),
  };
}

/** The normalised form of a quote, prefix or suffix, without white space at either end. */
export function normalizeQuote(value: string): string {
  return prepareText(value).normalized.trim();
}

function toOriginal(text: PreparedText, start: number, end: number): TextRange {
  return { start: text.originStart[start] as number, end: text.originEnd[end - 1] as number };
}

export function anchorQuote(text: PreparedText, selector: TextQuoteSelector): AnchorResult {
  const exact = normalizeQuote(selector.exact);
  if (exact === '') return { status: 'not-found', closest: null };
  const hits: number[] = [];
  for (
    let at = text.normalized.indexOf(exact);
    at !== -1;
    at = text.normalized.indexOf(exact, at + 1)
  ) {
    hits.push(at);
  }
  if (hits.length === 0) {
    return { status: 'not-found', closest: findClosestPassage(text, exact) };
  }
  const toRange = (at: number) => toOriginal(text, at, at + exact.length);
  const prefix = selector.prefix ? normalizeQuote(selector.prefix) : '';
  const suffix = selector.suffix ? normalizeQuote(selector.suffix) : '';
  const inContext = hits.filter(
    (at) =>
      text.normalized.slice(0, at).trimEnd().endsWith(prefix) &&
      text.normalized
        .slice(at + exact.length)
        .trimStart()
        .startsWith(suffix),
  );
  if (inContext.length === 1) return { status: 'found', range: toRange(inContext[0] as number) };
  if (inContext.length === 0) return { status: 'context-mismatch', ranges: hits.map(toRange) };
  return { status: 'ambiguous', ranges: inContext.map(toRange) };
}

/**
 * The passage of the text most like `quote`: every window of the quote's length is scored by
 * the Dice coefficient of its character bigrams against the quote's, and the best wins. Source
 * texts are articles of a few thousand characters and this only runs when a quote is missing,
 * so the plain quadratic scan is fast enough and easy to trust.
 */
function findClosestPassage(
  text: PreparedText,
  quote: string,
): { range: TextRange; similarity: number } | null {
  const haystack = text.normalized;
  if (haystack.length === 0) return null;
  const width = Math.min(quote.length, haystack.length);
  const quoteBigrams = bigramCounts(quote);
  let best = { at: 0, score: -1 };
  for (let at = 0; at + width <= haystack.length; at++) {
    // Passages start at the start of a word (or at any CJK character), never on a space.
    if (haystack[at] === ' ') continue;
    if (at > 0 && /\w/.test(haystack[at - 1] as string) && /\w/.test(haystack[at] as string))
      continue;
    const score = dice(quoteBigrams, bigramCounts(haystack.slice(at, at + width)));
    if (score > best.score) best = { at, score };
  }
  let end = best.at + width;
  while (end > best.at + 1 && haystack[end - 1] === ' ') end--;
  return {
    range: toOriginal(text, best.at, end),
    similarity: Math.max(0, best.score),
  };
}

function bigramCounts(value: string): Map<string, number> {
  const counts = new Map<string, number>();
  const lower = value.toLowerCase();
  for (let i = 0; i < lower.length - 1; i++) {
    const bigram = lower.slice(i, i + 2);
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  }
  return counts;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [bigram, count] of a) {
    shared += Math.min(count, b.get(bigram) ?? 0);
    total += count;
  }
  for (const count of b.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}
