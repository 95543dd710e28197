import type { TimelineItem } from '../../../domain/events/items';
import type { RenderMark } from '../../../domain/stage/renderStage';
import { el, text } from '../svg/markup';
import type { Measure } from '../svg/textLayout';
import { drawCluster, drawMark, type UnitStyle } from './drawUnits';
import type { Box } from './placePlot';

/** The key's words, one per cue: what each way of drawing a date means. */
export interface KeyWords {
  day: string;
  period: string;
  circa: string;
  uncertain: string;
  openEnd: string;
  disputed: string;
  cluster: string;
}

const SAMPLE_COLOR = '#57534e';

function sample(cues: Partial<TimelineItem>): RenderMark {
  const item: TimelineItem = {
    id: 'key',
    title: '',
    dateLabel: '',
    start: 0,
    end: 1,
    shape: 'span',
    precision: 'year',
    kind: 'point',
    approximate: false,
    uncertain: false,
    openStart: false,
    openEnd: false,
    categoryId: '',
    disputed: false,
    searchText: '',
    ...cues,
  };
  const mark = { type: 'mark', id: 'key', lane: 0, track: 0, x: 0, width: 0 } as const;
  return { ...mark, item, color: SAMPLE_COLOR, label: null, emphasis: 'normal' };
}

/**
 * A key to the marks, drawn with the marks' own shapes, so that a printed or projected picture
 * explains its cues without colour: entries flow left to right and wrap at `width`.
 */
export function drawKey(
  words: KeyWords,
  width: number,
  style: UnitStyle,
  measure: Measure,
): { markup: string; height: number } {
  const point = { shape: 'point' } as const;
  const entries: [RenderMark | 'cluster', string][] = [
    [sample(point), words.day],
    [sample({}), words.period],
    [sample({ approximate: true }), words.circa],
    [sample({ uncertain: true }), words.uncertain],
    [sample({ openEnd: true }), words.openEnd],
    [sample({ ...point, disputed: true }), words.disputed],
    ['cluster', words.cluster],
  ];
  const { mark, unitHeight } = style.geometry;
  const textSize = 0.75 * style.rem;
  const rowHeight = unitHeight + 8;
  const parts: string[] = [];
  let x = 0;
  let y = 4;
  for (const [shape, label] of entries) {
    const shapeWidth = shape === 'cluster' || shape.item.shape === 'point' ? 2 * mark : 40;
    const entryWidth = shapeWidth + 6 + measure(label, { size: textSize });
    if (x > 0 && x + entryWidth > width) {
      x = 0;
      y += rowHeight;
    }
    const box: Box =
      shape !== 'cluster' && shape.item.shape === 'point'
        ? { x: x + mark / 2 + 2, y, width: mark, height: unitHeight }
        : { x: x + (shape === 'cluster' ? 0 : 2), y, width: shapeWidth - 4, height: unitHeight };
    parts.push(
      shape === 'cluster'
        ? drawCluster(
            { ...sample({}), type: 'cluster', count: 3, start: 0, end: 1, dimmed: false },
            box,
            style,
          )
        : drawMark(shape, box, style),
      el(
        'text',
        {
          x: x + shapeWidth + 6,
          y: y + unitHeight / 2 + textSize * 0.36,
          'font-size': textSize,
          fill: '#292524',
        },
        text(label),
      ),
    );
    x += entryWidth + 18;
  }
  return { markup: el('g', {}, ...parts), height: y + rowHeight };
}
