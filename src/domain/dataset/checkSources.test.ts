import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDataset, type SourceFile } from './checkSources';

const fixtures = new URL('./test-fixtures/', import.meta.url);

function readSource(relativePath: string): SourceFile | null {
  try {
    const bytes = readFileSync(new URL(relativePath, fixtures));
    return {
      text: bytes.toString('utf8'),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
  } catch {
    return null;
  }
}

function check(name: string) {
  return checkDataset(JSON.parse(readFileSync(new URL(name, fixtures), 'utf8')), readSource);
}

describe('checkDataset', () => {
  it('accepts the valid fixture, whose quotes need white-space, quote-mark and CJK tolerance', () => {
    const result = check('valid.timeline.json');
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  // Each broken fixture differs from the valid one in one way and must be rejected for it.
  const broken: [string, { path: string; eventId?: string; message: RegExp }][] = [
    ['missing-title', { path: 'events[0].title', eventId: 'founded', message: /^is missing$/ }],
    [
      'unknown-field',
      { path: 'events[0]', eventId: 'founded', message: /^has unknown field "sumary"$/ },
    ],
    [
      'quote-not-found',
      {
        path: 'events[1].evidence[0].exact',
        eventId: 'first-iron',
        message:
          /^is not found in the text of source "article"\. The closest passage \(\d+% alike\) is "its first furnace tapped iron in 1959\.?"\.$/,
      },
    ],
    [
      'quote-ambiguous',
      {
        path: 'events[0].evidence[0].exact',
        eventId: 'founded',
        message: /^occurs 2 times in source "article"; add a prefix or suffix/,
      },
    ],
    [
      'prefix-mismatch',
      {
        path: 'events[2].evidence[0].prefix',
        eventId: 'union',
        message: /^does not surround any occurrence/,
      },
    ],
    [
      'sha256-mismatch',
      {
        path: 'sources[0].sha256',
        message: /^does not match "sources\/article\.txt", whose SHA-256 is [0-9a-f]{64}/,
      },
    ],
    [
      'missing-source-file',
      {
        path: 'sources[0].text',
        message: /^names the file "sources\/missing\.txt", which cannot be read$/,
      },
    ],
    [
      'unknown-category',
      {
        path: 'events[1].category',
        eventId: 'first-iron',
        message: /^names the category "mining", which the dataset does not define$/,
      },
    ],
    [
      'unknown-source',
      {
        path: 'events[1].evidence[0].source',
        eventId: 'first-iron',
        message: /^names the source "wikipedia", which the dataset does not define$/,
      },
    ],
    [
      'duplicate-event-id',
      { path: 'events[2].id', eventId: 'founded', message: /^repeats the event id "founded"/ },
    ],
    [
      'bad-edtf',
      {
        path: 'events[1].date.edtf',
        eventId: 'first-iron',
        message: /^"1959-13" is not a valid EDTF date$/,
      },
    ],
    [
      'bad-evidence-date',
      {
        path: 'events[0].evidence[0].date',
        eventId: 'founded',
        message: /^"in 1954" is not a valid EDTF date$/,
      },
    ],
    [
      'derived-without-note',
      {
        path: 'events[2].date.note',
        eventId: 'union',
        message: /^is required when the basis is "derived"/,
      },
    ],
    [
      'missing-translation',
      {
        path: 'events[1].evidence[1].translation',
        eventId: 'first-iron',
        message: /^is missing: the passage is in "ja" and the dataset in "en"$/,
      },
    ],
    [
      'figure-not-quoted',
      {
        path: 'events[3].figures[0].value',
        eventId: 'output-1960',
        message: /^"950000" is not written in any quoted passage of this event/,
      },
    ],
    [
      'derived-editorial-reading',
      {
        path: 'events[2].date.basis',
        eventId: 'union',
        message: /^is "derived", but the note calls the date a reading \("editorial reading"\)/,
      },
    ],
    [
      'disagreement-unnamed',
      {
        path: 'events[2].date.note',
        eventId: 'union',
        message:
          /^must say that the sources disagree \(they give 1997 \("article"\) and 1999-06-29 \("japanese"\)\)$/,
      },
    ],
    [
      'summary-copied',
      {
        path: 'events[2].summary',
        eventId: 'union',
        message:
          /^repeats the passage of evidence\[0\] word for word \("the group's union was founded in 1997"\)/,
      },
    ],
  ];

  it.each(broken)('rejects %s with its message', (name, expected) => {
    const result = check(`broken-${name}.timeline.json`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem?.path).toBe(expected.path);
    expect(problem?.eventId).toBe(expected.eventId);
    expect(problem?.message).toMatch(expected.message);
  });

  it('rejects data that is not a dataset at all', () => {
    const result = checkDataset([1, 2], readSource);
    expect(result).toEqual({
      ok: false,
      problems: [{ path: '(the whole file)', message: 'must be an object' }],
    });
  });
});
