import { describe, expect, it } from 'vitest';
import { en } from '../../../i18n/messages/en';
import type { CitedSource } from '../citedSources';
import type { Measure } from '../svg/textLayout';
import { layoutFooter, type PictureFooter } from './footerLines';

const measure: Measure = (text, font) => [...text].length * font.size * 0.55;

const source = (n: number, licence = false): CitedSource => ({
  id: `s${n}`,
  title: `Source ${n}`,
  publisher: 'Publisher',
  year: 2000 + n,
  url: n === 1 ? 'https://zh.wikipedia.org/wiki/%E5%8C%85%E5%A4%B4' : null,
  rights: licence ? `CC BY-SA 4.0. Attribution ${n}` : `© Owner ${n}`,
  licenceUrl: licence ? 'https://creativecommons.org/licenses/by-sa/4.0/' : null,
  language: undefined,
});

const footer = (sources: CitedSource[]): PictureFooter => ({
  title: 'Baogang Group',
  period: '1950 – 1970',
  categories: ['Environment'],
  query: 'dam',
  eventCount: 7,
  sources,
  link: 'https://example.org/?from=1950&to=1970&q=%E9%93%81',
});

describe('layoutFooter', () => {
  it('says title, period, filters, each source, and the link, as people read them', () => {
    const { lines } = layoutFooter(
      footer([source(1, true), source(2)]),
      en.exportPrint.footer,
      600,
      measure,
    );
    const text = lines.map((l) => l.text).join('\n');
    expect(text).toContain('Baogang Group · 1950 – 1970');
    expect(text).toContain('Categories: Environment · Search: “dam”');
    expect(text).toContain('Sources of the 7 events shown');
    expect(text).toContain('1. Source 1 — Publisher, 2001. https://zh.wikipedia.org/wiki/包头');
    expect(text).toContain('CC BY-SA 4.0. Attribution 1');
    expect(text).toContain('2. Source 2 — Publisher, 2002.');
    // A copyright notice is no licence line: the picture names the source, the handout the rest.
    expect(text).not.toContain('© Owner 2');
    expect(text).toContain('This view online: https://example.org/?from=1950&to=1970&q=铁');
    const link = lines.filter((l) => l.href);
    expect(link.every((l) => l.href === footer([]).link)).toBe(true);
  });

  it('keeps every line within the width and the lines in reading order', () => {
    const sources = Array.from({ length: 9 }, (_, i) => source(i + 1, i % 2 === 0));
    const { lines, height } = layoutFooter(footer(sources), en.exportPrint.footer, 500, measure);
    for (const line of lines)
      expect(line.x + measure(line.text, line.font)).toBeLessThanOrEqual(500);
    for (let i = 1; i < lines.length; i++) expect(lines[i]!.y).toBeGreaterThan(lines[i - 1]!.y);
    expect(height).toBeGreaterThan(lines.at(-1)!.y);
  });

  it('lists sources in two columns of about equal height on a wide picture', () => {
    const sources = Array.from({ length: 10 }, (_, i) => source(i + 1, true));
    const wide = layoutFooter(footer(sources), en.exportPrint.footer, 1200, measure);
    const narrow = layoutFooter(footer(sources), en.exportPrint.footer, 600, measure);
    const columns = new Set(wide.lines.map((l) => l.x > 500));
    expect(columns.size).toBe(2);
    expect(wide.height).toBeLessThan(narrow.height * 0.7);
    const right = wide.lines.filter((l) => l.x > 500);
    expect(right[0]?.text).toMatch(/^6\. Source 6/);
  });

  it('says so when no event is shown', () => {
    const { lines } = layoutFooter(footer([]), en.exportPrint.footer, 600, measure);
    expect(lines.map((l) => l.text)).toContain('No event is shown in this view.');
  });
});
