// `npm run data:check [dataset.json]`: checks a dataset and the source texts beside it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { checkDataset, type SourceFile } from '../src/domain/dataset/checkSources';

const datasetPath = resolve(process.argv[2] ?? 'data/baogang.timeline.json');
const shown = relative(process.cwd(), datasetPath) || datasetPath;

function fail(lines: string[]): never {
  console.error(lines.join('\n'));
  process.exit(1);
}

let raw: unknown;
try {
  raw = JSON.parse(readFileSync(datasetPath, 'utf8'));
} catch (error) {
  fail([
    `✗ ${shown}: ${error instanceof SyntaxError ? `is not valid JSON (${error.message})` : 'cannot be read'}`,
  ]);
}

function readSource(relativePath: string): SourceFile | null {
  try {
    const bytes = readFileSync(resolve(dirname(datasetPath), relativePath));
    return {
      text: bytes.toString('utf8'),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
  } catch {
    return null;
  }
}

const result = checkDataset(raw, readSource);
if (!result.ok) {
  fail([
    `✗ ${shown}: ${result.problems.length} problem${result.problems.length > 1 ? 's' : ''}`,
    ...result.problems.map(
      (p) => `  - ${p.eventId ? `event "${p.eventId}", ` : ''}${p.path}: ${p.message}`,
    ),
  ]);
}
const { dataset } = result;
const quotes = dataset.events.reduce((n, e) => n + e.evidence.length, 0);
console.log(
  `✓ ${shown}: ${dataset.events.length} events, ${dataset.sources.length} sources, ${quotes} quoted passages, all found in their sources; figures, dates and summaries follow the editorial rules.`,
);
