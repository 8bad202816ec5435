// First-load blocking time on a phone (issue 22), quicker than `npm run bench`: serves built dist folders on
// 127.0.0.1, opens each N times at 412×823 with 4× CPU throttling (each load in a fresh browser profile: no service
// worker, no cache), and adds up the main thread's long tasks (PerformanceObserver 'longtask', over 50 ms each) from
// navigation until all four cards show their summary and no long task has followed for a second. With two folders
// the loads alternate (a, b, a, b …), so a busy machine weighs on both alike. Also printed: the renderer main thread's
// CPU time and script time over the same span (CDP Performance.getMetrics), which a shared machine inflates less.
//   npx vite build && node bench/profile-load.mjs [--dist=dist[,other-dist]] [--runs=5]
import { resolve } from 'node:path';
import { preview } from 'vite';
import { launchBrowser, PANEL_NAMES, panel } from './browser.mjs';
import { findChromium } from '../tests/e2e/chromium.mjs';
import { quantile, serverUrl } from './stats.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const dists = arg('dist', 'dist')
  .split(',')
  .map((d) => resolve(d));
const runs = Number(arg('runs', '5'));
const QUIET_MS = 1000;
const executablePath = findChromium();

const serve = (outDir) =>
  preview({
    root: resolve(import.meta.dirname, '..'),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });

async function loadOnce(url) {
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
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const metrics = async () =>
      Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const before = await metrics();
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
    const after = await metrics();
    const tasks = await page.evaluate(() => window.__longTasks);
    return {
      longTasks: tasks.reduce((t, x) => t + x.ms, 0),
      count: tasks.length,
      longest: Math.max(0, ...tasks.map((t) => t.ms)),
      cpu: (after.ThreadTime - before.ThreadTime) * 1000,
      script: (after.ScriptDuration - before.ScriptDuration) * 1000,
    };
  } finally {
    await context.close();
  }
}

const servers = await Promise.all(dists.map(serve));
const results = dists.map(() => []);
for (let i = 0; i < runs; i++) {
  for (const [d, server] of servers.entries()) {
    const r = await loadOnce(serverUrl(server));
    results[d].push(r);
    console.log(
      `${dists[d]} run ${i + 1}: long tasks ${r.longTasks.toFixed(0)} ms in ${r.count} (longest ${r.longest.toFixed(0)}),` +
        ` main-thread CPU ${r.cpu.toFixed(0)} ms, script ${r.script.toFixed(0)} ms`,
    );
  }
}
for (const [d, list] of results.entries()) {
  const median = (key) =>
    quantile(
      list.map((r) => r[key]),
      0.5,
    ).toFixed(0);
  console.log(
    `${dists[d]}: median of ${runs}: long tasks ${median('longTasks')} ms in ${median('count')} (longest` +
      ` ${median('longest')}), main-thread CPU ${median('cpu')} ms, script ${median('script')} ms`,
  );
}
await Promise.all(servers.map((s) => s.close()));
