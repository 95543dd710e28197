import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { sourceSchema } from './schema';

const source = (text: string) => ({
  id: 's',
  csl: { type: 'book', title: 'S' },
  text,
  sha256: 'a'.repeat(64),
  coverage: 'full',
  rights: 'r',
});

describe('a source text path', () => {
  it('is relative and inside the dataset folder', () => {
    for (const good of ['sources/a.txt', 'a.txt', 'deep/er/b c.txt', 'sources/notes:1.txt']) {
      expect(z.safeParse(sourceSchema, source(good)).success, good).toBe(true);
    }
  });

  it('is never absolute, another scheme, a Windows path or outside the folder', () => {
    for (const bad of [
      'https://example.org/a.txt',
      'data:text/plain,hello',
      'javascript:alert(1)',
      '//example.org/a.txt',
      '/etc/passwd',
      '..\\a.txt',
      'sources\\a.txt',
      '../a.txt',
      'sources/../../a.txt',
    ]) {
      expect(z.safeParse(sourceSchema, source(bad)).success, bad).toBe(false);
    }
  });
});
