/** The source reader. */
export const reader = {
  eyebrow: 'Source',
  close: 'Close source',
  excerpt: 'Excerpt.',
  excerptHeld: 'Only part of this source is held here.',
  excerptRest: 'The original page has the rest.',
  loading: 'Loading the source text…',
  loadFailed: 'The text of this source could not be loaded.',
  /** Why, after `loadFailed`. */
  loadError: {
    offline: 'This device is offline and has no saved copy of it.',
    network: 'The network request failed.',
    http: (status: number) => `The server answered ${status}.`,
    notFile: 'The server sent a web page instead: the file is probably missing.',
  },
  citedBy: (events: string) => `Cited by: ${events}`,
};
