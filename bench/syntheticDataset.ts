/**
 * Deterministic synthetic datasets for the benchmark: the same seed gives the same events, so
 * runs compare like with like. Dates mix every precision the real data has.
 */
const CATEGORIES = [
  'mining',
  'steel',
  'rare-earths',
  'finance',
  'deals',
  'people',
  'environment',
  'policy',
];
const WORDS = [
  'furnace',
  'mine',
  'plant',
  'agreement',
  'output',
  'railway',
  'listing',
  'survey',
  'dam',
  'export',
  'merger',
  'record',
  'strike',
  'reform',
  'visit',
  'loan',
];

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function syntheticDataset(count: number, seed = 1954) {
  const random = mulberry32(seed + count);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const events = Array.from({ length: count }, (_, i) => {
    const year = 1900 + Math.floor(random() * 125);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const kind = random();
    const [edtf, label] =
      kind < 0.6
        ? [`${year}-${pad(month)}-${pad(day)}`, `${day}/${month}/${year}`]
        : kind < 0.85
          ? [`${year}`, `${year}`]
          : kind < 0.93
            ? [`${year}-${pad(month)}`, `${month}/${year}`]
            : kind < 0.97
              ? [`${year}/${year + 1 + Math.floor(random() * 8)}`, `${year} onwards`]
              : [`${year}~`, `c. ${year}`];
    return {
      id: `e${i}`,
      title: `${pick(WORDS)} ${pick(WORDS)} ${i}`,
      summary: `Synthetic event ${i}.`,
      date: { edtf, label, basis: 'stated' },
      category: pick(CATEGORIES),
      evidence: [{ source: 'synthetic', exact: 'Synthetic' }],
    };
  });
  return {
    format: 'timeline/1',
    title: `Synthetic timeline, ${count.toLocaleString('en')} events`,
    categories: CATEGORIES.map((id, i) => ({
      id,
      label: id,
      color: [
        '#7c3aed',
        '#b91c1c',
        '#047857',
        '#1d4ed8',
        '#0e7490',
        '#4b5563',
        '#4d7c0f',
        '#b45309',
      ][i],
    })),
    sources: [
      {
        id: 'synthetic',
        csl: { type: 'dataset', title: 'Synthetic source' },
        text: 'synthetic.txt',
        sha256: '0'.repeat(64),
        coverage: 'full',
        rights: 'Generated for the benchmark.',
      },
    ],
    events,
  };
}
