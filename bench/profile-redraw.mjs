// `node bench/profile-redraw.mjs [--scale=100] [--changes=20]`: where the time of a filter change goes, from the
// summaries to every chart redrawn. Builds the app unminified (function names kept) into a temp folder, opens it with
// every panel drawn as `npm run bench` does, records a CPU profile (CDP Profiler) over `changes` filter changes and
// prints the functions with the most self time, and the same time grouped by where the code comes from (a package in
// node_modules, or a folder of src/). Not part of `npm run bench`: a tool for finding what to cut.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import { findChromium } from '../tests/e2e/chromium.mjs';
import { launchBrowser, openDashboard } from './browser.mjs';
import { measureFilterChange } from './filter-change.mjs';
import { writeScaledData } from './scale-data.mjs';
import { serverUrl } from './stats.mjs';

const root = resolve(import.meta.dirname, '..');
const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const scale = Number(option('scale', '1'));
const changes = Number(option('changes', '20'));
const top = Number(option('top', '30'));
// --react: React's profiling build, which reports every component render (its name, start and end) through
// console.timeStamp on the "Components ⚛" track; the component times replace the CPU profile.
const reactTimes = process.argv.includes('--react');

/** Runs in the page before its scripts: keeps React's component timings (the Components ⚛ track). */
function recordReactTimings() {
  const entries = [];
  window.__reactTimings = entries;
  // React times component renders only with a DevTools hook present (the root gets ProfileMode): a stub one.
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => {},
    onScheduleFiberRoot: () => {},
    onCommitFiberRoot: () => {},
    onPostCommitFiberRoot: () => {},
    onCommitFiberUnmount: () => {},
  };
  const original = console.timeStamp?.bind(console);
  console.timeStamp = (label, start, end, track, ...rest) => {
    if (track === 'Components \u269b' && typeof start === 'number' && typeof end === 'number')
      entries.push([label, start, end]);
    return original?.(label, start, end, track, ...rest);
  };
}

/** Self and total time per component from nested [name, start, end] intervals (a child lies inside its parent). */
function componentTimes(entries) {
  const sorted = [...entries].sort((a, b) => a[1] - b[1] || b[2] - a[2]);
  const self = new Map();
  const total = new Map();
  const renders = new Map();
  const stack = [];
  const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
  for (const [name, start, end] of sorted) {
    while (stack.length && stack[stack.length - 1].end <= start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) add(self, parent.name, -(Math.min(end, parent.end) - start));
    add(self, name, end - start);
    add(renders, name, 1);
    if (!stack.some((s) => s.name === name)) add(total, name, end - start);
    stack.push({ name, end });
  }
  return { self, total, renders };
}

/** The chunk (vendor-recharts-….js, index-….js) or package, or "(program)", "(garbage collector)"… */
function origin(url, name) {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const path = decodeURIComponent(new URL(url, 'http://x/').pathname);
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1];
  return path.split('/').pop() ?? path;
}

/** Self time per node of a CDP profile (samples × interval), in ms. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, { node: n, ms: 0 }]));
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i += 1) {
    const entry = byId.get(profile.samples[i]);
    if (entry) entry.ms += (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
  }
  return [...byId.values()];
}

/** Inclusive time per function key, counting a function once per stack (recursion is not counted twice). */
function inclusiveTimes(profile, selfMs, keyOf) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map();
  const active = new Map();
  const visit = (id) => {
    const node = byId.get(id);
    const key = keyOf(node);
    let ms = selfMs.get(id) ?? 0;
    active.set(key, (active.get(key) ?? 0) + 1);
    for (const child of node.children ?? []) ms += visit(child);
    active.set(key, active.get(key) - 1);
    if (active.get(key) === 0 && key !== null) out.set(key, (out.get(key) ?? 0) + ms);
    return ms;
  };
  visit(profile.nodes[0].id);
  return out;
}

