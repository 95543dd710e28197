import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureDist, startupScripts } from './startup-size';

describe('the start-up size check', () => {
  it('counts the scripts index.html loads and preloads, not the styles or other assets', () => {
    const html = `<link rel="stylesheet" href="./assets/index-a.css">
      <script type="module" crossorigin src="./assets/index-b.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/react-c.js">
      <link rel="icon" href="./favicon.svg">`;
    expect(startupScripts(html)).toEqual(['assets/index-b.js', 'assets/react-c.js']);
  });

  it('sums their gzipped sizes and lists the rest as loaded on demand', () => {
    const dist = mkdtempSync(join(tmpdir(), 'size-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<script type="module" src="./assets/a.js"></script>');
    writeFileSync(join(dist, 'assets', 'a.js'), 'x'.repeat(100_000));
    writeFileSync(join(dist, 'assets', 'lazy.js'), 'export const y = 1;');
    const { startup, onDemand, total } = measureDist(dist);
    expect(startup.map((s) => s.file)).toEqual(['assets/a.js']);
    expect(onDemand.map((s) => s.file)).toEqual(['assets/lazy.js']);
    // 100,000 repeated bytes gzip to a few hundred.
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(1);
  });
});
