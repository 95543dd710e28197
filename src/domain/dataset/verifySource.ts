import { anchorQuote, prepareText, type PreparedText, type TextRange } from '../quotes/anchor';
import type { Evidence, Source } from './schema';

/**
 * The checks the app makes at run time, when it has loaded a source text anyway: a dataset opened
 * with `?dataset=` never went through `npm run data:check`, so a quote may be missing from its
 * source, or the text may have changed since the dataset's checksum was taken.
 */

/**
 * Where a passage is in a prepared source text, by the same tolerant matching as data:check, or
 * null when the text does not contain it. A quote found more than once (or whose prefix/suffix
 * do not fit) is still in the source: its first occurrence is given, and data:check reports it.
 */
export function locatePassage(text: PreparedText, evidence: Evidence): TextRange | null {
  const result = anchorQuote(text, evidence);
  if (result.status === 'found') return result.range;
  if (result.status === 'not-found') return null;
  return result.ranges[0] ?? null;
}

/** A cited passage that its source text does not contain. */
export interface MissingPassage {
  eventId: string;
  /** Its index in the event's `evidence`. */
  index: number;
  exact: string;
}

/**
 * What is known about each passage of one event: `found` or `missing` once its source's text is
 * loaded, `unchecked` while it loads or when it could not be loaded (then nothing is claimed).
 */
export type PassageCheck = 'found' | 'missing' | 'unchecked';

export function checkPassages(
  evidence: readonly Evidence[],
  texts: ReadonlyMap<string, string | undefined>,
): PassageCheck[] {
  const prepared = new Map<string, PreparedText>();
  return evidence.map((passage) => {
    const text = texts.get(passage.source);
    if (text === undefined) return 'unchecked';
    let ready = prepared.get(passage.source);
    if (!ready) prepared.set(passage.source, (ready = prepareText(text)));
    return locatePassage(ready, passage) ? 'found' : 'missing';
  });
}

export interface EventChecks {
  /** For each passage of the event, in order. */
  passages: PassageCheck[];
  /** By source id, for each source whose text could be loaded. */
  checksums: ReadonlyMap<string, ChecksumCheck>;
}

/**
 * Loads the texts of the sources an event cites and checks every passage against its text and
 * every text against its SHA-256. A text that cannot be loaded leaves its passages unchecked.
 */
export async function checkEventPassages(
  evidence: readonly Evidence[],
  sources: ReadonlyMap<string, Source>,
  loadText: (source: Source) => Promise<string>,
  subtle: SubtleCrypto | null = globalThis.crypto?.subtle ?? null,
): Promise<EventChecks> {
  const cited = [...new Set(evidence.map((e) => e.source))].flatMap((id) => sources.get(id) ?? []);
  const loaded = await Promise.all(
    cited.map(async (source) => {
      try {
        const text = await loadText(source);
        return { source, text, checksum: await checkChecksum(text, source.sha256, subtle) };
      } catch {
        return { source, text: undefined, checksum: undefined };
      }
    }),
  );
  return {
    passages: checkPassages(evidence, new Map(loaded.map((l) => [l.source.id, l.text]))),
    checksums: new Map(loaded.flatMap((l) => (l.checksum ? [[l.source.id, l.checksum]] : []))),
  };
}

/** The start of a passage, cut at a word boundary, to name it in a sentence. */
export function passageStart(exact: string, maxLength = 60): string {
  const flat = exact.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  // One character more, so that a word ending exactly at the limit is kept.
  const space = flat.slice(0, maxLength + 1).lastIndexOf(' ');
  const cut = flat.slice(0, maxLength);
  // Text without spaces (Chinese, Japanese) is cut at the length itself.
  return `${space > maxLength / 2 ? flat.slice(0, space) : cut}…`;
}

export type ChecksumCheck =
  /** The text is the one the dataset's `sha256` was taken from. */
  | { status: 'match' }
  /** It is not: the text changed, or the checksum is stale. */
  | { status: 'mismatch'; actual: string }
  /** This browser cannot compute SHA-256 here (Web Crypto exists only in secure contexts). */
  | { status: 'unverifiable' };

/**
 * Compares a loaded source text with the dataset's `sha256`. The text arrives decoded, so its
 * UTF-8 encoding is hashed: the same bytes as the stored file for any UTF-8 file, except a
 * byte-order mark, which decoding drops; a text that differs only by one is hashed with it too.
 */
export async function checkChecksum(
  text: string,
  expected: string,
  subtle: SubtleCrypto | null = globalThis.crypto?.subtle ?? null,
): Promise<ChecksumCheck> {
  if (!subtle) return { status: 'unverifiable' };
  const bytes = new TextEncoder().encode(text);
  const actual = await sha256Hex(bytes, subtle);
  if (actual === expected.toLowerCase()) return { status: 'match' };
  const withBom = new Uint8Array(bytes.length + 3);
  withBom.set([0xef, 0xbb, 0xbf]);
  withBom.set(bytes, 3);
  if ((await sha256Hex(withBom, subtle)) === expected.toLowerCase()) return { status: 'match' };
  return { status: 'mismatch', actual };
}

export async function sha256Hex(bytes: Uint8Array, subtle: SubtleCrypto): Promise<string> {
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as BufferSource));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
