// `npm run size:check` (part of `npm test`, after the build): the JavaScript that the built
// index.html loads or preloads at start-up, gzipped, must stay within the budget. Everything else
// (the dataset worker, the reader, the list…) loads on demand and is listed for information.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** DESIGN.md, "Performance budgets". */
export const STARTUP_BUDGET_KB = 110;

const kb = (bytes: number) => bytes / 1024;

/** The scripts that index.html loads (`<script src>`) or preloads (`<link href>`), in order. */
export function startupScripts(html: string): string[] {
  const found = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\.?\/?([^"]+\.js)"/g)];
  return [...new Set(found.map((match) => match[1] as string))];
}

export function gzippedSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Start-up scripts and every other script in dist/assets, with their gzipped sizes in KB. */
export function measureDist(dist: string) {
  const startup = startupScripts(readFileSync(join(dist, 'index.html'), 'utf8')).map((file) => ({
    file,
    kb: kb(gzippedSize(join(dist, file))),
  }));
  const onDemand = readdirSync(join(dist, 'assets'))
    .filter((name) => name.endsWith('.js') && !startup.some((s) => s.file === `assets/${name}`))
    .map((name) => ({ file: `assets/${name}`, kb: kb(gzippedSize(join(dist, 'assets', name))) }));
  const total = startup.reduce((sum, s) => sum + s.kb, 0);
  return { startup, onDemand, total };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dist = process.argv[2] ?? 'dist';
  const { startup, onDemand, total } = measureDist(dist);
  const line = ({ file, kb: size }: { file: string; kb: number }) =>
    `  ${size.toFixed(1).padStart(6)} KB  ${file}`;
  console.log('Start-up JavaScript (loaded or preloaded by index.html), gzipped:');
  console.log(startup.map(line).join('\n'));
  console.log('Loaded on demand:');
  console.log(onDemand.map(line).join('\n'));
  if (startup.length === 0) {
    console.error(`No script found in ${dist}/index.html: build first (npx vite build).`);
    process.exit(1);
  }
  if (total > STARTUP_BUDGET_KB) {
    console.error(
      `Start-up JavaScript is ${total.toFixed(1)} KB gzipped, over the ${STARTUP_BUDGET_KB} KB budget ` +
        `(DESIGN.md, "Performance budgets"). Load what the first picture does not need on demand ` +
        `(React.lazy or import()), or make room elsewhere.`,
    );
    process.exit(1);
  }
  console.log(
    `Start-up JavaScript: ${total.toFixed(1)} KB gzipped, within the ${STARTUP_BUDGET_KB} KB budget.`,
  );
}
