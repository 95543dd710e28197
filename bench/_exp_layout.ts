const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
import { buildStage, frameFor } from '../src/domain/stage/renderStage';
import { buildTimelineModel } from '../src/domain/events/items';
import { syntheticDataset } from './syntheticDataset';
import type { Dataset } from '../src/domain/dataset/schema';
for (const n of [1000, 10000, 100000]) {
  const ds = syntheticDataset(n) as unknown as Dataset;
  let t = cpu();
  const model = buildTimelineModel(ds);
  const tModel = cpu() - t;
  const cats = ds.categories.map((c) => c.id);
  const viewport = { extent: model.extent, width: 1100 };
  for (const k of [1, 4, 32]) {
    const times: number[] = [];
    let units = 0;
    for (let i = 0; i < 7; i++) {
      t = cpu();
      const stage = buildStage({
        items: model.items,
        maxDuration: model.maxDuration,
        viewport,
        frame: frameFor(viewport, { k, x: -k * 550 + 550 }, 2),
        laneOf: (c) => cats.indexOf(c),
        laneCount: cats.length,
        colorOf: () => '#000',
        labelWidth: (s) => s.length * 7,
        selectedId: 'e5',
        matches: null,
      });
      times.push(cpu() - t);
      units = stage.units.length;
    }
    times.sort((a, b) => a - b);
    console.log(
      n,
      'model',
      tModel.toFixed(0),
      'k',
      k,
      'stage ms',
      times[3]!.toFixed(1),
      'units',
      units,
    );
  }
}
