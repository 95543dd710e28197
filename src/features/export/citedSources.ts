import { safeHttpUrl } from '../../domain/quotes/textFragment';
import type { CslItem, Source, TimelineEvent } from '../../domain/dataset/schema';

/** A source as a picture's footer and a handout's source list name it. */
export interface CitedSource {
  id: string;
  title: string;
  /** The newspaper, site or encyclopedia, and its publisher when that is someone else. */
  publisher: string | null;
  year: number | null;
  /** The original's address, when it is an http(s) URL. */
  url: string | null;
  /** The dataset's licence and attribution line, as written. */
  rights: string;
  /** The Creative Commons licence the rights line names, as its deed's URL, or null. */
  licenceUrl: string | null;
  /** The source's own language (its title is written in it). */
  language: string | undefined;
}

/**
 * The sources that the given events cite, each once, in the dataset's order of sources: exactly
 * what a picture or handout of those events must credit. A source id the dataset lacks is left
 * out (the schema has already refused such a dataset).
 */
export function citedSources(
  events: readonly Pick<TimelineEvent, 'evidence'>[],
  sources: ReadonlyMap<string, Source>,
): CitedSource[] {
  const cited = new Set<string>();
  for (const event of events) for (const evidence of event.evidence) cited.add(evidence.source);
  return [...sources.values()].filter((s) => cited.has(s.id)).map(describeCited);
}

export function describeCited(source: Source): CitedSource {
  const { csl } = source;
  return {
    id: source.id,
    title: csl.title,
    publisher: publisherOf(csl),
    year: csl.issued?.['date-parts']?.[0]?.[0] ?? null,
    url: safeHttpUrl(csl.URL),
    rights: source.rights,
    licenceUrl: licenceUrl(source.rights),
    language: csl.language,
  };
}

/** "English Wikipedia, Wikimedia Foundation"; one name when both are the same; null for none. */
function publisherOf(csl: CslItem): string | null {
  const names = [csl['container-title'], csl.publisher]
    .map((name) => name?.trim())
    .filter((name): name is string => !!name);
  return [...new Set(names)].join(', ') || null;
}

const CC_LICENCE = /\bCC[\s-]?(BY(?:[\s-](?:NC|SA|ND))*)[\s-]+(\d\.\d)\b/i;
const CC_ZERO = /\bCC0\b/;

/**
 * The deed of the Creative Commons licence a rights line names ("CC BY-SA 4.0" →
 * https://creativecommons.org/licenses/by-sa/4.0/), since an attribution should link its
 * licence; null when the line names none or already gives the link.
 */
export function licenceUrl(rights: string): string | null {
  if (/creativecommons\.org/i.test(rights)) return null;
  if (CC_ZERO.test(rights)) return 'https://creativecommons.org/publicdomain/zero/1.0/';
  const match = CC_LICENCE.exec(rights);
  if (!match) return null;
  const kind = (match[1] as string).toLowerCase().replace(/\s/g, '-');
  return `https://creativecommons.org/licenses/${kind}/${match[2]}/`;
}

/** A source's address as people read it: `…/wiki/包頭鋼鉄`, not `…/wiki/%E5%8C%85…`. */
export function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
