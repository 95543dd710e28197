import { count } from './plural';

/** The sources index. */
export const sources = {
  heading: (n: number) => `Sources (${n})`,
  close: 'Close sources',
  citedBy: (n: number) => `cited by ${count(n, 'event', 'events')}`,
  read: 'Read',
  readLabel: (title: string) => `Read ${title}`,
  originalPage: 'Original page',
};
