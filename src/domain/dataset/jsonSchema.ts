import * as z from 'zod/mini';
import { datasetSchema } from './schema';

/**
 * The JSON Schema published as `data/timeline.schema.json`, generated from the zod schema.
 * Checks that JSON Schema cannot express (EDTF syntax, references between ids, quotes found in
 * their sources) are made by `npm run data:check`.
 */
export function timelineJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: 'timeline.schema.json',
  };
}

export function timelineJsonSchemaText(): string {
  return `${JSON.stringify(timelineJsonSchema(), null, 2)}\n`;
}
