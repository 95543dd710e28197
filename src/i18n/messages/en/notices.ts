/** What the page says about a link it could not follow to the letter (see domain/url/notices). */
export const notices = {
  repeated: (param: string) => `The parameter “${param}” was given twice; the first value is used.`,
  unknownParam: (param: string) =>
    `The parameter “${param}” is not one this page uses and was ignored.`,
  badValue: (param: string, value: string) =>
    `“${value}” is not a valid “${param}”; it was ignored.`,
  badDate: (param: string, value: string) =>
    `“${value}” is not a date like 1959, 1959-09 or 1959-09-26; “${param}” was ignored.`,
  badIds: (param: string, values: string) => `Ignored “${param}” value ${values}: not an id.`,
  badId: (param: string, value: string) => `“${value}” is not an id; “${param}” was ignored.`,
  badPlay: (value: string) =>
    `“${value}” is not a number of seconds from 3 to 600; autoplay was ignored.`,
  reversedWindow: (from: string, to: string) =>
    `“from” (${from}) is not before “to” (${to}); showing everything instead.`,
  datasetNotUrl: (value: string) => `The dataset parameter was ignored: “${value}” is not a URL.`,
  datasetNotSecure: (value: string) =>
    `The dataset parameter was ignored: “${value}” is neither on this site nor served over https.`,
  unknownEvent: (ids: string) => `There is no event ${ids} in this dataset.`,
  unknownSource: (ids: string) => `There is no source ${ids} in this dataset.`,
  unknownCategory: (ids: string, count: number) =>
    `Ignored unknown ${count === 1 ? 'category' : 'categories'} ${ids}.`,
  unknownTourStop: (ids: string) => `The tour skips events this dataset does not have: ${ids}.`,
  windowOutsideData: (from: string, to: string) =>
    `The period ${from}–${to} lies outside this dataset’s events; showing everything instead.`,
  quoted: (values: readonly string[]) => values.map((v) => `“${v}”`).join(', '),
};
