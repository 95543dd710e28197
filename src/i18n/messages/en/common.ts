/** Words several parts of the page share. */
export const common = {
  opensInNewTab: '(opens in a new tab)',
  close: 'Close',
  excerpt: 'excerpt',
  fullText: 'full text',
};
