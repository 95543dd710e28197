/** The source reader. */
export const reader = {
  eyebrow: 'Source',
  close: 'Close source',
  excerpt: 'Excerpt.',
  /** After `excerpt`; says where the rest is when the source has an original page. */
  excerptNote: (originalHasRest: boolean) =>
    ` Only part of this source is held here.${originalHasRest ? ' The original page has the rest.' : ''}`,
  loading: 'Loading the source text…',
  loadFailed: (why: string) => `The text of this source could not be loaded. ${why}`.trim(),
  /** Why, for `loadFailed`. */
  loadError: {
    offline: 'This device is offline and has no saved copy of it.',
    network: 'The network request failed.',
    http: (status: number) => `The server answered ${status}.`,
    notFile: 'The server sent a web page instead: the file is probably missing.',
  },
  citedBy: (events: string) => `Cited by: ${events}`,
};
