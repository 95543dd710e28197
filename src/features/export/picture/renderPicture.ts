import type { Language } from '../../../i18n/languages';
import { el, safeColor, text } from '../svg/markup';
import { fitText, wrapText, type Measure } from '../svg/textLayout';
import { drawKey, type KeyWords } from './drawKey';
import { drawUnits, unitDefs, type UnitNames, type UnitStyle } from './drawUnits';
import { layoutFooter, type FooterWords, type PictureFooter } from './footerLines';
import type { PlacedPlot } from './placePlot';

export interface PictureWords extends FooterWords {
  names: UnitNames;
  key: KeyWords;
}

export interface PictureOptions {
  plot: PlacedPlot;
  /** Null for a picture without footer (the handout says all of it around the picture). */
  footer: PictureFooter | null;
  /** What the picture is, for its `<title>`. */
  title: string;
  words: PictureWords;
  language: Language;
  labelSize: number;
  rem: number;
  measure: Measure;
  /** Prefix of the ids inside the picture. */
  ids?: string;
  /** Width of the lane names' column, px (the screen's 11rem). */
  gutter?: number;
}

export interface Picture {
  svg: string;
  width: number;
  height: number;
}

const LATIN = `system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans'`;
const CJK_SC = `'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei'`;
const CJK_JP = `'Noto Sans CJK JP', 'Source Han Sans JP', 'Hiragino Sans', 'Yu Gothic'`;

/**
 * The fonts a picture is drawn (and its labels measured) in: the page's, with Chinese fonts
 * first for a Chinese interface, as the page's `:lang(zh)` rule has it, and after the Latin ones
 * otherwise, so that Chinese titles and sources draw in any language.
 */
export function pictureFontFamily(language: Language | 'ja'): string {
  if (language === 'ja') return `${CJK_JP}, ${LATIN}, sans-serif`;
  return language === 'zh' ? `${CJK_SC}, ${LATIN}, sans-serif` : `${LATIN}, ${CJK_SC}, sans-serif`;
}

/**
 * The picture as a self-contained SVG document: no script, no style sheet, no external
 * reference, its text real `<text>` (selectable, searchable); lane names beside the plot, the
 * axis, the marks, a key to them, and the footer.
 */
export function renderPicture(options: PictureOptions): Picture {
  const { plot, measure, rem, words } = options;
  const ids = options.ids ?? 'tl';
  const gutter = options.gutter ?? 11 * rem;
  const MARGIN = rem;
  const plotX = MARGIN + gutter;
  const plotY = MARGIN;
  const width = plotX + plot.width + MARGIN;
  const inner = width - 2 * MARGIN;
  const style: UnitStyle = {
    geometry: plot.geometry,
    rem,
    labelSize: options.labelSize,
    ids,
    names: words.names,
  };

  const key = drawKey(words.key, inner, style, measure);
  const keyY = plotY + plot.height + 0.75 * rem;
  const footerY = keyY + key.height + 0.625 * rem;
  const footer = options.footer
    ? layoutFooter(options.footer, words, inner, measure, rem)
    : { lines: [], height: 0 };
  const footerMarkup = footer.lines.map((line) => {
    const drawn = el(
      'text',
      {
        x: MARGIN + line.x,
        y: footerY + line.y,
        'font-size': line.font.size,
        'font-weight': line.font.bold ? 'bold' : null,
        fill: line.color,
        'xml:lang': line.lang ?? null,
        'font-family': line.lang?.startsWith('ja') ? pictureFontFamily('ja') : null,
      },
      text(line.text),
    );
    return line.href ? el('a', { href: line.href }, drawn) : drawn;
  });
  const height = Math.ceil(footerY + footer.height + MARGIN);

  const svg = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      'xml:lang': options.language === 'zh' ? 'zh-CN' : 'en',
      'font-family': pictureFontFamily(options.language),
      role: 'img',
    },
    el('title', {}, text(options.title)),
    el(
      'defs',
      {},
      unitDefs(ids),
      el(
        'clipPath',
        { id: `${ids}-plot` },
        el('rect', { width: plot.width, height: plot.height, rx: 6 }),
      ),
    ),
    el('rect', { width, height, fill: '#ffffff' }),
    laneNames(plot, { x: MARGIN, y: plotY, gutter, rem }, measure),
    el(
      'g',
      { transform: `translate(${plotX} ${plotY})` },
      el('rect', {
        x: 0.5,
        y: 0.5,
        width: plot.width - 1,
        height: plot.height - 1,
        rx: 6,
        fill: '#fafaf9',
        stroke: '#d6d3d1',
      }),
      el(
        'g',
        { 'clip-path': `url(#${ids}-plot)` },
        axis(plot, rem, measure),
        laneRules(plot),
        drawUnits(plot.units, style),
      ),
    ),
    el('g', { transform: `translate(${MARGIN} ${keyY})` }, key.markup),
    el('g', {}, ...footerMarkup),
  );
  return { svg, width, height };
}

