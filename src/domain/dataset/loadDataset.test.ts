import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetLoadError } from './fetchFile';
import { checkOnPage } from './datasetCheckers';
import { fetchDataset as fetchAndCheck, fetchSourceText } from './loadDataset';
import type { Dataset } from './schema';

/** What the page prepares while the file is validated: here, the titles it reads. */
const titles = (dataset: Dataset) => [dataset.title, ...dataset.events.map((e) => e.title)];

/** What the worker runs, run here: Node has no module workers. */
const fetchDataset = (url: string, prepare = titles, signal?: AbortSignal) =>
  fetchAndCheck(url, prepare, signal, checkOnPage);

const valid = {
  format: 'timeline/1',
  title: 'T',
  categories: [{ id: 'c', label: 'C', color: '#000000' }],
  sources: [],
  events: [],
};

function answer(body: string, init: ResponseInit & { type?: string } = {}) {
  const headers = { 'content-type': init.type ?? 'application/json' };
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { ...init, headers })),
  );
}

async function failure(promise: Promise<unknown>): Promise<DatasetLoadError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetLoadError);
  return error as DatasetLoadError;
}

describe('fetching a dataset and its sources', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives the validated dataset, and what the page prepared from it', async () => {
    answer(JSON.stringify(valid));
    await expect(fetchDataset('https://x.org/t.json')).resolves.toMatchObject({
      dataset: { title: 'T' },
      prepared: ['T'],
    });
  });

  it("applies validation's changes to the page's copy and prepares it again", async () => {
    answer(JSON.stringify({ ...valid, title: '  T  ' }));
    const prepare = vi.fn(titles);
    const loaded = await fetchDataset('https://x.org/t.json', prepare);
    expect(loaded).toMatchObject({ dataset: { title: 'T' }, prepared: ['T'] });
    expect(prepare).toHaveBeenCalledTimes(2);
  });

  it('gives the problems of an invalid file, not the error it caused in preparing', async () => {
    answer(JSON.stringify({ ...valid, events: 'none' }));
    const error = await failure(fetchDataset('https://x.org/t.json'));
    expect(error.kind).toBe('invalid');
    expect(error.problems[0]).toMatchObject({ path: 'events' });
  });

  it('lets an error in preparing a valid dataset through', async () => {
    answer(JSON.stringify(valid));
    const broken = () => {
      throw new Error('prepare failed');
    };
    await expect(fetchDataset('https://x.org/t.json', broken)).rejects.toThrow('prepare failed');
  });

  it('stops waiting when the request is cancelled', async () => {
    answer(JSON.stringify(valid));
    const controller = new AbortController();
    const loading = fetchDataset('https://x.org/t.json', titles, controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(loading).rejects.toThrow('cancelled');
  });

  it('says the device is offline when it is, and otherwise that the network failed', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    vi.stubGlobal('navigator', { onLine: false });
    expect((await failure(fetchDataset('https://x.org/t.json'))).kind).toBe('offline');
    vi.unstubAllGlobals();
  });

  it('says the network failed', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = await failure(fetchDataset('https://x.org/t.json'));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/network request failed/);
  });

  it('says what the server answered', async () => {
    answer('gone', { status: 404, statusText: 'Not Found', type: 'text/plain' });
    const error = await failure(fetchDataset('https://x.org/t.json'));
    expect(error).toMatchObject({ kind: 'http', status: 404, url: 'https://x.org/t.json' });
    expect(error.message).toMatch(/server answered 404 Not Found/);
  });

  it('refuses a web page sent in place of a missing file, for datasets and source texts', async () => {
    answer('<!doctype html><title>App</title>', { type: 'text/html; charset=utf-8' });
    const page = await failure(fetchDataset('https://x.org/t.json'));
    expect(page.kind).toBe('notFile');
    expect(page.message).toMatch(/no dataset at this address/);
    expect((await failure(fetchSourceText('https://x.org/s.txt'))).message).toMatch(
      /no source text at this address/,
    );
  });

  it('tells bad JSON from an invalid dataset, listing the problems', async () => {
    answer('{ not json');
    expect((await failure(fetchDataset('https://x.org/t.json'))).kind).toBe('json');
    answer(JSON.stringify({ ...valid, title: '' }));
    const invalid = await failure(fetchDataset('https://x.org/t.json'));
    expect(invalid.kind).toBe('invalid');
    expect(invalid.problems[0]).toMatchObject({ path: 'title' });
  });

  it('gives a source text as it is', async () => {
    answer('Baotou\u00a0Steel', { type: 'text/plain; charset=utf-8' });
    await expect(fetchSourceText('https://x.org/s.txt')).resolves.toBe('Baotou\u00a0Steel');
  });
});
