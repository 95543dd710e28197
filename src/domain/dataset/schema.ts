import * as z from 'zod/mini';
import { parseEdtf } from '../dates/edtf';

/**
 * The dataset format, version 1: the single definition. TypeScript types are inferred from it,
 * `data/timeline.schema.json` is generated from it (`npm run schema:write`), and both the app and
 * `npm run data:check` validate with it. Field names are a public contract: see README.md here.
 *
 * It uses zod/mini, whose functional checks tree-shake, to keep the browser bundle small. A date
 * outside the common EDTF forms needs the full grammar (`dates/edtfGeneral.ts`) loaded first:
 * readDataset loads it when a file needs it, the checker always.
 */

function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  return schema.check(z.meta({ description }));
}

type Issue = { path?: PropertyKey[]; message: string };

/** A refinement that reports issues through a plain callback. */
function refine<T>(check: (value: T, report: (issue: Issue) => void) => void) {
  return z.superRefine<T>((value, ctx) =>
    check(value, ({ path, message }) =>
      ctx.addIssue({ code: 'custom', message, path: path ?? [] }),
    ),
  );
}

const slug = described(
  z
    .string()
    .check(
      z.regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        'must be a slug: lower-case letters, digits and single hyphens',
      ),
    ),
  'Identifier: lower-case letters, digits and single hyphens.',
);

const plainText = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

const edtfString = described(
  z.string().check(
    refine<string>((value, report) => {
      const parsed = parseEdtf(value);
      if (!parsed.ok) report({ message: parsed.error });
    }),
  ),
  'An EDTF (ISO 8601-2) date: 1954, 1959-09, 1959-09-26, 1998~ (circa), 1997? (uncertain), 198X, 1955/1963 (interval), 1978/.. (open end).',
);

const cslDate = described(
  z.looseObject({
    'date-parts': z.optional(
      z
        .array(z.array(z.int()).check(z.minLength(1), z.maxLength(3)))
        .check(z.minLength(1), z.maxLength(2)),
    ),
    literal: z.optional(z.string()),
    circa: z.optional(z.boolean()),
  }),
  'A CSL-JSON date.',
);

const cslName = z.looseObject({
  family: z.optional(z.string()),
  given: z.optional(z.string()),
  literal: z.optional(z.string()),
});

/** CSL-JSON, so citations can be formatted and imported into reference managers. */
const csl = described(
  z.looseObject({
    type: described(plainText, 'CSL item type, e.g. article-newspaper, entry-encyclopedia.'),
    title: plainText,
    'container-title': z.optional(z.string()),
    publisher: z.optional(z.string()),
    author: z.optional(z.array(cslName)),
    issued: z.optional(cslDate),
    accessed: z.optional(cslDate),
    URL: z.optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
    language: z.optional(z.string()),
    note: z.optional(z.string()),
  }),
  'Bibliographic data as CSL-JSON (other CSL fields are allowed).',
);

/** Language tags that key a `translations` object: `zh`, `zh-Hant`, `mn`. */
const languageTag = z
  .string()
  .check(
    z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as zh or zh-Hant'),
  );

/** Per-language versions of an object's own text fields; a missing one shows as written. */
function translationsOf<T extends z.ZodMiniType>(fields: T, description: string) {
  return described(z.optional(z.record(languageTag, fields)), description);
}

export const sourceSchema = z.strictObject({
  id: slug,
  csl,
  text: described(
    z.string().check(
      z.regex(
        // Not absolute, no scheme (https:, data:), no backslash, no `..` segment.
        /^(?![/\\])(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?!.*\\)(?!.*(?:^|\/)\.\.(?:\/|$)).+$/,
        'must be a relative path inside the dataset folder',
      ),
    ),
    'Path of the plain-text (UTF-8) source file, relative to the dataset file.',
  ),
  sha256: described(
    z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hexadecimal digits')),
    'SHA-256 of the text file exactly as stored.',
  ),
  coverage: described(
    z.enum(['full', 'excerpt']),
    '"full": the whole text of the source; "excerpt": only the part we hold.',
  ),
  rights: described(plainText, 'Licence or copyright and attribution line.'),
});

export const categorySchema = z.strictObject({
  id: slug,
  label: plainText,
  color: z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #9a3412')),
  description: z.optional(z.string()),
  translations: translationsOf(
    z.strictObject({ label: z.optional(plainText), description: z.optional(z.string()) }),
    'The label (and description) in other languages, keyed by language tag.',
  ),
});

export const eventDateSchema = z
  .strictObject({
    edtf: edtfString,
    label: described(plainText, 'How the date reads to a person, e.g. "26 September 1959".'),
    basis: described(
      z.enum(['stated', 'derived', 'inferred']),
      'stated: the passage gives the date; derived: computed from the passage and the source date; inferred: uses outside knowledge.',
    ),
    note: described(
      z.optional(z.string()),
      'Required when basis is derived (the arithmetic) or inferred (what was used).',
    ),
  })
  .check(
    refine((date, report) => {
      if (date.basis !== 'stated' && !date.note?.trim()) {
        report({
          path: ['note'],
          message: `is required when the basis is "${date.basis}": say how the date was ${date.basis}`,
        });
      }
    }),
  );

