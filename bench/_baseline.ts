import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../e2e/support/findChromium';
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
const variant = process.argv[2];
const css = readFileSync(process.argv[3] ?? '/dev/null', 'utf8');
const attrs = (i: number) => variant === 'vars' ? `style="--c:#123456;position:absolute;top:calc(var(--a) + ${i % 20} * var(--b));left:0"` : `style="position:absolute;top:${(i % 20) * 28}px;left:0"`;
const cls = variant === 'real' ? 'tl-unit tl-span' : 'u';
await page.setContent(`<style>${css}</style><div id=p class="tl-frame tl-plot" style="--a:1rem;--b:28px;position:relative;height:600px;overflow:hidden">${Array.from({ length: 160 }, (_, i) => `<button class="${cls} u" ${attrs(i)}><span class=tl-shape>x</span><span class="tl-label tl-label-after">label ${i}</span></button>`).join('')}</div>`);
await browser.startTracing(page, { categories: ['devtools.timeline'] });
await page.evaluate(async () => {
  const els = [...document.querySelectorAll<HTMLElement>('.u')];
  for (let f = 0; f < 100; f++) {
    els.forEach((e, i) => (e.style.transform = `translateX(${(i * 37 + f * 3) % 1200}px)`));
    await new Promise((r) => requestAnimationFrame(r));
  }
});
const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents as { name: string; dur?: number }[];
const u = events.filter((e) => e.name === 'UpdateLayoutTree' && e.dur);
console.log('recalcs', u.length, 'avg ms', (u.reduce((a, e) => a + e.dur!, 0) / u.length / 1000).toFixed(2));
await browser.close();
