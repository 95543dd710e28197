import { count } from './plural';

/**
 * How the app qualifies what the passages say: who makes a claim, whether an event is a
 * forecast, plan or target, and what it found when it checked a passage against its source.
 */
export const evidence = {
  /** After the name of a party speaking about itself (its `claimant`), before the passage. */
  says: ' says:',
  /** Beside the title and date of an event that is not an outcome. */
  modality: {
    forecast: 'Forecast — not an outcome',
    plan: 'Plan — not an outcome',
    target: 'Target — not an outcome',
  },
  /** The same, inside a mark's accessible name. */
  modalityInName: {
    forecast: 'forecast, not an outcome',
    plan: 'plan, not an outcome',
    target: 'target, not an outcome',
  },
  heading: (passages: number) => `Evidence (${count(passages, 'passage', 'passages')})`,
  noPassageFound: 'None of the passages cited for this event was found in its source.',
  notFound: 'Not found in its source',
  notFoundExplained: (source: string) =>
    `The dataset quotes this passage from “${source}”, but that text does not contain it, so it is not counted as evidence.`,
  checksumMismatch:
    'This copy of the source text differs from the one the dataset was checked against: its SHA-256 checksum does not match.',
  checksumUnverifiable:
    'The checksums of the source texts could not be verified: the browser computes them only on a secure (https) connection.',
  readerMissing: (passages: number) =>
    `${count(passages, 'cited passage was', 'cited passages were')} not found in this text:`,
  readerMissingPassage: (start: string, event: string) => `“${start}”, cited by “${event}”`,
};
