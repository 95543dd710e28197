import { describe, expect, it } from 'vitest';
import { DatasetLoadError } from './fetchFile';
import { retryTransient } from './queries';

const url = 'https://x.org/sources/a.txt';
const http = (status: number) => new DatasetLoadError('http', url, 'no', { status });

describe('retrying a source text', () => {
  it('tries again after a failure that may pass, up to three times', () => {
    for (const error of [
      new DatasetLoadError('network', url, 'failed'),
      new DatasetLoadError('offline', url, 'offline'),
      http(500),
      http(503),
      http(408),
      http(429),
      new TypeError('Failed to fetch'),
    ]) {
      expect([0, 1, 2, 3].map((failures) => retryTransient(failures, error))).toEqual([
        true,
        true,
        true,
        false,
      ]);
    }
  });

  it('does not try again after an answer that will not change', () => {
    for (const error of [
      http(404),
      http(403),
      http(410),
      new DatasetLoadError('notFile', url, 'a web page'),
    ]) {
      expect(retryTransient(0, error)).toBe(false);
    }
  });
});
