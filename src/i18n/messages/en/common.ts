/** Words several parts of the page share. */
export const common = {
  opensInNewTab: '(opens in a new tab)',
  close: 'Close',
  excerpt: 'excerpt',
  fullText: 'full text',
  /** Between a label and what it names: "Read in source: …". */
  colon: ': ',
  openOriginal: 'Open original',
};
