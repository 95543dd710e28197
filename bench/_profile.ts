import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromiumArgs, findChromium } from '../e2e/support/findChromium';
import { syntheticDataset } from './syntheticDataset';
const size = Number(process.argv[2] ?? 1000);
const data = JSON.stringify(syntheticDataset(size));
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/bench.json') return res.writeHead(200, { 'content-type': 'application/json' }).end(data);
  const file = join('dist', normalize(path === '/' ? '/index.html' : path));
  try { res.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : extname(file) === '.css' ? 'text/css' : 'text/html' }).end(readFileSync(file)); } catch { res.writeHead(404).end(); }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto(`http://127.0.0.1:${port}/?dataset=/bench.json`);
await page.waitForSelector('.tl-plot .tl-unit');
await page.waitForTimeout(500);
await browser.startTracing(page, { categories: ['devtools.timeline'] });
const box = (await page.locator('.tl-plot').boundingBox())!;
await page.mouse.move(box.x + box.width / 2, box.y + 200);
for (let i = 0; i < 40; i++) { await page.mouse.wheel(0, -120); await page.waitForTimeout(16); }
for (let i = 0; i < 40; i++) { await page.mouse.wheel(0, 120); await page.waitForTimeout(16); }
const buffer = await browser.stopTracing();
const events = JSON.parse(buffer.toString()).traceEvents as { name: string; dur?: number; ph: string; args?: { elementCount?: number } }[];
const ults = events.filter((e) => e.name === 'UpdateLayoutTree' && e.dur);
console.log('style recalcs', ults.length, 'elements per recalc (avg)', Math.round(ults.reduce((a, e) => a + (e.args?.elementCount ?? 0), 0) / ults.length), 'max dur', Math.max(...ults.map((e) => e.dur! / 1000)).toFixed(1));
console.log('DOM nodes', await page.evaluate(() => document.querySelectorAll('*').length), 'units', await page.evaluate(() => document.querySelectorAll('.tl-plot .tl-unit').length));
const totals = new Map<string, [number, number]>();
for (const e of events) if (e.ph === 'X' && e.dur) { const t = totals.get(e.name) ?? [0, 0]; totals.set(e.name, [t[0] + e.dur / 1000, t[1] + 1]); }
console.log([...totals.entries()].sort((a, b) => b[1][0] - a[1][0]).slice(0, 15).map(([k, [v, n]]) => `${v.toFixed(0).padStart(6)} ms ${String(n).padStart(5)}x  ${k}`).join('\n'));
await browser.close();
server.close();
