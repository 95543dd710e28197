/**
 * A link to a web page that scrolls to and highlights a passage, using a URL text fragment
 * (`#:~:text=`). Returns null for anything but an http(s) URL, so a dataset can never make the
 * app link to `javascript:` or other schemes. Long passages are given by their first and last
 * words (`textStart,textEnd`), which browsers match more reliably than a long exact string.
 */
export function textFragmentUrl(url: string, passage: string): string | null {
  const safe = safeHttpUrl(url);
  if (!safe) return null;
  const parsed = new URL(safe);
  const text = passage.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!text) return parsed.href;
  const directive = fragmentDirective(text);
  const base = parsed.href.replace(/#.*$/, '');
  const existing = parsed.hash.replace(/^#/, '').replace(/:~:.*$/, '');
  return `${base}#${existing}:~:text=${directive}`;
}

/** Only http(s) URLs are ever made into links. */
export function safeHttpUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

const WORDS_AT_EACH_END = 5;
const CHARACTERS_AT_EACH_END = 12;

function fragmentDirective(text: string): string {
  const words = text.split(' ');
  // Scripts written without spaces (Chinese, Japanese) are cut by characters instead.
  const spaced = words.length > 1;
  const units = spaced ? words : [...text];
  const atEachEnd = spaced ? WORDS_AT_EACH_END : CHARACTERS_AT_EACH_END;
  if (units.length <= atEachEnd * 2 + 2) return encodeFragmentText(text);
  const join = spaced ? ' ' : '';
  const start = units.slice(0, atEachEnd).join(join);
  const end = units.slice(-atEachEnd).join(join);
  return `${encodeFragmentText(start)},${encodeFragmentText(end)}`;
}

/** Percent-encodes, including the characters that have a meaning inside a text directive. */
function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(
    /[-,&]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
