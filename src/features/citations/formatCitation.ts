/**
 * Citations of a timeline source, for students to copy (APA 7 and Chicago bibliography style),
 * and its CSL-JSON, to download into Zotero or another reference manager.
 *
 * This is not a citation engine: it covers the CSL fields our datasets use (`author`, `title`,
 * `container-title`, `publisher`, `issued`, `accessed`, `URL`) with a few plain rules:
 * - titles are never re-cased (sentence or title case would break names and non-Latin titles);
 * - a period is added only where a sentence does not already end (with . ? ! … 。 ？ ！);
 * - months are English, whatever the user's locale; dates come from CSL `date-parts`
 *   (or `literal`); a circa date gives its year only ("ca. 2024"), and a range its years;
 * - a work with a `container-title` (article, entry, page) has its container in italics; one
 *   without (a report, a book) has its own title in italics, followed by its publisher; a
 *   bracketed title ("[Magazine feature on …]") is a description, neither italic nor quoted;
 * - names in Chinese, Japanese or Korean script are written family name first, unspaced
 *   (彭援军), never turned into initials.
 */
import type { CslItem, Source } from '../../domain/dataset/schema';
import { monthName as monthWord } from '../../domain/dates/dateWords';

/** A run of citation text; the UI renders `italic` parts with <i>, never as HTML strings. */
export type CitationPart = { text: string; italic?: boolean };

/** A CSL-JSON item as downloaded: the source's CSL fields plus its `id`. */
export type CslJsonItem = CslItem & { id: string };

type CslDate = NonNullable<CslItem['issued']>;
type CslName = NonNullable<CslItem['author']>[number];
type Parts = CitationPart[];

