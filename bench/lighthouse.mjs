// Step 2: Lighthouse 12.2.3 (performance category only), mobile preset and desktop preset, against the built app on a
// `vite preview` server. Runs the CLI from node_modules (it launches its own Chromium through chrome-launcher, which
// reads CHROME_PATH) with a fresh profile per run, and reads score, LCP, TBT and total bytes from the JSON report.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS } from '../tests/e2e/chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
export const LIGHTHOUSE_VERSION = '12.2.3';
const CLI = join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');

/** The shared flags (tests/e2e/chromium.mjs) plus --headless; a new profile per run carries no cache or service worker. */
const CHROME_FLAGS = ['--headless', ...CHROMIUM_ARGS];

/** Why Lighthouse cannot run here, or null when it can. */
export function lighthouseUnavailable() {
  if (!existsSync(CLI)) return `lighthouse not installed: npm i -D -E lighthouse@${LIGHTHOUSE_VERSION}`;
  const version = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;
  if (version !== LIGHTHOUSE_VERSION)
    console.warn(`bench: lighthouse ${version} installed; the known-good version is ${LIGHTHOUSE_VERSION}`);
  return null;
}

function run(args, env, timeoutMs) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr = (stderr + d).slice(-4000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    });
  });
}

async function runOnce(url, chromePath, preset) {
  const work = mkdtempSync(join(tmpdir(), 'bri-bench-lh-'));
  const profile = join(work, 'profile');
  const report = join(work, 'report.json');
  const args = [
    url,
    '--only-categories=performance',
    '--output=json',
    `--output-path=${report}`,
    '--quiet',
    `--chrome-flags=${[...CHROME_FLAGS, `--user-data-dir=${profile}`].join(' ')}`,
  ];
  if (preset === 'desktop') args.push('--preset=desktop');
  const started = Date.now();
  const { code, stderr } = await run(args, { ...process.env, CHROME_PATH: chromePath }, 120_000);
  try {
    if (code !== 0 || !existsSync(report))
      return { error: `lighthouse exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}` };
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    const audit = (id) => lhr.audits[id]?.numericValue ?? null;
    const score = lhr.categories.performance.score;
    return {
      score: score === null ? null : Math.round(score * 100),
      lcpMs: Math.round(audit('largest-contentful-paint')),
      tbtMs: Math.round(audit('total-blocking-time')),
      fcpMs: Math.round(audit('first-contentful-paint')),
      cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
      speedIndexMs: Math.round(audit('speed-index')),
      totalBytes: audit('total-byte-weight'),
      unusedJsBytes: lhr.audits['unused-javascript']?.details?.overallSavingsBytes ?? null,
      runtimeError: lhr.runtimeError?.message ?? null,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The median of `runs` runs (by score, then TBT), with every run's score: one run's score moves by several points
 * on this 2-CPU machine for the same build (mobile 89–97 seen), so a single run says little. Lighthouse's own advice
 * is to take the median of five.
 */
async function medianRun(url, chromePath, preset, runs) {
  const all = [];
  for (let i = 0; i < runs; i += 1) all.push(await runOnce(url, chromePath, preset));
  const ok = all.filter((r) => !r.error && r.score !== null);
  if (ok.length === 0) return all[0];
  const sorted = [...ok].sort((a, b) => a.score - b.score || b.tbtMs - a.tbtMs);
  return {
    ...sorted[Math.floor((sorted.length - 1) / 2)],
    runs: all.length,
    scores: ok.map((r) => r.score),
    failedRuns: all.length - ok.length,
  };
}

/** Mobile (Lighthouse's default: simulated slow 4G, 4× CPU) and desktop preset, the median of `runs` runs each. */
export async function measureLighthouse(url, chromePath, runs = 5) {
  const reason = lighthouseUnavailable();
  if (reason) return { skipped: reason };
  const mobile = await medianRun(url, chromePath, 'mobile', runs);
  const desktop = await medianRun(url, chromePath, 'desktop', runs);
  return { version: LIGHTHOUSE_VERSION, url, mobile, desktop };
}