/**
 * Grid lines and date labels, as the screen's axis draws them (0.75rem, bold at majors); a label
 * that the plot's edge would cut in half is left out, since paper cannot scroll to it.
 */
function axis(plot: PlacedPlot, rem: number, measure: Measure): string {
  return plot.ticks
    .map((tick) => {
      const font = { size: 0.75 * rem, bold: tick.major };
      const fits = tick.x + 0.25 * rem + measure(tick.label, font) <= plot.width;
      return el(
        'g',
        {},
        el('line', {
          x1: tick.x + 0.5,
          x2: tick.x + 0.5,
          y1: 0,
          y2: plot.height,
          stroke: tick.major ? '#d6d3d1' : '#e7e5e4',
        }),
        fits &&
          el(
            'text',
            {
              x: tick.x + 0.25 * rem,
              y: 0.95 * rem,
              'font-size': font.size,
              'font-weight': tick.major ? 'bold' : null,
              fill: tick.major ? '#292524' : '#57534e',
            },
            text(tick.label),
          ),
      );
    })
    .join('');
}

function laneRules(plot: PlacedPlot): string {
  return plot.lanes
    .map(({ top }) =>
      el('line', { x1: 0, x2: plot.width, y1: top + 0.5, y2: top + 0.5, stroke: '#e7e5e4' }),
    )
    .join('');
}

/**
 * Lane names in a column beside the plot, each with its colour dot, as on a wide screen; a name
 * too long for the column takes a second line where its lane is tall enough, else an ellipsis.
 */
function laneNames(
  plot: PlacedPlot,
  { x, y, gutter, rem }: { x: number; y: number; gutter: number; rem: number },
  measure: Measure,
) {
  const font = { size: 0.75 * rem, bold: true };
  const step = 0.875 * rem;
  const room = gutter - 1.5 * rem;
  return el(
    'g',
    {},
    ...plot.lanes.map(({ lane, top, height }) => {
      const fits = Math.max(1, Math.floor((height - 0.5 * rem) / step));
      const lines = wrapText(lane.label, room, font, measure);
      const shown = lines.length > fits ? lines.slice(0, fits - 1) : lines;
      if (lines.length > fits)
        shown.push(fitText(lines.slice(fits - 1).join(' '), room, font, measure));
      return el(
        'g',
        {},
        el('line', {
          x1: x,
          x2: x + gutter - 4,
          y1: y + top + 0.5,
          y2: y + top + 0.5,
          stroke: '#d6d3d1',
        }),
        el('circle', {
          cx: x + 0.3125 * rem,
          cy: y + top + 0.625 * rem,
          r: 0.3125 * rem,
          fill: safeColor(lane.color),
        }),
        ...shown.map((line, i) =>
          el(
            'text',
            {
              x: x + rem,
              y: y + top + step * (i + 1),
              'font-size': font.size,
              'font-weight': 'bold',
              fill: '#292524',
            },
            text(line),
          ),
        ),
      );
    }),
  );
}
