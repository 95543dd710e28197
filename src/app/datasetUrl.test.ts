import { describe, expect, it } from 'vitest';
import { resolveDatasetUrl } from './datasetUrl';

const page = 'http://localhost:5173/timeline/index.html?x=1';

describe('resolveDatasetUrl', () => {
  it('resolves a relative path against the page', () => {
    expect(resolveDatasetUrl('data/other.json', page)).toEqual({
      ok: true,
      url: 'http://localhost:5173/timeline/data/other.json',
    });
  });

  it('accepts https from anywhere', () => {
    expect(resolveDatasetUrl('https://example.org/t.json', page)).toEqual({
      ok: true,
      url: 'https://example.org/t.json',
    });
  });

  it('refuses plain http from another origin and other schemes', () => {
    for (const bad of [
      'http://example.org/t.json',
      'javascript:alert(1)',
      'data:application/json,{}',
      'file:///etc/passwd',
    ]) {
      expect(resolveDatasetUrl(bad, page).ok, bad).toBe(false);
    }
  });
});
