import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../domain/events/items';
import type { RenderMark } from '../../../domain/stage/renderStage';
import { drawUnits, tint, unitDefs, type UnitStyle } from './drawUnits';
import { plotGeometry, type PlacedUnit } from './placePlot';

const style: UnitStyle = {
  geometry: plotGeometry(16),
  rem: 16,
  labelSize: 13,
  ids: 'tl',
  names: { mark: (m) => `${m.item.title}, ${m.item.dateLabel}`, cluster: (c) => `${c.count}` },
};

function placed(cues: Partial<TimelineItem>, extra: Partial<RenderMark> = {}): PlacedUnit {
  const item: TimelineItem = {
    ...{ id: 'e', title: 'Event', dateLabel: '1959', start: 0, end: 1, shape: 'span' },
    ...{ precision: 'year', kind: 'point', approximate: false, uncertain: false },
    ...{ openStart: false, openEnd: false, categoryId: 'c', disputed: false, searchText: '' },
    ...cues,
  };
  const unit: RenderMark = {
    ...{ type: 'mark', id: item.id, item, lane: 0, track: 0, x: 0, width: 80 },
    ...{ color: '#9a3412', label: 'after', emphasis: 'normal' },
    ...extra,
  };
  return { unit, box: { x: 10, y: 30, width: 80, height: 23.2 }, label: { x: 95, text: 'Event' } };
}

/** The drawn unit as XML, for looking at what it is made of. */
function draw(unit: PlacedUnit) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg">${unitDefs('tl')}${drawUnits([unit], style)}</svg>`;
  return {
    markup: drawUnits([unit], style),
    doc: new DOMParser().parseFromString(svg, 'image/svg+xml'),
  };
}

describe('drawUnits', () => {
  it('draws a day as a dot and a period as a bar, each titled with its name', () => {
    const day = draw(placed({ shape: 'point' }));
    expect(day.markup).toContain('<circle');
    expect(day.markup).not.toContain('<rect');
    const period = draw(placed({}));
    expect(period.markup).toContain('<rect');
    expect(period.doc.getElementsByTagName('title')[0]?.textContent).toBe('Event, 1959');
  });

  it('shows each date cue by shape, never by colour alone', () => {
    const plain = draw(placed({})).markup;
    const cues = {
      circa: draw(placed({ approximate: true })).markup,
      openEnd: draw(placed({ openEnd: true })).markup,
      uncertain: draw(placed({ uncertain: true })).markup,
      disputed: draw(placed({ disputed: true })).markup,
    };
    expect(cues.circa).toContain('mask="url(#tl-fade-both)"');
    expect(cues.openEnd).toContain('mask="url(#tl-fade-end)"');
    expect(cues.uncertain).toContain('stroke-dasharray');
    expect(cues.disputed).toContain('>≠</text>');
    for (const cue of Object.values(cues)) expect(cue).not.toBe(plain);
    expect(plain).not.toMatch(/mask=|stroke-dasharray|≠/);
    // A circa day gets a halo, an uncertain day a dashed hollow dot.
    expect(draw(placed({ shape: 'point', approximate: true })).markup).toContain('fill-opacity');
    expect(draw(placed({ shape: 'point', uncertain: true })).markup).toContain('stroke-dasharray');
  });

  it('fades what the search passes by and rings the selected event', () => {
    expect(draw(placed({}, { emphasis: 'dimmed' })).markup).toContain('opacity="0.25"');
    const selected = draw(placed({}, { emphasis: 'selected' })).markup;
    expect(selected).toContain('stroke="#1c1917"');
    expect(selected).toContain('font-weight="bold"');
  });

  it('mixes bar fills as the screen’s color-mix does, and refuses other colours', () => {
    expect(tint('#000000', 0.26)).toBe('#bdbdbd');
    expect(tint('#ffffff', 0.7)).toBe('#ffffff');
    const hostile = draw(placed({}, { color: 'red" onload="x' })).markup;
    expect(hostile).not.toContain('onload');
    expect(hostile).toContain('#57534e');
  });
});
