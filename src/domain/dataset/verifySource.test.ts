import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { prepareText } from '../quotes/anchor';
import type { Evidence, Source } from './schema';
import {
  checkChecksum,
  checkEventPassages,
  checkPassages,
  locatePassage,
  passageStart,
} from './verifySource';

const text = 'The works was founded in\u00a01954. The works was founded twice, it says.';

describe('locatePassage', () => {
  const prepared = prepareText(text);

  it('finds a passage with the tolerant matching of data:check', () => {
    expect(locatePassage(prepared, { source: 's', exact: 'founded in 1954' })).toEqual({
      start: 14,
      end: 29,
    });
  });

  it('gives the first occurrence of a passage found twice: it is in the source', () => {
    expect(locatePassage(prepared, { source: 's', exact: 'The works was founded' })).toEqual({
      start: 0,
      end: 21,
    });
  });

  it('gives null for a passage the text does not contain', () => {
    expect(locatePassage(prepared, { source: 's', exact: 'founded in 1955' })).toBeNull();
  });
});

describe('checkPassages', () => {
  it('says found or missing where the text is loaded, unchecked where it is not', () => {
    const evidence: Evidence[] = [
      { source: 's', exact: 'founded in 1954' },
      { source: 't', exact: 'in t, whose text is not loaded' },
      { source: 's', exact: 'closed in 1960' },
    ];
    const texts = new Map([
      ['s', text],
      ['t', undefined],
    ]);
    expect(checkPassages(evidence, texts)).toEqual(['found', 'unchecked', 'missing']);
  });
});

describe('passageStart', () => {
  it('keeps a short passage whole, with its white space flattened', () => {
    expect(passageStart('founded\n in  1954')).toBe('founded in 1954');
  });

  it('cuts a long passage at a word boundary', () => {
    const long =
      'During the meeting, Baogang Group signed a framework agreement on industrial chain';
    expect(passageStart(long, 40)).toBe('During the meeting, Baogang Group signed…');
  });

  it('cuts text without spaces at the length', () => {
    expect(passageStart('白雲鄂博鐵礦1957年2月27日建礦,年產礦石1100萬噸', 10)).toBe(
      '白雲鄂博鐵礦1957…',
    );
  });
});

describe('checkChecksum', () => {
  const sha256 = (value: string | Buffer) => createHash('sha256').update(value).digest('hex');
  const subtle = globalThis.crypto.subtle;

  it('matches the SHA-256 of the UTF-8 file', async () => {
    const file = 'Foundry notes\n\n1959年操業開始。𠮷田 visited.\r\n';
    expect(await checkChecksum(file, sha256(file), subtle)).toEqual({ status: 'match' });
    expect(await checkChecksum(file, sha256(file).toUpperCase(), subtle)).toEqual({
      status: 'match',
    });
  });

  it('matches a file stored with a byte-order mark, which decoding drops', async () => {
    const decoded = 'Text after a BOM';
    const stored = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(decoded)]);
    expect(await checkChecksum(decoded, sha256(stored), subtle)).toEqual({ status: 'match' });
  });

  it('reports a mismatch with the checksum the text really has', async () => {
    const expected = sha256('the text as checked');
    expect(await checkChecksum('the text, changed', expected, subtle)).toEqual({
      status: 'mismatch',
      actual: sha256('the text, changed'),
    });
  });

  it('cannot verify without Web Crypto (an insecure context)', async () => {
    expect(await checkChecksum('text', sha256('text'), null)).toEqual({
      status: 'unverifiable',
    });
  });
});

describe('checkEventPassages', () => {
  const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
  const stored = { 'a.txt': 'Alpha text, as checked.', 'b.txt': 'Beta text, changed since.' };
  const source = (id: string, text: string, hash: string) => ({ id, text, sha256: hash }) as Source;
  const sources = new Map([
    ['a', source('a', 'a.txt', sha256(stored['a.txt']))],
    ['b', source('b', 'b.txt', sha256('Beta text, as checked.'))],
    ['gone', source('gone', 'gone.txt', sha256('x'))],
  ]);
  const load = async ({ text }: Source) => {
    const found = stored[text as keyof typeof stored];
    if (found === undefined) throw new Error(`${text}: 404`);
    return found;
  };

  it('checks every passage and every text the event cites, once per source', async () => {
    const loaded: string[] = [];
    const checks = await checkEventPassages(
      [
        { source: 'a', exact: 'Alpha text' },
        { source: 'b', exact: 'not in beta' },
        { source: 'a', exact: 'as checked' },
        { source: 'gone', exact: 'whatever' },
      ],
      sources,
      (s) => (loaded.push(s.id), load(s)),
      globalThis.crypto.subtle,
    );
    expect(loaded.sort()).toEqual(['a', 'b', 'gone']);
    expect(checks.passages).toEqual(['found', 'missing', 'found', 'unchecked']);
    expect(checks.checksums).toEqual(
      new Map([
        ['a', { status: 'match' }],
        ['b', { status: 'mismatch', actual: sha256(stored['b.txt']) }],
      ]),
    );
  });
});
