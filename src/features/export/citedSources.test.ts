import { describe, expect, it } from 'vitest';
import type { Source } from '../../domain/dataset/schema';
import { citedSources, licenceUrl } from './citedSources';

function source(id: string, extra: Partial<Source['csl']> = {}, rights = '© Someone'): Source {
  return {
    id,
    csl: { type: 'webpage', title: `Title ${id}`, ...extra },
    text: `${id}.txt`,
    sha256: 'a'.repeat(64),
    coverage: 'excerpt',
    rights,
  };
}

describe('citedSources', () => {
  const sources = new Map(
    [
      source('a', { 'container-title': 'English Wikipedia', publisher: 'Wikimedia Foundation' }),
      source('b', { URL: 'javascript:alert(1)', issued: { 'date-parts': [[2023, 4, 12]] } }),
      source('c', { 'container-title': 'China Daily', publisher: 'China Daily' }),
    ].map((s) => [s.id, s]),
  );

  it('lists exactly the sources the events cite, once each, in the dataset order', () => {
    const events = [
      { evidence: [{ source: 'c', exact: 'x' }] },
      {
        evidence: [
          { source: 'a', exact: 'y' },
          { source: 'c', exact: 'z' },
        ],
      },
    ];
    expect(citedSources(events, sources).map((s) => s.id)).toEqual(['a', 'c']);
    expect(citedSources([], sources)).toEqual([]);
  });

  it('names the publisher once, the year, and only http(s) addresses', () => {
    const [a, b, c] = citedSources(
      [{ evidence: ['a', 'b', 'c'].map((id) => ({ source: id, exact: 'x' })) }],
      sources,
    );
    expect(a?.publisher).toBe('English Wikipedia, Wikimedia Foundation');
    expect(c?.publisher).toBe('China Daily');
    expect(b).toMatchObject({ publisher: null, year: 2023, url: null });
  });
});

describe('licenceUrl', () => {
  it('links the Creative Commons licence a rights line names', () => {
    expect(licenceUrl('CC BY-SA 4.0. Text by Wikipedia contributors')).toBe(
      'https://creativecommons.org/licenses/by-sa/4.0/',
    );
    expect(licenceUrl('Licensed CC-BY-NC-ND 3.0')).toBe(
      'https://creativecommons.org/licenses/by-nc-nd/3.0/',
    );
    expect(licenceUrl('CC0')).toBe('https://creativecommons.org/publicdomain/zero/1.0/');
  });

  it('gives none for other rights, or when the line links it already', () => {
    expect(licenceUrl('© 2023 China Daily. All rights reserved.')).toBeNull();
    expect(licenceUrl('CC BY 4.0 https://creativecommons.org/licenses/by/4.0/')).toBeNull();
  });
});
