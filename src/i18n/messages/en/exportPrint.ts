import { count, digits } from './plural';

/** Downloading a picture of the view, and the printed handout. */
export const exportPrint = {
  download: 'Download',
  downloadLabel: 'Download a picture of this view',
  svg: 'SVG picture',
  png: 'PNG picture',
  slide: 'Slide 1920×1080 (PNG)',
  print: 'Print',
  printLabel: 'Print a handout of this view',
  working: 'Making the picture…',
  failed: (reason: string) => `The picture could not be made: ${reason}`,
  clusterName: (events: number, years: string) => `${count(events, 'event', 'events')}, ${years}`,
  footer: {
    filters: (categories: string[] | null, query: string | null) =>
      `Categories: ${categories?.join(', ') ?? 'all'}${query ? ` · Search: “${query}” (matching events drawn strong, others faint)` : ''}`,
    sourcesOf: (events: number) => `Sources of the ${count(events, 'event', 'events')} shown`,
    noEventsShown: 'No event is shown in this view.',
    thisView: (url: string) => `This view online: ${url}`,
  },
  key: {
    day: 'a day',
    period: 'a month, year or period',
    circa: 'circa: faded ends',
    uncertain: 'uncertain (?): dashed',
    openEnd: 'no known end',
    disputed: 'sources give different dates',
    cluster: 'events too close to tell apart',
  },
  handout: {
    filters: (period: string, categories: string[] | null, query: string | null) =>
      `Period: ${period} · Categories: ${categories?.join(', ') ?? 'all'}${query ? ` · Search: “${query}”` : ''}`,
    events: (events: number) => `Events shown (${digits(events)})`,
    noEvents: 'No event is shown in this view.',
    sources: 'Sources',
    translation: 'Editors’ translation:',
    sourceDate: (date: string) => `This source dates it: ${date}`,
    sourcesDiffer: '≠ Sources give different dates',
    says: (claimant: string) => `${claimant} says:`,
    dateBasis: { derived: 'Date derived:', inferred: 'Date inferred:' },
    modality: { forecast: 'Forecast', plan: 'Plan', target: 'Target' },
    thisView: 'This view online:',
    printed: (date: string) => `Printed ${date}`,
  },
};
