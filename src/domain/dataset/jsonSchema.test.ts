import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { timelineJsonSchemaText } from './jsonSchema';

describe('data/timeline.schema.json', () => {
  it('is exactly what the zod schema generates (run `npm run schema:write` after changing it)', () => {
    const committed = readFileSync(
      new URL('../../../data/timeline.schema.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(timelineJsonSchemaText());
  });
});
