// `npm run bench`: builds the app into a temp folder and measures it (numbers, not pass/fail):
//   1. initial JavaScript (gzip/brotli) against the library floor, every chunk initial or lazy, and what the first
//      screen downloads in the browser at 1280×720 and 412×823 (panel bodies load once near the screen);
//   2. Lighthouse 12.2.3, mobile and desktop, against `vite preview`;
//   3. shared-filter change → all four panel summaries painted, and every chart redrawn, at 1×, 10× and 100×
//      synthetic data, with all four cards drawn as a reader sees them (their hero charts; a More-charts tab draws
//      nothing until it is opened, so it is not part of "every chart redrawn");
//   4. PNG export (2×) per panel (the card's Export menu) and per hero chart (its own Export chart menu), in the
//      same page;  5. map frame time with 5,000 markers.
// Prints a markdown table and writes bench/results.json and bench/latest.md.
// Options: --runs=30  --lighthouse-runs=5 (median of)  --budget=60 (seconds of filter changes per scale)  --scales=1,10,100  --skip=lighthouse,png,map,filter  --draw=screen  (BENCH_ROOT=<dir> builds another checkout).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import { findChromium } from '../tests/e2e/chromium.mjs';
import { launchBrowser, openDashboard } from './browser.mjs';
import { measureBundle } from './bundle-size.mjs';
import { measureFilterChange } from './filter-change.mjs';
import { measureFirstScreen } from './first-screen.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { measureMapFrames } from './map-frames.mjs';
import { measurePngExport } from './png-export.mjs';
import { markdownReport } from './report.mjs';
import { countRecords, syntheticPlaces, writeScaledData } from './scale-data.mjs';
import { serverUrl } from './stats.mjs';

const BENCH_DIR = import.meta.dirname;
const root = resolve(process.env.BENCH_ROOT ?? resolve(BENCH_DIR, '..'));
const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const runs = Number(option('runs', '30'));
const lighthouseRuns = Math.max(1, Number(option('lighthouse-runs', '5')));
const budgetMs = Number(option('budget', '60')) * 1000;
const scales = option('scales', '1,10,100')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n >= 1);
const skip = new Set(option('skip', '').split(',').filter(Boolean));
// --draw=screen times filter changes on the page as opened (only the panels and charts on the first screen drawn).
const drawAll = option('draw', 'all') !== 'screen';
const MAP_MARKERS = 5000;

const log = (msg) => console.log(`bench: ${msg}`);
const errorText = (err) => String(err?.message ?? err).split('\n')[0];

function gitInfo() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty =
      execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim() !==
      '';
    return { commit, dirty };
  } catch {
    return { commit: 'unknown', dirty: null };
  }
}

async function serve(outDir) {
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  return { server, url: serverUrl(server) };
}

/** Runs one step; a failing step is recorded as `{ error }` and the others still run. */
async function step(name, fn) {
  const started = Date.now();
  log(`${name}…`);
  try {
    const result = await fn();
    log(`${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } catch (err) {
    log(`${name} failed: ${errorText(err)}`);
    return { error: errorText(err) };
  }
}

const started = Date.now();
const chromePath = findChromium();
const work = mkdtempSync(join(tmpdir(), 'bri-bench-'));
const outDir = join(work, 'dist');
const results = {
  meta: {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    ...gitInfo(),
    node: process.versions.node,
    chromium: null,
    cpus: cpus().length,
    loadAverage: loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
    runs,
    scales,
  },
  bundle: null,
  firstScreen: null,
  lighthouse: null,
  filterChange: {},
  pngExport: null,
  map: null,
};

let base = null;
let context = null;
try {
  log(`building ${root} into ${outDir}`);
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: true } });
  results.bundle = await step('bundle sizes', () => measureBundle(outDir));
  base = await serve(outDir);

  results.lighthouse = skip.has('lighthouse')
    ? { skipped: 'skipped (--skip=lighthouse)' }
    : await step('lighthouse', () => measureLighthouse(base.url, chromePath, lighthouseRuns));

  context = await launchBrowser(chromePath);
  results.meta.chromium = context.browser() ? `Chromium ${context.browser().version()}` : null;
  if (results.bundle?.chunks)
    results.firstScreen = await step('first-screen JavaScript', () =>
      measureFirstScreen(context, base.url, results.bundle.chunks),
    );

  if (!skip.has('filter')) {
    let alternate;
    for (const scale of scales) {
      results.filterChange[scale] = await step(`filter change at ${scale}×`, async () => {
        let served = base;
        const dir = join(work, `dist-x${scale}`);
        let records;
        if (scale !== 1) {
          cpSync(outDir, dir, { recursive: true });
          rmSync(join(dir, 'data'), { recursive: true, force: true });
          const counts = writeScaledData(join(root, 'data'), join(dir, 'data'), scale);
          records = Object.values(counts).reduce((a, b) => a + b, 0);
          served = await serve(dir);
        } else {
          records = countRecords(join(root, 'data'));
        }
        try {
          const { page, errors, readyMs } = await openDashboard(context, served.url, 180_000, { drawAll });
          const timing = await measureFilterChange(page, { runs, budgetMs, alternate });
          alternate = timing.alternate;
          await page.close();
          return { records, readyMs, ...timing, pageErrors: errors.slice(0, 3) };
        } finally {
          if (served !== base) await served.server.close();
        }
      });
    }
  }

  if (!skip.has('png')) {
    results.pngExport = await step('PNG export', async () => {
      const { page } = await openDashboard(context, base.url);
      const out = await measurePngExport(page);
      await page.close();
      return out;
    });
  }

  if (!skip.has('map')) {
    results.map = await step(`map frames with ${MAP_MARKERS} markers`, () =>
      measureMapFrames(context, base.url, syntheticPlaces(join(root, 'data'), MAP_MARKERS)),
    );
  }
} catch (err) {
  results.error = errorText(err);
  log(`stopped: ${results.error}`);
} finally {
  await context?.close().catch(() => {});
  await base?.server.close().catch(() => {});
  rmSync(work, { recursive: true, force: true });
}

results.meta.seconds = Math.round((Date.now() - started) / 1000);
const markdown = markdownReport(results);
writeFileSync(join(BENCH_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(BENCH_DIR, 'latest.md'), markdown);
console.log(`\n${markdown}`);
log(`wrote bench/results.json and bench/latest.md in ${results.meta.seconds} s`);
// Numbers, not pass/fail: the exit code only says whether the bench itself could run.
process.exit(results.error ? 1 : 0);
