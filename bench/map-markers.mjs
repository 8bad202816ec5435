// Border-map scale benchmark: numbers, not pass/fail. A synthetic places.json (copies of the real located places with
// a seeded jitter, bench/scale-data.mjs) is served through a route in place of data/places.json — nothing in the
// product knows about it. For each size it measures: time until the markers are drawn, the first draw (from the map
// box appearing to markers, the 1:10m detailed layer and the first labels all on screen), requestAnimationFrame deltas
// while dragging and while wheel-zooming the map (markers are spread apart and labels placed again after each zoom),
// and a Search filter change until the panel summary updates.
//
// It builds nothing: run it against a served build,
//   npm run build && npx vite preview --host 127.0.0.1 --port 4173 &   then
//   node bench/map-markers.mjs http://127.0.0.1:4173/ --counts=45,300,1000,5000
// or let `npm run bench` call measureMapMarkers({ context, baseUrl, places, count }) (its step 5).
import { resolve } from 'node:path';
import { findChromium } from '../tests/e2e/chromium.mjs';
import { launchBrowser, panel } from './browser.mjs';
import { syntheticPlaces } from './scale-data.mjs';
import { round, summarise } from './stats.mjs';

// The canvas of dots above the DOM limit (Leaflet's own canvas in the overlay pane before the dots layer).
const DOTS = '#panel-border canvas.border-map__dots, #panel-border .leaflet-overlay-pane canvas';
const MARKERS = '#panel-border .leaflet-marker-pane [role="button"]:not(.border-marker--project)';

export function recordFrames(durationMs) {
  return new Promise((done) => {
    const deltas = [];
    let last = performance.now();
    const end = last + durationMs;
    const tick = (now) => {
      deltas.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(tick);
      else done(deltas.slice(1));
    };
    requestAnimationFrame(tick);
  });
}

export async function drag(page, box, durationMs) {
  const [cx, cy, dx] = [box.x + box.width / 2, box.y + box.height / 2, Math.min(200, box.width / 3)];
  const stop = Date.now() + durationMs;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; Date.now() < stop; i += 1) {
    const sign = Math.floor(i / 20) % 2 === 0 ? 1 : -1;
    await page.mouse.move(cx + sign * dx * ((i % 20) / 20), cy + sign * (dx / 3) * ((i % 20) / 20));
  }
  await page.mouse.up();
}

export async function wheelZoom(page, box, durationMs) {
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const stop = Date.now() + durationMs;
  for (let i = 0; Date.now() < stop; i += 1) {
    await page.mouse.wheel(0, Math.floor(i / 3) % 2 === 0 ? -120 : 120);
    await page.waitForTimeout(120);
  }
}

/** Types into Search in the page and returns ms until the Border crossings summary text changes. */
function searchToSummary(text) {
  const summary = document.querySelector('#panel-border .panel__summary');
  const input = [...document.querySelectorAll('input[type="search"]')][0];
  if (!summary || !input) return Promise.resolve(null);
  const before = summary.textContent;
  return new Promise((done) => {
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (summary.textContent === before) return;
      observer.disconnect();
      requestAnimationFrame(() => done(performance.now() - t0));
    });
    observer.observe(summary, { childList: true, characterData: true, subtree: true });
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    setTimeout(() => {
      observer.disconnect();
      done(null);
    }, 10000);
  });
}

/**
 * The app's service worker (Workbox) answers data/places.json from its precache once an earlier page of this browser
 * installed it, so the synthetic file would never be fetched (a 5,000-place run measured the 45 bundled places). The
 * bench page therefore registers none, and any registration and cache left by an earlier step are removed first.
 */
export async function withoutServiceWorker(page, baseUrl) {
  await page.addInitScript(() => {
    if (!('serviceWorker' in navigator)) return;
    const none = () => new Promise(() => {});
    Object.defineProperty(navigator.serviceWorker, 'register', { value: none, configurable: true });
  });
  await page.goto(baseUrl);
  await page.evaluate(async () => {
    const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
    await Promise.all(registrations.map((r) => r.unregister()));
    await Promise.all((await caches.keys()).map((key) => caches.delete(key)));
  });
}

/**
 * In the page: scrolls the Border crossings panel to the top of the screen, as a reader going to it would, and
 * watches every frame (requestAnimationFrame, so no test-driver round trip is counted) until the first draw is
 * complete: the dots canvas has dots on it (or the DOM markers are there), the detailed 1:10m coast and borders are
 * drawn and at least one label is placed. Returns performance.now() times of the scroll, of the map box appearing,
 * of the markers and of the complete first draw. The map's code and data load once the panel is near the screen, so
 * the time from the scroll is what a reader waits for; the time from the map box is the drawing alone.
 */
