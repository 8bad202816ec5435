// First-load blocking time on a phone (issue 22), quicker than `npm run bench`: serves a built dist/ on 127.0.0.1,
// opens it N times at 412×823 with 4× CPU throttling (each in a fresh browser profile: no service worker, no cache),
// and adds up the main thread's long tasks (PerformanceObserver 'longtask', over 50 ms each) from navigation until
// all four cards show their summary and no long task has followed for a second. Prints each run and the median.
//   npx vite build && node bench/profile-load.mjs [--dist=dist] [--runs=5]
import { resolve } from 'node:path';
import { preview } from 'vite';
import { launchBrowser, PANEL_NAMES, panel } from './browser.mjs';
import { findChromium } from '../tests/e2e/chromium.mjs';
import { quantile, serverUrl } from './stats.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const outDir = resolve(arg('dist', 'dist'));
const runs = Number(arg('runs', '5'));
const QUIET_MS = 1000;

const server = await preview({
  root: resolve(import.meta.dirname, '..'),
  logLevel: 'warn',
  build: { outDir },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 0), strictPort: false },
});
const url = serverUrl(server);
const executablePath = findChromium();

async function loadOnce() {
  const context = await launchBrowser(executablePath);
  try {
    const page = await context.newPage();
    await page.setViewportSize({ width: 412, height: 823 });
    // As in first-screen.mjs: Save-Data keeps the print code's later prefetch out of the first load.
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url);
    for (const name of PANEL_NAMES) await panel(page, name).locator('.panel__summary').waitFor({ timeout: 120_000 });
    // Then wait for the tail: until a second has passed with no new long task (at most 20 s).
    await page.waitForFunction(
      (quiet) => {
        const tasks = window.__longTasks;
        const lastEnd = tasks.length ? Math.max(...tasks.map((t) => t.start + t.ms)) : 0;
        return performance.now() - lastEnd > quiet;
      },
      QUIET_MS,
      { timeout: 20_000, polling: 100 },
    );
    const tasks = await page.evaluate(() => window.__longTasks);
    return {
      total: tasks.reduce((t, x) => t + x.ms, 0),
      count: tasks.length,
      max: Math.max(0, ...tasks.map((t) => t.ms)),
    };
  } finally {
    await context.close();
  }
}

const results = [];
for (let i = 0; i < runs; i++) {
  const r = await loadOnce();
  results.push(r);
  console.log(`run ${i + 1}: long tasks ${r.total.toFixed(0)} ms in ${r.count} (longest ${r.max.toFixed(0)} ms)`);
}
const median = (key) =>
  quantile(
    results.map((r) => r[key]),
    0.5,
  ).toFixed(0);
console.log(
  `${outDir}: median of ${runs}: ${median('total')} ms of long tasks, ${median('count')} tasks, longest ${median('max')} ms`,
);
await server.close();
