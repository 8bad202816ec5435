// Profiles the border map with N synthetic places (default 5,000): a Chrome trace (devtools.timeline) and a V8 CPU
// profile over one phase, then prints the main-thread tasks, the time per trace event and the functions with the most
// self time. Phases: `first` (from the map box appearing until the first draw is complete, marks set by
// firstDrawWatch in map-markers.mjs), `zoom` (2 s of wheel zoom, as the bench does) and `pan` (2 s of dragging).
// Not part of `npm run bench`: a tool for finding what the map spends its time on.
//   node bench/map-profile.mjs <url of a served build> [--phase=first|zoom|pan] [--count=5000] [--trace=file.json]
// An unminified build names the functions: npx vite build --minify false --outDir /tmp/dev && npx vite preview ...
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium } from '../tests/e2e/chromium.mjs';
import { launchBrowser, panel } from './browser.mjs';
import { drag, firstDrawWatch, recordFrames, wheelZoom, withoutServiceWorker } from './map-markers.mjs';
import { syntheticPlaces } from './scale-data.mjs';
import { summarise } from './stats.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const baseUrl = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!baseUrl) {
  console.error('usage: node bench/map-profile.mjs <url of a served build> [--phase=first|zoom|pan] [--count=5000]');
  process.exit(2);
}
const phase = arg('phase', 'first');
const count = Number(arg('count', '5000'));
const tracePath = arg('trace', `/tmp/map-trace-${phase}.json`);
const ms = (us) => (us / 1000).toFixed(1);

async function startTrace(cdp, events) {
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8'],
    },
  });
  await cdp.send('Profiler.start');
}

async function stopTrace(cdp) {
  const { profile } = await cdp.send('Profiler.stop');
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.end');
  await done;
  return profile;
}

function printTasks(events, thread, from, to) {
  const onMain = events.filter(
    (e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.ts + e.dur >= from && e.ts <= to,
  );
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > 8_000).sort((a, b) => a.ts - b.ts);
  console.log(`main-thread tasks over 8 ms: ${tasks.length}`);
  for (const t of tasks.slice(0, 40)) {
    const inner = onMain
      .filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur > 2_000 && e.name !== 'RunTask')
      .map((e) => `${e.name}${e.args?.data?.functionName ? `(${e.args.data.functionName})` : ''} ${ms(e.dur)}`)
      .slice(0, 6)
      .join(', ');
    console.log(`  +${ms(t.ts - from)} ms  ${ms(t.dur)} ms  ${inner}`);
  }
  const byName = new Map();
  for (const e of onMain) if (e.name !== 'RunTask') byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur);
  console.log('main-thread time per trace event (ms, nested events counted in each):');
  for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`  ${ms(v)}  ${k}`);
}

function printSelfTime(profile, from, to) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const byFile = new Map();
  const dt = profile.timeDeltas;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += dt[i] ?? 0;
    if (at < from || at > to) return;
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    const file =
      f.url
        .split('/')
        .pop()
        .replace(/-[\w-]{8}\.js$/, '') || f.functionName;
    const d = (dt[i + 1] ?? 0) / 1000;
    self.set(key, (self.get(key) ?? 0) + d);
    byFile.set(file, (byFile.get(file) ?? 0) + d);
  });
  console.log('self time (ms):');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${v.toFixed(1)}  ${k}`);
  console.log('self time by script (ms):');
  for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${v.toFixed(1)}  ${k}`);
}

const body = JSON.stringify(syntheticPlaces(resolve(import.meta.dirname, '../data'), count));
const context = await launchBrowser(findChromium());
try {
  await context.route('**/data/places.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  const page = await context.newPage();
  await withoutServiceWorker(page, baseUrl);
  const cdp = await context.newCDPSession(page);
  const events = [];
  if (phase === 'first') await startTrace(cdp, events);
  await page.goto(baseUrl);
  await panel(page, 'Border crossings').locator('.panel__summary').waitFor({ timeout: 60_000 });
  const watch = await page.evaluate(firstDrawWatch);
  console.log('first draw (in page):', watch);
  if (phase !== 'first') {
    await page.waitForTimeout(1500);
    // The mark goes after the trace starts (or the trace has no start mark), and after the profiler's own start-up.
    await startTrace(cdp, events);
    await page.waitForTimeout(300);
    await page.evaluate(() => performance.mark('map-phase-start'));
    const box = await panel(page, 'Border crossings').locator('.leaflet-container').boundingBox();
    const act = phase === 'zoom' ? wheelZoom : drag;
    const [deltas] = await Promise.all([page.evaluate(recordFrames, 2000), act(page, box, 2000)]);
    await page.evaluate(() => performance.mark('map-phase-end'));
    console.log(`${phase} frames:`, summarise(deltas));
  }
  const profile = await stopTrace(cdp);
  writeFileSync(tracePath, JSON.stringify({ traceEvents: events }));
  writeFileSync(tracePath.replace(/\.json$/, '.cpuprofile'), JSON.stringify(profile));
  const markEvent = (name) => events.find((e) => e.name === name && e.cat.includes('user_timing'));
  const [fromMark, toMark] = phase === 'first' ? ['map-box', 'map-first-draw'] : ['map-phase-start', 'map-phase-end'];
  const thread = markEvent(toMark);
  const from = markEvent(fromMark)?.ts ?? events[0]?.ts;
  const to = thread.ts;
  console.log(`window: ${ms(to - from)} ms`);
  printTasks(events, thread, from, to);
  printSelfTime(profile, from, to);
  console.log(`trace written to ${tracePath}`);
} finally {
  await context.close();
}
