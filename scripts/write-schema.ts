// Regenerates data/timeline.schema.json from the zod schema in src/domain/dataset/schema.ts.
import { writeFileSync } from 'node:fs';
import { timelineJsonSchemaText } from '../src/domain/dataset/jsonSchema';

const target = new URL('../data/timeline.schema.json', import.meta.url);
writeFileSync(target, timelineJsonSchemaText());
console.log(`Wrote ${target.pathname}`);