/** Ends a sentence: . ? ! … (or their CJK forms), possibly followed by closing quotes. */
const SENTENCE_END = /[.?!…。？！][’”"']*$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The plain text of a citation, e.g. for the clipboard (italics are dropped). */
export function citationText(parts: readonly CitationPart[]): string {
  return parts.map((part) => part.text).join('');
}

/**
 * APA 7 reference: `Author. (2023, April 12). Title. *Container*. URL`.
 *
 * Without an author the title leads; without a date "(n.d.)"; an encyclopedia entry's container
 * follows "In"; an undated work with a URL gets "Retrieved <accessed>, from URL". Authors are
 * "Family, G." joined as "A, B, & C" (20 at most: 19, ". . .", then the last). APA puts no
 * period after a URL, so the citation ends without one there.
 */
export function formatApa(item: CslItem): CitationPart[] {
  const authors = (item.author ?? []).map(apaName).filter((name) => name !== '');
  const issued = formatDate(item.issued, 'year-first');
  const date = [plain(`(${issued ?? 'n.d.'})`)];
  const title = titleParts(item);
  const lead = authors.length > 0 ? [[plain(joinApa(authors))], date, title] : [title, date];
  const sentences = [...lead, apaContainer(item), publisherParts(item, authors)];
  return joinParts([...sentences.map(endSentence), apaLink(item, issued)]);
}

/**
 * Chicago (notes-bibliography) bibliography entry:
 * `Author. “Title.” *Container*, April 12, 2023. URL.`
 *
 * Without a date "n.d."; an undated work adds "Accessed <date>." before its URL. The first
 * author is inverted ("Family, Given"), the others are not ("A, B, and C"; more than ten: the
 * first seven and "et al."). Every sentence, the URL included, ends with a period.
 */
export function formatChicago(item: CslItem): CitationPart[] {
  const authors = (item.author ?? []).map(chicagoName).filter((name) => name !== '');
  const issued = formatDate(item.issued, 'month-first');
  const accessed = issued ? undefined : formatDate(item.accessed, 'month-first');
  const url = clean(item.URL);
  return joinParts(
    [
      authors.length > 0 ? [plain(joinChicago(authors))] : [],
      chicagoTitle(item),
      chicagoPublication(item, authors, issued ?? 'n.d.'),
      accessed ? [plain(`Accessed ${accessed}`)] : [],
      url ? [plain(url)] : [],
    ].map(endSentence),
  );
}

/**
 * CSL-JSON items to download (`JSON.stringify` them as an array): each source's `csl` fields,
 * unchanged and in order, after `id` = the source id (which wins over any `id` in `csl`).
 */
export function cslJson(sources: readonly Source[]): CslJsonItem[] {
  return sources.map((source) => Object.assign({ id: source.id }, source.csl, { id: source.id }));
}

/** Download file name for an event's CSL-JSON, e.g. `first-iron-1959.csl.json`. */
export function cslJsonFileName(eventId: string): string {
  const safe = eventId.trim().replace(/[^\w.-]+/g, '-');
  return `${safe || 'citation'}.csl.json`;
}

// Titles, containers and publishers

/** APA title: plain for a part of a container, italic for a work that stands alone. */
function titleParts(item: CslItem): Parts {
  const title = item.title.trim();
  return isPart(item) || isDescription(title) ? [plain(title)] : [italic(title)];
}

/** Chicago title: a part's in quotes, with its period inside; a standalone work's in italics. */
function chicagoTitle(item: CslItem): Parts {
  const title = item.title.trim();
  if (isDescription(title)) return [plain(title)];
  return isPart(item) ? [plain(`“${withPeriod(title)}”`)] : [italic(title)];
}

/** "[Magazine feature on Baotou]": an untitled work's description, neither italic nor quoted. */
function isDescription(title: string): boolean {
  return title.startsWith('[') && title.endsWith(']');
}

/** An article, entry or page: the work has a container (newspaper, encyclopedia, website). */
function isPart(item: CslItem): boolean {
  return clean(item['container-title']) !== '';
}

function apaContainer(item: CslItem): Parts {
  const container = clean(item['container-title']);
  if (!container) return [];
  const inWork = ['entry', 'entry-encyclopedia', 'entry-dictionary', 'chapter'].includes(item.type);
  return inWork ? [plain('In '), italic(container)] : [italic(container)];
}

/** The publisher, for a work without container, unless the author already names it. */
function publisherParts(item: CslItem, authors: string[]): Parts {
  const publisher = clean(item.publisher);
  if (!publisher || isPart(item) || authors.includes(publisher)) return [];
  return [plain(publisher)];
}

/** APA: the URL, after the retrieval date when the work is undated; never a final period. */
function apaLink(item: CslItem, issued: string | undefined): Parts {
  const url = clean(item.URL);
  if (!url) return [];
  const accessed = issued ? undefined : formatDate(item.accessed, 'month-first');
  return [plain(accessed ? `Retrieved ${accessed}, from ${url}` : url)];
}

/** Chicago: `*Container*, Publisher, date`; a date starting the sentence is capitalized (N.d.). */
function chicagoPublication(item: CslItem, authors: string[], date: string): Parts {
  const container = clean(item['container-title']);
  const front = [...(container ? [italic(container)] : []), ...publisherParts(item, authors)];
  if (front.length === 0) return [plain(date.charAt(0).toUpperCase() + date.slice(1))];
  return [...front.flatMap((part) => [part, plain(', ')]), plain(date)];
}

// Names

function apaName(name: CslName): string {
  const { literal, family, given } = nameFields(name);
  if (literal) return literal;
  if (family && given)
    return isCjk(family + given) ? family + given : `${family}, ${initials(given)}`;
  return family || given;
}

function chicagoName(name: CslName, index: number): string {
  const { literal, family, given } = nameFields(name);
  if (literal) return literal;
  if (!family || !given) return family || given;
  if (isCjk(family + given)) return family + given;
  return index === 0 ? `${family}, ${given}` : `${given} ${family}`;
}

function nameFields(name: CslName): { literal: string; family: string; given: string } {
  return { literal: clean(name.literal), family: clean(name.family), given: clean(name.given) };
}

/** "John Ronald" → "J. R."; "Jean-Paul" → "J.-P.". */
function initials(given: string): string {
  const initial = (part: string) => (part ? `${[...part][0]}.` : '');
  return given
    .split(/\s+/)
    .map((word) => word.split('-').map(initial).filter(Boolean).join('-'))
    .join(' ');
}

function isCjk(text: string): boolean {
  return CJK.test(text);
}

/** APA: "A", "A, & B", "A, B, & C"; over 20 authors: the first 19, ". . .", the last. */
function joinApa(names: string[]): string {
  const last = names.at(-1) ?? '';
  if (names.length === 1) return last;
  if (names.length > 20) return `${names.slice(0, 19).join(', ')}, . . . ${last}`;
  return `${names.slice(0, -1).join(', ')}, & ${last}`;
}

/** Chicago: "A", "Family, Given, and B" ("A and B" when A is not inverted), "A, B, and C". */
function joinChicago(names: string[]): string {
  if (names.length > 10) return `${names.slice(0, 7).join(', ')}, et al`; // endSentence adds the period
  const last = names.at(-1) ?? '';
  if (names.length === 1) return last;
  const first = names[0] ?? '';
  if (names.length === 2) return `${first}${first.includes(',') ? ',' : ''} and ${last}`;
  return `${names.slice(0, -1).join(', ')}, and ${last}`;
}

// Dates

type DateOrder = 'year-first' | 'month-first';

/**
 * A CSL date as text, or undefined when there is none: `literal` as given; otherwise
 * "2023, April 12" (year-first, APA) or "April 12, 2023" / "February 2024" (month-first).
 * A range gives its years ("2019–2021"); a circa date only its year ("ca. 2024").
 */
function formatDate(date: CslDate | undefined, order: DateOrder): string | undefined {
  const literal = clean(date?.literal);
  if (literal) return literal;
  const [start, end] = date?.['date-parts'] ?? [];
  const year = start?.[0];
  if (!start || year === undefined) return undefined;
  const endYear = end?.[0];
  const years = endYear !== undefined && endYear !== year ? `${year}–${endYear}` : `${year}`;
  if (date?.circa) return `ca. ${years}`;
  return end ? years : formatDay(year, start[1], start[2], order);
}

function formatDay(
  year: number,
  month: number | undefined,
  day: number | undefined,
  order: DateOrder,
): string {
  const monthName = month === undefined ? undefined : monthWord(month - 1, 'en');
  if (!monthName) return `${year}`;
  const validDay = day !== undefined && day >= 1 && day <= 31 ? day : undefined;
  if (order === 'year-first') return `${year}, ${monthName}${validDay ? ` ${validDay}` : ''}`;
  return validDay ? `${monthName} ${validDay}, ${year}` : `${monthName} ${year}`;
}

// Parts and punctuation

function plain(text: string): CitationPart {
  return { text };
}

function italic(text: string): CitationPart {
  return { text, italic: true };
}

function clean(text: string | undefined): string {
  return text?.trim() ?? '';
}

function withPeriod(text: string): string {
  return SENTENCE_END.test(text) ? text : `${text}.`;
}

/** Ends a sentence with a period unless it already ends one; the period is never italic. */
function endSentence(parts: Parts): Parts {
  const last = parts.at(-1);
  if (!last || SENTENCE_END.test(last.text)) return parts;
  return last.italic
    ? [...parts, plain('.')]
    : [...parts.slice(0, -1), plain(withPeriod(last.text))];
}

/** Joins sentences with spaces and merges neighbouring parts of the same style. */
function joinParts(sentences: Parts[]): Parts {
  const parts = sentences
    .filter((sentence) => sentence.length > 0)
    .flatMap((sentence, i) => (i === 0 ? sentence : [plain(' '), ...sentence]));
  return parts.reduce<Parts>((merged, part) => {
    const previous = merged.at(-1);
    if (previous && Boolean(previous.italic) === Boolean(part.italic)) {
      return [...merged.slice(0, -1), { ...previous, text: previous.text + part.text }];
    }
    return [...merged, part];
  }, []);
}