export function firstDrawWatch() {
  const root = document.querySelector('#panel-border');
  // The dots layer notes on its canvas how many dots it drew (reading the pixels back would cost more than drawing);
  // a build from before that note counts a sized canvas as drawn.
  const dotsDrawn = () => {
    const canvas = root?.querySelector('canvas.border-map__dots');
    if (!canvas) return false;
    return canvas.dataset.dots === undefined ? canvas.width > 0 : Number(canvas.dataset.dots) > 0;
  };
  const markersDrawn = () =>
    root?.querySelector('.leaflet-marker-pane [role="button"]:not(.border-marker--project)') || dotsDrawn();
  const shapesAndLabels = () =>
    root?.querySelector('.leaflet-border-region-base-pane path') &&
    [...root.querySelectorAll('.border-label')].some((e) => e.style.display !== 'none');
  return new Promise((done, fail) => {
    if (!root) return fail(new Error('no #panel-border'));
    const out = { scrolledAtMs: performance.now(), mapBoxAtMs: null, drawnAtMs: null, firstDrawDoneAtMs: null };
    root.scrollIntoView({ block: 'start' });
    const stop = out.scrolledAtMs + 60_000;
    const tick = (now) => {
      const box = root.querySelector('.leaflet-container');
      // Marks too, so that a trace (bench/map-profile.mjs) shows the same moments.
      if (out.mapBoxAtMs === null && box) {
        out.mapBoxAtMs = now;
        performance.mark('map-box');
      }
      if (out.mapBoxAtMs !== null && out.drawnAtMs === null && markersDrawn()) {
        out.drawnAtMs = now;
        performance.mark('map-markers');
      }
      if (out.drawnAtMs !== null && shapesAndLabels()) {
        out.firstDrawDoneAtMs = now;
        performance.mark('map-first-draw');
        return done(out);
      }
      if (now > stop) return fail(new Error(`first draw not complete after 60 s: ${JSON.stringify(out)}`));
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export async function measureMapMarkers({
  context,
  baseUrl,
  places,
  count = places.records.length,
  durationMs = 2000,
}) {
  const body = JSON.stringify(places);
  await context.route('**/data/places.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  const page = await context.newPage();
  try {
    await withoutServiceWorker(page, baseUrl);
    await page.goto(baseUrl);
    const region = panel(page, 'Border crossings');
    const map = region.locator('.leaflet-container');
    // The panel draws once it is near the screen: go to it as a reader would, as soon as it has its data.
    await region.locator('.panel__summary').waitFor({ timeout: 60_000 });
    const { scrolledAtMs, mapBoxAtMs, drawnAtMs, firstDrawDoneAtMs } = await page.evaluate(firstDrawWatch);
    await page.waitForTimeout(300);
    const markerElements = await page.locator(MARKERS).count();
    const drawMode = (await page.locator(DOTS).count()) > 0 ? 'canvas' : 'dom-markers';
    const box = await map.boundingBox();
    const [panDeltas] = await Promise.all([page.evaluate(recordFrames, durationMs), drag(page, box, durationMs)]);
    const [zoomDeltas] = await Promise.all([page.evaluate(recordFrames, durationMs), wheelZoom(page, box, durationMs)]);
    const pan = summarise(panDeltas);
    const zoom = summarise(zoomDeltas);
    const filterMs = await page.evaluate(searchToSummary, 'port');
    const clearMs = await page.evaluate(searchToSummary, '');
    return {
      count,
      drawMode,
      markerElements,
      drawnAtMs: round(drawnAtMs, 0),
      // From the map's box appearing (its code loaded) to the first draw complete: the drawing alone.
      firstDrawMs: round(firstDrawDoneAtMs - mapBoxAtMs, 0),
      // Issue 22's target: the first draw within 10 pan frames (the first draw over the median pan frame).
      firstDrawPanFrames: round((firstDrawDoneAtMs - mapBoxAtMs) / pan.medianMs, 1),
      // From the scroll to the panel: what a reader waits for, loading the map's code and shapes included.
      fromScrollMs: round(firstDrawDoneAtMs - scrolledAtMs, 0),
      fromScrollPanFrames: round((firstDrawDoneAtMs - scrolledAtMs) / pan.medianMs, 1),
      frames: panDeltas.length,
      ...pan,
      longFrames: panDeltas.filter((d) => d > 50).length,
      zoom: { frames: zoomDeltas.length, ...zoom, longFrames: zoomDeltas.filter((d) => d > 50).length },
      searchFilterMs: round(filterMs, 1),
      searchClearMs: round(clearMs, 1),
    };
  } finally {
    await page.close();
    await context.unroute('**/data/places.json');
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const baseUrl = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? process.env.E2E_BASE_URL;
  const counts = (process.argv.find((a) => a.startsWith('--counts='))?.split('=')[1] ?? '45,300,1000,5000')
    .split(',')
    .map(Number);
  if (!baseUrl) {
    console.error('usage: node bench/map-markers.mjs <url of a served build> [--counts=45,300,1000,5000]');
    process.exit(2);
  }
  const context = await launchBrowser(findChromium());
  const rows = [];
  try {
    for (const count of counts) {
      const result = await measureMapMarkers({
        context,
        baseUrl,
        places: syntheticPlaces(resolve(import.meta.dirname, '../data'), count),
      });
      rows.push(result);
      console.log(JSON.stringify(result));
    }
  } finally {
    await context.close();
  }
  console.log(
    '\n| places | drawn as | DOM markers | drawn at (ms) | first draw (ms) | first draw in pan frames | pan frames | pan median / p95 / max (ms) | pan >50 ms | zoom median / p95 / max (ms) | zoom >50 ms | search → summary (ms) | clear (ms) |',
  );
  console.log('|---:|---|---:|---:|---:|---:|---:|---|---:|---|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.count} | ${r.drawMode} | ${r.markerElements} | ${r.drawnAtMs} | ${r.firstDrawMs} | ${r.firstDrawPanFrames} | ${r.frames} | ${r.medianMs} / ${r.p95Ms} / ${r.maxMs} | ${r.longFrames} | ` +
        `${r.zoom.medianMs} / ${r.zoom.p95Ms} / ${r.zoom.maxMs} | ${r.zoom.longFrames} | ${r.searchFilterMs} | ${r.searchClearMs} |`,
    );
  }
}
