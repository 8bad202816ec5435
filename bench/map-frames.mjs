// Step 5: map frame time with 5,000 markers. If the map engineer's `bench/map-markers.mjs` exists, its exported
// function does the measuring (contract: `measureMapMarkers({ context, baseUrl, places, count })` → an object with
// meanMs / p95Ms / frames). Otherwise: serve a 5,000-place places.json through a route, drag the Border crossings
// map back and forth for ~2 s and record requestAnimationFrame deltas.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDashboard, panel } from './browser.mjs';
import { summarise } from './stats.mjs';

const HOOK = resolve(import.meta.dirname, 'map-markers.mjs');

async function fromHook(args) {
  const mod = await import(pathToFileURL(HOOK).href);
  const fn = mod.measureMapMarkers ?? mod.default ?? Object.values(mod).find((v) => typeof v === 'function');
  if (typeof fn !== 'function') return null;
  return { via: 'bench/map-markers.mjs', ...(await fn(args)) };
}

function recordFrames(durationMs) {
  return new Promise((resolve) => {
    const deltas = [];
    let last = performance.now();
    const end = last + durationMs;
    const tick = (now) => {
      deltas.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(tick);
      else resolve(deltas.slice(1));
    };
    requestAnimationFrame(tick);
  });
}

async function dragAround(page, box, durationMs) {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = Math.min(200, box.width / 3);
  const stop = Date.now() + durationMs;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; Date.now() < stop; i += 1) {
    const sign = Math.floor(i / 20) % 2 === 0 ? 1 : -1;
    await page.mouse.move(cx + sign * dx * ((i % 20) / 20), cy + sign * (dx / 3) * ((i % 20) / 20));
  }
  await page.mouse.up();
}

export async function measureMapFrames(context, baseUrl, places, { durationMs = 2000 } = {}) {
  const count = places.records.length;
  if (existsSync(HOOK)) {
    try {
      const result = await fromHook({ context, baseUrl, places, count });
      if (result) return { count, ...result };
    } catch (err) {
      return { count, via: 'bench/map-markers.mjs', error: String(err.message ?? err).split('\n')[0] };
    }
  }
  const body = JSON.stringify(places);
  await context.route('**/data/places.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  try {
    const { page } = await openDashboard(context, baseUrl);
    const region = panel(page, 'Border crossings');
    const map = region.locator('.leaflet-container').first();
    if ((await map.count()) === 0) {
      await page.close();
      return { count, skipped: 'no Leaflet map (.leaflet-container) in the Border crossings panel yet' };
    }
    await map.scrollIntoViewIfNeeded();
    await map.waitFor({ state: 'visible', timeout: 30_000 });
    // Let markers (or clusters) finish drawing before measuring.
    await page.waitForTimeout(500);
    const markers = await region.locator('.leaflet-marker-icon, .leaflet-interactive').count();
    const box = await map.boundingBox();
    const [deltas] = await Promise.all([page.evaluate(recordFrames, durationMs), dragAround(page, box, durationMs)]);
    await page.close();
    return { count, via: 'drag pan', markerElements: markers, frames: deltas.length, ...summarise(deltas) };
  } finally {
    await context.unroute('**/data/places.json');
  }
}
