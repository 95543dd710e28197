import { anchorQuote, prepareText, type PreparedText } from '../quotes/anchor';
import { editorialProblems } from './editorialRules';
// The checker reads every form of EDTF date.
import '../dates/edtfGeneral';
import type { Dataset } from './schema';
import { problemAt, validateDataset, type DatasetProblem } from './validate';

/** A source text file as read from disk or the network. */
export interface SourceFile {
  text: string;
  /** SHA-256 of the file's bytes, lower-case hex. */
  sha256: string;
}

/** Returns the file at a path relative to the dataset, or null when it cannot be read. */
export type ReadSource = (relativePath: string) => SourceFile | null;

export type CheckResult =
  { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

/**
 * Everything `npm run data:check` verifies: the schema and references (as the app does), the
 * editorial rules a machine can see (editorialRules.ts), then each source file's checksum and
 * every quoted passage against its source text.
 */
export function checkDataset(raw: unknown, readSource: ReadSource): CheckResult {
  const validation = validateDataset(raw);
  if (!validation.ok) return validation;
  const dataset = validation.dataset;
  const problems: DatasetProblem[] = editorialProblems(dataset);
  const texts = new Map<string, PreparedText>();

  dataset.sources.forEach((source, i) => {
    const file = readSource(source.text);
    if (!file) {
      problems.push(
        problemAt(
          dataset,
          ['sources', i, 'text'],
          `names the file "${source.text}", which cannot be read`,
        ),
      );
      return;
    }
    if (file.sha256 !== source.sha256) {
      problems.push(
        problemAt(
          dataset,
          ['sources', i, 'sha256'],
          `does not match "${source.text}", whose SHA-256 is ${file.sha256}: the text changed, or the checksum is stale`,
        ),
      );
    }
    texts.set(source.id, prepareText(file.text));
  });

  dataset.events.forEach((event, i) =>
    event.evidence.forEach((evidence, j) => {
      const text = texts.get(evidence.source);
      if (!text) return; // its unreadable file is already reported
      const path = ['events', i, 'evidence', j];
      const result = anchorQuote(text, evidence);
      const quoted = (range: { start: number; end: number }) =>
        `"${text.original.slice(range.start, range.end).replace(/\s+/g, ' ')}"`;
      if (result.status === 'not-found') {
        const hint = result.closest
          ? ` The closest passage (${Math.round(result.closest.similarity * 100)}% alike) is ${quoted(result.closest.range)}.`
          : '';
        problems.push(
          problemAt(
            dataset,
            [...path, 'exact'],
            `is not found in the text of source "${evidence.source}".${hint}`,
          ),
        );
      } else if (result.status === 'ambiguous') {
        problems.push(
          problemAt(
            dataset,
            [...path, 'exact'],
            `occurs ${result.ranges.length} times in source "${evidence.source}"; add a prefix or suffix to say which one is meant`,
          ),
        );
      } else if (result.status === 'context-mismatch') {
        problems.push(
          problemAt(
            dataset,
            [...path, evidence.prefix ? 'prefix' : 'suffix'],
            `does not surround any occurrence of the quote in source "${evidence.source}"`,
          ),
        );
      }
    }),
  );

  return problems.length ? { ok: false, problems } : { ok: true, dataset };
}
