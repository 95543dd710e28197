// `npm run screenshots [-- name=url-query ...]`: serves the built app and saves screenshots of
// the main views at desktop (1280×720), phone (390×844) and projector (1920×1080) sizes into
// screenshots/, for a person to look at before calling a UI change done.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../e2e/support/findChromium';

const PORT = 4174;
const base = `http://127.0.0.1:${PORT}/`;
const views: Record<string, string> = {
  whole: '',
  decade: '?from=1950&to=1965',
  months: '?from=1959-03&to=1960-06',
  week: '?from=1959-09-22&to=1959-09-29',
  recent: '?from=2015&to=2025',
  selected: '?event=steel-union-established',
  search: '?q=blast',
  filtered: '?cat=rare-earths,environment',
  'bad-params': '?from=yesterday&cat=nope&zoom=3',
  'missing-dataset': '?dataset=data/missing.json',
  'invalid-dataset': '?dataset=data/timeline.schema.json',
  ...Object.fromEntries(
    process.argv
      .slice(2)
      .map((arg) => [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]),
  ),
};
const sizes = {
  desktop: { width: 1280, height: 720 },
  phone: { width: 390, height: 844 },
  projector: { width: 1920, height: 1080 },
};

const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
  },
);
try {
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(base).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  mkdirSync('screenshots', { recursive: true });
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
  for (const [sizeName, viewport] of Object.entries(sizes)) {
    const context = await browser.newContext({
      viewport,
      ...(sizeName === 'phone' ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
    });
    const page = await context.newPage();
    for (const [name, query] of Object.entries(views)) {
      if (
        sizeName === 'projector' &&
        !['whole', 'decade', 'selected', 'panel', 'reader'].includes(name)
      )
        continue;
      await page.goto(`${base}${query}`);
      await page.waitForSelector('main section, [role="alert"]');
      await page.waitForTimeout(400);
      const file = `screenshots/${name}-${sizeName}.png`;
      await page.screenshot({ path: file });
      console.log(file);
    }
    await context.close();
  }
  await browser.close();
} finally {
  server.kill();
}
