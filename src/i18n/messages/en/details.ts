/** The details panel: what happened, when and how sure, figures, names, and its passages. */
export const details = {
  close: 'Close details',
  otherEvents: 'Other events',
  previous: '← Previous',
  next: 'Next →',
  previousEvent: (title: string | null) => (title ? `Previous event: ${title}` : 'Previous event'),
  nextEvent: (title: string | null) => (title ? `Next event: ${title}` : 'Next event'),
  when: 'When',
  category: 'Category',
  figures: 'Figures',
  entities: 'People, places and organisations',
  entityTypes: {
    person: 'Person',
    organization: 'Organisation',
    place: 'Place',
    facility: 'Facility',
    product: 'Product',
    other: 'Other',
  },
  /** "(a day, stated in the source)" */
  dateQuality: (precision: string, basis: string) => `(${precision}, ${basis})`,
  /** These end with the space, if any, before what follows. */
  sourcesDiffer: 'Sources differ: ',
  /** Between the dates sources give, and between the sources giving one. */
  claimSeparator: '; ',
  nameSeparator: ', ',
  sourceDates: 'This source dates it: ',
  translation: 'Editors’ translation: ',
  /** Between a passage's source title and its byline. */
  bylineSeparator: ', ',
  readInSource: 'Read in source',
  cite: 'Cite',
  /** How the date was obtained, after its precision: "(a day, stated in the source)". */
  basis: {
    stated: 'stated in the source',
    derived: 'derived from the source',
    inferred: 'inferred',
  },
  /** What an EDTF date pins down: "a day", "about a year", "an uncertain year", "a period". */
  precision: {
    units: {
      day: 'day',
      month: 'month',
      season: 'season',
      year: 'year',
      decade: 'decade',
      century: 'century',
    },
    exact: (unit: string) => `a ${unit}`,
    approximate: (unit: string) => `about a ${unit}`,
    uncertain: (unit: string) => `an uncertain ${unit}`,
    uncertainApproximate: (unit: string) => `an uncertain, approximate ${unit}`,
    period: 'a period',
    openEnd: 'a period with no known end',
    openStart: 'a period with no known start',
    unknown: 'a date',
  },
  /** Figures: the number is already written for the locale; these are the words around it. */
  figure: {
    moreThan: (value: string) => `more than ${value}`,
    upTo: (value: string) => `up to ${value}`,
    about: (value: string) => `about ${value}`,
    rank: (value: string) => `rank ${value}`,
    /** Units Intl cannot write, as this language writes them after a number. */
    units: { t: 't', m2: 'm²', m3: 'm³', km2: 'km²', km3: 'km³' },
    withUnit: (value: string, unit: string) => `${value} ${unit}`,
    /** Currencies named in words rather than Intl's symbol (Chinese writes yuan as 元). */
    currencies: {} as Partial<Record<string, string>>,
    /** What a figure without a label of its own measures. */
    kinds: {
      quantity: 'quantity',
      money: 'amount of money',
      rank: 'rank',
      percent: 'percentage',
      count: 'count',
    },
  },
};
