import type * as z from 'zod/mini';
import { acceptorFor, type Acceptor } from './acceptUnchanged';
import { datasetSchema, type Dataset } from './schema';

/** One thing wrong with a dataset, located by a JSON path such as `events[3].evidence[0].exact`. */
export interface DatasetProblem {
  path: string;
  /** Id of the event the problem is in, when it is in one. */
  eventId?: string;
  message: string;
}

export type ValidationResult =
  { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

let acceptsUnchanged: Acceptor | undefined;

/** Schema, reference and date checks: everything that needs no source text. */
export function validateDataset(raw: unknown): ValidationResult {
  // Most files are valid as written: a walk that copies nothing says so several times faster
  // than zod's parse, which then runs only to say what is wrong or what it trims.
  acceptsUnchanged ??= acceptorFor(datasetSchema);
  if (acceptsUnchanged(raw)) return withTranslations(raw as Dataset);
  const result = datasetSchema.safeParse(raw, { error: plainMessage });
  if (result.success) return withTranslations(result.data);
  return {
    ok: false,
    problems: result.error.issues.map((issue) => problemAt(raw, issue.path, issue.message)),
  };
}

export function problemAt(raw: unknown, path: PropertyKey[], message: string): DatasetProblem {
  const eventId = eventIdAt(raw, path);
  return { path: formatPath(path), ...(eventId ? { eventId } : {}), message };
}

export function formatPath(path: PropertyKey[]): string {
  return (
    path
      .map((key, i) =>
        typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
      )
      .join('') || '(the whole file)'
  );
}

function eventIdAt(raw: unknown, path: PropertyKey[]): string | undefined {
  if (path[0] !== 'events' || typeof path[1] !== 'number') return undefined;
  const events = (raw as { events?: unknown } | null)?.events;
  const event = Array.isArray(events)
    ? (events[path[1]] as { id?: unknown } | undefined)
    : undefined;
  return typeof event?.id === 'string' ? event.id : undefined;
}

function withTranslations(dataset: Dataset): ValidationResult {
  const problems = untranslatedPassages(dataset);
  return problems.length ? { ok: false, problems } : { ok: true, dataset };
}

/** A passage in another language than the dataset's must carry the editors' translation. */
function untranslatedPassages(dataset: Dataset): DatasetProblem[] {
  const language = primaryLanguage(dataset.language);
  if (!language) return [];
  const sourceLanguage = new Map(
    dataset.sources.map((s) => [s.id, primaryLanguage(s.csl.language)]),
  );
  return dataset.events.flatMap((event, i) =>
    event.evidence.flatMap((evidence, j) => {
      const passageLanguage = sourceLanguage.get(evidence.source);
      if (!passageLanguage || passageLanguage === language || evidence.translation?.trim())
        return [];
      return [
        problemAt(
          dataset,
          ['events', i, 'evidence', j, 'translation'],
          `is missing: the passage is in "${passageLanguage}" and the dataset in "${language}"`,
        ),
      ];
    }),
  );
}

function primaryLanguage(tag: string | undefined): string | undefined {
  return tag?.split('-')[0]?.toLowerCase() || undefined;
}

/** Plain-sentence messages for the zod issues a dataset author is most likely to meet. */
function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : `must be ${article(issue.expected)}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return undefined;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
