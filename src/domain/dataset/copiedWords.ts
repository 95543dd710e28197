/**
 * Finding where the editors' words repeat a quoted passage word for word. Texts are compared as
 * words: lower-cased, quote marks and white space normalised, punctuation ignored. Chinese and
 * Japanese do not separate words by spaces, so each of their characters is a token that weighs
 * half a word (a Chinese word is one or two characters).
 */

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
const TOKEN = new RegExp(String.raw`[${CJK}]|(?:(?![${CJK}])[\p{L}\p{N}'’])+`, 'gu');
const CJK_TOKEN = new RegExp(`^[${CJK}]$`, 'u');
const CJK_WEIGHT = 0.5;

export function tokens(text: string): string[] {
  return [...text.normalize('NFKC').toLowerCase().matchAll(TOKEN)].map((m) =>
    m[0].replace(/’/g, "'"),
  );
}

/** How many words a list of tokens amounts to. */
export function wordCount(list: readonly string[]): number {
  return list.reduce((sum, token) => sum + (CJK_TOKEN.test(token) ? CJK_WEIGHT : 1), 0);
}

/** The sentences of a text, split after . ! ? and their CJK forms. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?。！？])\s*/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Quotation marks the editors use to quote a source inside their own words. */
const QUOTED = /“[^”]*”|‘[^’]*’|"[^"]*"|「[^」]*」|『[^』]*』/u;

/** The parts of a text outside quotation marks: a quote marked as one is not copying. */
export function ownParts(text: string): string[] {
  return text
    .split(new RegExp(QUOTED, 'gu'))
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * The longest run of tokens that `text` and `passage` share, by word count (empty when they
 * share none). Dynamic programming over the two token lists: fine for summaries and passages of
 * a few hundred words.
 */
export function longestSharedRun(text: string, passage: string): string[] {
  const a = tokens(text);
  const b = tokens(passage);
  const weightBefore = [0];
  for (const token of a) weightBefore.push((weightBefore.at(-1) as number) + wordCount([token]));
  let best = { end: 0, length: 0, weight: 0 };
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] !== b[j - 1]) continue;
      const length = (previous[j - 1] as number) + 1;
      current[j] = length;
      const weight = (weightBefore[i] as number) - (weightBefore[i - length] as number);
      if (weight > best.weight) best = { end: i, length, weight };
    }
    previous = current;
  }
  return a.slice(best.end - best.length, best.end);
}

/** Runs this long (in words) are copying, not a shared name or phrase. */
export const COPIED_RUN_WORDS = 12;
/** A whole sentence this long (or longer) found in a passage is copied too. */
export const COPIED_SENTENCE_WORDS = 6;

/**
 * Where `text` repeats `passage` verbatim outside quotation marks: a run of at least
 * COPIED_RUN_WORDS words, or a whole sentence of at least COPIED_SENTENCE_WORDS words. Returns
 * the copied words, or null.
 */
export function copiedFrom(text: string, passage: string): string | null {
  for (const part of ownParts(text)) {
    const run = longestSharedRun(part, passage);
    if (wordCount(run) >= COPIED_RUN_WORDS) return joinTokens(run);
  }
  const passageTokens = ` ${tokens(passage).join(' ')} `;
  for (const sentence of sentences(text)) {
    const sentenceTokens = tokens(sentence);
    if (wordCount(sentenceTokens) < COPIED_SENTENCE_WORDS || QUOTED.test(sentence)) continue;
    if (passageTokens.includes(` ${sentenceTokens.join(' ')} `)) return joinTokens(sentenceTokens);
  }
  return null;
}

/** Tokens back into a readable run: spaces between words, none between CJK characters. */
function joinTokens(list: string[]): string {
  return list.reduce(
    (joined, token, i) =>
      i === 0 || (CJK_TOKEN.test(token) && CJK_TOKEN.test(list[i - 1] as string))
        ? joined + token
        : `${joined} ${token}`,
    '',
  );
}