export const entitySchema = z.strictObject({
  name: plainText,
  type: z.enum(['person', 'organization', 'place', 'facility', 'product', 'other']),
});

export const figureSchema = z
  .strictObject({
    kind: z.enum(['quantity', 'money', 'rank', 'percent', 'count']),
    value: z
      .string()
      .check(
        z.regex(/^-?\d+(?:\.\d+)?$/, 'must be a plain decimal number as a string, e.g. "900000"'),
      ),
    unit: described(
      z.optional(z.string()),
      'Unit of a quantity (t, m3, km) or ISO 4217 currency of money (CNY).',
    ),
    approximate: described(z.optional(z.boolean()), '"about", "roughly", "~".'),
    bound: described(
      z.optional(z.enum(['lower', 'upper'])),
      'lower: "more than" the value; upper: "up to" the value.',
    ),
    label: described(z.optional(z.string()), 'What is measured, in plain words.'),
  })
  .check(
    refine((figure, report) => {
      if ((figure.kind === 'quantity' || figure.kind === 'money') && !figure.unit) {
        report({ path: ['unit'], message: `is required for a ${figure.kind}` });
      }
      if (figure.kind === 'money' && figure.unit && !/^[A-Z]{3}$/.test(figure.unit)) {
        report({ path: ['unit'], message: 'must be an ISO 4217 currency code such as CNY or USD' });
      }
    }),
  );

export const evidenceSchema = z.strictObject({
  source: described(slug, 'Id of a source in this dataset.'),
  exact: described(plainText, 'The quoted passage, as it stands in the source text.'),
  prefix: described(z.optional(z.string()), 'Text just before the quote, to pick one occurrence.'),
  suffix: described(z.optional(z.string()), 'Text just after the quote, to pick one occurrence.'),
  date: described(z.optional(edtfString), 'The date this source gives for the event.'),
  translation: described(z.optional(z.string()), "Editors' English translation."),
  claimant: described(
    z.optional(plainText),
    'Who makes the claim when the passage reports a party speaking about itself, e.g. "Baogang Group"; the app attributes it ("Baogang Group says").',
  ),
});

export const eventSchema = z.strictObject({
  id: slug,
  title: plainText,
  summary: described(plainText, "Plain text: the editors' words."),
  date: eventDateSchema,
  category: slug,
  entities: z.optional(z.array(entitySchema)),
  figures: z.optional(z.array(figureSchema)),
  evidence: z.array(evidenceSchema).check(z.minLength(1, 'must cite at least one passage')),
  modality: described(
    z.optional(z.enum(['forecast', 'plan', 'target'])),
    'Set when the event is not an outcome but a forecast, plan or target ("will", "expects", "aims"); the app says so.',
  ),
  translations: translationsOf(
    z.strictObject({ title: z.optional(plainText), summary: z.optional(plainText) }),
    'The title and summary in other languages, keyed by language tag; quoted passages are never translated in place.',
  ),
});

export const datasetSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    format: z.literal('timeline/1', 'must be "timeline/1"'),
    title: plainText,
    description: z.optional(z.string()),
    language: z.optional(z.string()),
    categories: z.array(categorySchema).check(z.minLength(1, 'must define at least one category')),
    sources: z.array(sourceSchema),
    events: z.array(eventSchema),
    translations: translationsOf(
      z.strictObject({ title: z.optional(plainText), description: z.optional(z.string()) }),
      'The title and description in other languages, keyed by language tag.',
    ),
  })
  .check(
    refine((dataset, report) => {
      reportDuplicateIds(dataset.categories, 'categories', 'category', report);
      reportDuplicateIds(dataset.sources, 'sources', 'source', report);
      reportDuplicateIds(dataset.events, 'events', 'event', report);
      const categoryIds = new Set(dataset.categories.map((c) => c.id));
      const sourceIds = new Set(dataset.sources.map((s) => s.id));
      dataset.events.forEach((event, i) => {
        if (!categoryIds.has(event.category)) {
          report({
            path: ['events', i, 'category'],
            message: `names the category "${event.category}", which the dataset does not define`,
          });
        }
        event.evidence.forEach((evidence, j) => {
          if (!sourceIds.has(evidence.source)) {
            report({
              path: ['events', i, 'evidence', j, 'source'],
              message: `names the source "${evidence.source}", which the dataset does not define`,
            });
          }
        });
      });
    }),
    z.meta({
      title: 'Timeline dataset, format timeline/1',
      description: 'Events, each backed by quoted passages of plain-text sources.',
    }),
  );

function reportDuplicateIds(
  items: { id: string }[],
  key: string,
  what: string,
  report: (issue: Issue) => void,
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      report({
        path: [key, i, 'id'],
        message: `repeats the ${what} id "${item.id}"; ids must be unique`,
      });
    }
    seen.add(item.id);
  });
}

export type Dataset = z.infer<typeof datasetSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Category = z.infer<typeof categorySchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type CslItem = z.infer<typeof csl>;
