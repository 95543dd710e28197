import { readableUrl, type CitedSource } from '../citedSources';
import { wrapText, type Measure, type TextFont } from '../svg/textLayout';

/** What a picture says under the plot (DESIGN.md, "Export and print"). */
export interface PictureFooter {
  title: string;
  period: string;
  /** Labels of the categories shown, or null when all are. */
  categories: string[] | null;
  query: string | null;
  /** Events shown: in the window, of the categories shown, matching the search. */
  eventCount: number;
  sources: CitedSource[];
  /** The link to this view. */
  link: string;
}

export interface FooterWords {
  /** The categories shown (null: all) and the search, in a line. */
  filters: (categories: string[] | null, query: string | null) => string;
  sourcesOf: (events: number) => string;
  noEventsShown: string;
  thisView: (url: string) => string;
}

/** One line of footer text, broken to fit and placed: `y` is its baseline, from the footer's top. */
export interface FooterLine {
  text: string;
  font: TextFont;
  color: string;
  x: number;
  y: number;
  href?: string;
  lang?: string;
}

type LineStyle = Pick<FooterLine, 'font' | 'color' | 'href' | 'lang'>;

const INK = '#1c1917';
const SOFT = '#44403c';
const FAINT = '#57534e';
/** A footer this wide lists its sources in two columns, so that it stays short. */
const TWO_COLUMNS = 900;
const COLUMN_GAP = 24;

/** A paragraph broken into lines, before it is placed. */
interface Paragraph {
  lines: string[];
  style: LineStyle;
  indent: number;
  /** Space above it, px. */
  gap: number;
}

const heightOf = (paragraphs: readonly Paragraph[]) =>
  paragraphs.reduce((sum, p) => sum + p.gap + p.lines.length * p.style.font.size * 1.4, 0);

/**
 * The footer as placed lines within `width`: title and period, filters, then each source (title,
 * publisher, year, URL), with the licence line that its rights require (an open licence's
 * attribution and the licence's address), in two columns of about equal height when there is
 * room, then the link to this view. Returns the lines and the footer's height.
 */
export function layoutFooter(
  footer: PictureFooter,
  words: FooterWords,
  width: number,
  measure: Measure,
  rem = 16,
): { lines: FooterLine[]; height: number } {
  const TITLE = { size: rem, bold: true };
  const BODY = { size: 0.75 * rem };
  const BOLD = { ...BODY, bold: true };
  const SMALL = { size: 0.6875 * rem };
  const paragraph = (text: string, style: LineStyle, room: number, gap = 0, indent = 0) => ({
    lines: wrapText(text, room - indent, style.font, measure),
    style,
    indent,
    gap,
  });
  const lines: FooterLine[] = [];
  const place = (paragraphs: readonly Paragraph[], x: number, top: number) => {
    let y = top;
    for (const { lines: texts, style, indent, gap } of paragraphs) {
      y += gap;
      for (const text of texts) {
        y += style.font.size * 1.4;
        lines.push({ ...style, text, x: x + indent, y: y - style.font.size * 0.35 });
      }
    }
    return y;
  };

  const heading = footer.sources.length ? words.sourcesOf(footer.eventCount) : words.noEventsShown;
  const top = place(
    [
      paragraph(`${footer.title} · ${footer.period}`, { font: TITLE, color: INK }, width),
      paragraph(
        words.filters(footer.categories, footer.query),
        { font: BODY, color: SOFT },
        width,
        2,
      ),
      paragraph(heading, { font: footer.sources.length ? BOLD : BODY, color: INK }, width, 8),
    ],
    0,
    0,
  );

  const columns = width >= TWO_COLUMNS && footer.sources.length > 1 ? 2 : 1;
  const room = (width - (columns - 1) * COLUMN_GAP) / columns;
  const entries = footer.sources.map((source, i) => {
    const publisher = [source.publisher, source.year].filter(Boolean).join(', ');
    const cited = [`${i + 1}. ${source.title}`, publisher].filter(Boolean).join(' — ');
    const url = source.url ? ` ${readableUrl(source.url)}` : '';
    const entry = [
      paragraph(`${cited}.${url}`, { font: BODY, color: INK, lang: source.language }, room, 3),
    ];
    if (source.licenceUrl) {
      const licence = `${source.rights} ${source.licenceUrl}`;
      entry.push(paragraph(licence, { font: SMALL, color: FAINT }, room, 0, rem));
    }
    return entry;
  });
  // The first column takes sources until it holds half their height; the second, the rest.
  const total = heightOf(entries.flat());
  let split = entries.length;
  if (columns === 2) {
    let height = 0;
    split = entries.findIndex((entry) => (height += heightOf(entry)) >= total / 2) + 1;
  }
  const bottom = Math.max(
    place(entries.slice(0, split).flat(), 0, top),
    place(entries.slice(split).flat(), room + COLUMN_GAP, top),
  );

  const link = { font: BODY, color: INK, href: footer.link };
  const end = place(
    [paragraph(words.thisView(readableUrl(footer.link)), link, width, 8)],
    0,
    bottom,
  );
  return { lines, height: end };
}
