import { parseEdtf } from '../dates/edtf';
import { copiedFrom } from './copiedWords';
import { dateDisagreement } from './disagreement';
import type { Dataset, TimelineEvent } from './schema';
import { canonicalNumber } from './decimal';
import { spotNumbers } from './spotNumbers';
import { problemAt, type DatasetProblem } from './validate';

/**
 * The editorial rules (DESIGN.md, "Editorial rules"; docs/editorial-guide.md) that a machine can
 * see in the dataset alone. Each rule looks at one event and reports problems at JSON paths
 * inside it; `editorialProblems` runs them all.
 */
type Rule = (event: TimelineEvent, path: (string | number)[]) => Problem[];
type Problem = { at: (string | number)[]; message: string };

export function editorialProblems(dataset: Dataset): DatasetProblem[] {
  const rules: Rule[] = [figuresInPassages, honestDerivedBasis, namedDisagreement, ownWords];
  return dataset.events.flatMap((event, i) =>
    rules.flatMap((rule) =>
      rule(event, ['events', i]).map(({ at, message }) => problemAt(dataset, at, message)),
    ),
  );
}

/** Rule 2: every figure's value is written in a passage (or its translation) of its event. */
export const figuresInPassages: Rule = (event, path) => {
  if (!event.figures?.length) return [];
  const written = new Set(
    event.evidence.flatMap((e) => [
      ...spotNumbers(e.exact),
      ...(e.translation ? spotNumbers(e.translation) : []),
    ]),
  );
  return event.figures.flatMap((figure, k) =>
    written.has(canonicalNumber(figure.value) ?? figure.value)
      ? []
      : [
          {
            at: [...path, 'figures', k, 'value'],
            message: `"${figure.value}" is not written in any quoted passage of this event (nor in a translation): quote the passage that gives it, or correct the value`,
          },
        ],
  );
};

/** Words that make a date an editor's reading rather than arithmetic. */
const READING_WORDS =
  /\b(editorial reading|editor'?s reading|reading of|assum(?:e|ed|es|ing|ption)|presum(?:e|ed|ably|ption)|probabl[ey]|guess(?:ed)?|interpret(?:ed|ation)?|taken (?:to|as))\b/i;

/** Rule 5: `derived` is arithmetic from the passage and the source's date, never a reading. */
export const honestDerivedBasis: Rule = (event, path) => {
  if (event.date.basis !== 'derived') return [];
  const reading = READING_WORDS.exec(event.date.note ?? '');
  return reading
    ? [
        {
          at: [...path, 'date', 'basis'],
          message: `is "derived", but the note calls the date a reading ("${reading[0]}"): an editor's reading or assumption is "inferred"`,
        },
      ]
    : [];
};

const DISAGREEMENT_WORDS = /\b(disagree|differ|conflict|contradict|discrepan|inconsistent)/i;

/** Rule 4: where the evidence dates disagree, `date.note` says so and names every date. */
export const namedDisagreement: Rule = (event, path) => {
  const claims = dateDisagreement(event);
  if (!claims) return [];
  const at = [...path, 'date', 'note'];
  const listed = claims
    .map((c) => `${c.date} (${c.sources.map((id) => `"${id}"`).join(', ')})`)
    .join(' and ');
  const note = event.date.note?.trim();
  if (!note) {
    return [{ at, message: `is required: the sources give different dates, ${listed}` }];
  }
  const problems: Problem[] = [];
  if (!DISAGREEMENT_WORDS.test(note)) {
    problems.push({
      at,
      message: `must say that the sources disagree (they give ${listed})`,
    });
  }
  const numbers = new Set(spotNumbers(note));
  const unnamed = claims.map((c) => yearOf(c.date)).filter((y) => y && !numbers.has(y));
  if (unnamed.length) {
    problems.push({
      at,
      message: `must name each date the sources give (${listed}); it does not mention ${unnamed.join(', ')}`,
    });
  }
  return problems;
};

function yearOf(edtf: string): string | null {
  const parsed = parseEdtf(edtf);
  if (!parsed.ok || !Number.isFinite(parsed.value.start)) return null;
  return String(new Date(parsed.value.start).getUTCFullYear());
}

/** Rule 1 and 6: a summary is the editors' words, not a passage copied without quotes. */
export const ownWords: Rule = (event, path) => {
  type Summary = [(string | number)[], string];
  const summaries: Summary[] = [
    [[...path, 'summary'], event.summary],
    ...Object.entries(event.translations ?? {}).flatMap(([language, t]): Summary[] =>
      t.summary ? [[[...path, 'translations', language, 'summary'], t.summary]] : [],
    ),
  ];
  return summaries.flatMap(([at, summary]) => {
    for (const [j, evidence] of event.evidence.entries()) {
      const copied = copiedFrom(summary, evidence.exact);
      if (copied) {
        return [
          {
            at,
            message: `repeats the passage of evidence[${j}] word for word ("${copied}"): say it in the editors' own words`,
          },
        ];
      }
    }
    return [];
  });
};
