import { execFile, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The command itself, as a person runs it: exit code and what it prints.
const fixtures = 'src/domain/dataset/test-fixtures';

function dataCheck(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-check.ts', ...args], {
    encoding: 'utf8',
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

function dataCheckInBackground(...args: string[]) {
  return new Promise<{ status: number | null; output: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/data-check.ts', ...args],
      { encoding: 'utf8' },
      (error, stdout, stderr) =>
        resolve({
          status: error ? (typeof error.code === 'number' ? error.code : null) : 0,
          output: stdout + stderr,
        }),
    );
  });
}

describe('npm run data:check', () => {
  it('passes the Baogang dataset by default', () => {
    const { status, output } = dataCheck();
    expect(output).toMatch(
      /^✓ data\/baogang\.timeline\.json: \d+ events, \d+ sources, \d+ quoted passages/,
    );
    expect(status).toBe(0);
  });

  it('fails every broken fixture, naming the event and the JSON path', async () => {
    const broken = readdirSync(fixtures).filter((name) => name.startsWith('broken-'));
    expect(broken.length).toBeGreaterThanOrEqual(19);
    // Side by side: each run starts a TypeScript loader, which is most of its time (and on a
    // machine busy with other test runs, that can take seconds each).
    const runs = await Promise.all(
      broken.map((name) => dataCheckInBackground(`${fixtures}/${name}`)),
    );
    runs.forEach(({ status, output }, i) => {
      expect(status, broken[i]).toBe(1);
      expect(output, broken[i]).toMatch(/^✗ .*(problem|not valid JSON)/);
    });
  }, 120_000);

  it('prints the closest passage for a missing quote', () => {
    const { output } = dataCheck(`${fixtures}/broken-quote-not-found.timeline.json`);
    expect(output).toContain(
      '- event "first-iron", events[1].evidence[0].exact: is not found in the text of source "article". The closest passage',
    );
  });

  it('says so when the file is not JSON', () => {
    const { status, output } = dataCheck(`${fixtures}/broken-not-json.timeline.json`);
    expect(status).toBe(1);
    expect(output).toMatch(/broken-not-json\.timeline\.json: is not valid JSON/);
  });
});