function table(rows, total) {
  return rows
    .slice(0, top)
    .map(([label, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${label}`)
    .join('\n');
}

const work = mkdtempSync(join(tmpdir(), 'bri-profile-'));
const outDir = join(work, 'dist');
let server = null;
let context = null;
try {
  await build({
    root,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: false, sourcemap: false },
    ...(reactTimes
      ? { resolve: { alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] } }
      : {}),
  });
  if (scale !== 1) {
    rmSync(join(outDir, 'data'), { recursive: true, force: true });
    writeScaledData(join(root, 'data'), join(outDir, 'data'), scale);
  } else cpSync(join(root, 'data'), join(outDir, 'data'), { recursive: true });
  server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  context = await launchBrowser(findChromium());
  if (reactTimes) await context.addInitScript(recordReactTimings);
  const { page } = await openDashboard(context, serverUrl(server), 180_000);
  if (reactTimes) {
    await page.evaluate(() => (window.__reactTimings.length = 0));
    const timing = await measureFilterChange(page, { runs: changes, warmup: 0, budgetMs: 600_000 });
    const { self, total, renders } = componentTimes(await page.evaluate(() => window.__reactTimings));
    const sorted = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]);
    const sum = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(
      `${scale}×, ${timing.settled.n} timed changes (and the changes that pick the month): summaries painted p95 ` +
        `${timing.painted.p95Ms} ms, every chart redrawn p95 ${timing.settled.p95Ms} ms; component renders ${sum.toFixed(0)} ms`,
    );
    console.log('\nComponent self time:\n' + table(sorted(self), sum));
    console.log('\nComponent total time (with its children):\n' + table(sorted(total), sum));
    // How many times each component rendered over the run: a chart part rendering several times per change is redone work.
    const counts = sorted(renders)
      .slice(0, top)
      .map(([name, n]) => `${String(n).padStart(7)}  ${name}`);
    console.log('\nRenders per component:\n' + counts.join('\n'));
    process.exit(0);
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const timing = await measureFilterChange(page, { runs: changes, warmup: 0, budgetMs: 600_000 });
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = selfTimes(profile);
  const total = nodes.reduce((s, n) => s + n.ms, 0);
  const idle = nodes.filter((n) => n.node.callFrame.functionName === '(idle)').reduce((s, n) => s + n.ms, 0);
  const busy = total - idle;
  const byFunction = new Map();
  const byOrigin = new Map();
  for (const { node, ms } of nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') continue;
    const from = origin(url, functionName || '(anonymous)');
    const fn = `${functionName || '(anonymous)'}  [${from}${url ? `:${lineNumber + 1}` : ''}]`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    byOrigin.set(from, (byOrigin.get(from) ?? 0) + ms);
  }
  const sorted = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  const selfMs = new Map(nodes.map((n) => [n.node.id, n.node.callFrame.functionName === '(idle)' ? 0 : n.ms]));
  // The app's own functions (components, selectors, hooks: the chunks that are not vendor-*), by inclusive time.
  const appKey = ({ callFrame: { functionName, url } }) =>
    url && functionName && !/\/vendor-[^/]*$/.test(url) ? `${functionName}  [${origin(url, functionName)}]` : null;
  const inclusive = inclusiveTimes(profile, selfMs, appKey);
  inclusive.delete(null);
  console.log(
    `${scale}×, ${timing.settled.n} changes: summaries painted p95 ${timing.painted.p95Ms} ms, ` +
      `every chart redrawn p95 ${timing.settled.p95Ms} ms (median ${timing.settled.medianMs} ms)`,
  );
  console.log(
    `busy ${busy.toFixed(0)} ms of ${total.toFixed(0)} ms profiled (${(busy / changes).toFixed(0)} ms/change)`,
  );
  console.log('\nSelf time by origin:\n' + table(sorted(byOrigin), busy));
  console.log('\nSelf time by function:\n' + table(sorted(byFunction), busy));
  console.log('\nTime under app functions (inclusive):\n' + table(sorted(inclusive), busy));
} finally {
  await context?.close().catch(() => {});
  await server?.close().catch(() => {});
  rmSync(work, { recursive: true, force: true });
}
