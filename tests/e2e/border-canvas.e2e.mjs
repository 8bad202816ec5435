// Issue 22: a border map of thousands of places draws them as one canvas of dots, painted by a module worker, and
// stays usable: no element per place, a click on a dot opens that place's card, a zoom redraws the dots, and when the
// worker cannot run (blocked here by a failing request for its script) the page draws them itself. The places are the
// bench's synthetic file (bench/scale-data.mjs: copies of the bundled places with a seeded jitter), served in place
// of data/places.json; the service worker is kept out so that it cannot answer with the bundled file.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { withoutServiceWorker } from '../../bench/map-markers.mjs';
import { syntheticPlaces } from '../../bench/scale-data.mjs';
import { BASE_URL, launch, panel } from './harness.mjs';

const COUNT = 5000;
const PLACES = JSON.stringify(syntheticPlaces(resolve(import.meta.dirname, '../../data'), COUNT));
const DOTS = 'canvas.border-map__dots';
const PLACE_MARKERS = '.leaflet-marker-pane [role="button"]:not(.border-marker--project)';

let context;
before(async () => {
  context = await launch();
  await context.route('**/data/places.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: PLACES }),
  );
});
after(async () => {
  await context?.close();
});

async function openBigMap({ blockWorker = false } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const workers = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const blocked = [];
  if (blockWorker)
    await page.route('**/dots-worker*', (route) => {
      blocked.push(route.request().url());
      return route.abort();
    });
  await withoutServiceWorker(page, BASE_URL);
  await page.goto(BASE_URL);
  const region = panel(page, 'Border crossings');
  await region.scrollIntoViewIfNeeded();
  await region.locator('.leaflet-container').waitFor({ timeout: 30000 });
  return { page, region, errors, workers, blocked };
}

/** How many dots the canvas says it drew (it notes the count; its pixels are not read back by the app). */
const dotsDrawn = (region) => region.locator(DOTS).evaluate((canvas) => Number(canvas.dataset.dots ?? 0));

/** Waits until the canvas has been drawn again with fewer dots than `before` (and some). */
async function fewerDotsThan(page, before) {
  await page.waitForFunction(
    ([selector, n]) => {
      const drawn = Number(document.querySelector(selector)?.dataset.dots ?? 0);
      return drawn > 0 && drawn < n;
    },
    [`#panel-border ${DOTS}`, before],
    { timeout: 15000 },
  );
}

async function waitForDots(page) {
  await page.waitForFunction((selector) => Number(document.querySelector(selector)?.dataset.dots ?? 0) > 0, DOTS, {
    timeout: 30000,
  });
}

/**
 * A point of the page where a dot is drawn and nothing else is on top: the map is brought into view, the canvas is
 * copied onto a 2D canvas (the worker's bitmaps included) and searched for a pixel whose neighbours are opaque too,
 * the middle of a dot.
 */
function dotPoint(selector) {
  const source = document.querySelector(selector);
  if (!source?.width) return null;
  const copy = document.createElement('canvas');
  [copy.width, copy.height] = [source.width, source.height];
  const ctx = copy.getContext('2d');
  ctx.drawImage(source, 0, 0);
  const { data, width, height } = ctx.getImageData(0, 0, copy.width, copy.height);
  const opaque = (x, y) => data[(y * width + x) * 4 + 3] === 255;
  const map = source.closest('.leaflet-container');
  map.scrollIntoView({ block: 'center' });
  const box = source.getBoundingClientRect();
  for (let y = 4; y < height - 4; y += 2)
    for (let x = 4; x < width - 4; x += 2) {
      if (![-3, 0, 3].every((dy) => [-3, 0, 3].every((dx) => opaque(x + dx, y + dy)))) continue;
      const point = { x: box.left + (x * box.width) / width, y: box.top + (y * box.height) / height };
      const top = document.elementFromPoint(point.x, point.y);
      const inMap = map.getBoundingClientRect();
      const inside = point.x > inMap.left + 60 && point.x < inMap.right - 60 && point.y > inMap.top + 60;
      // Only the map's own panes (not a label, a marker, a control or the legend) may be under the pointer.
      if (inside && top && map.contains(top) && !top.closest('.leaflet-marker-pane, .leaflet-control-container'))
        if (!top.closest('.border-label, .border-map__views, .border-legend')) return point;
    }
  return null;
}

test('5,000 places are drawn as dots by the worker: no element per place, a click opens its card, a zoom redraws', async () => {
  const { page, region, errors, workers } = await openBigMap();
  await waitForDots(page);
  assert.equal(await region.locator(PLACE_MARKERS).count(), 0, 'no DOM marker per place');
  assert.ok(
    workers.some((url) => url.includes('dots-worker')),
    `the dots worker ran (workers: ${workers.join(', ')})`,
  );
  const first = await dotsDrawn(region);
  assert.ok(first > 1000, `most of the ${COUNT} places are dots in the first view (${first})`);

  // The panels above may still be drawing and move the map, so the map is brought into view and the canvas searched
  // again until a dot is found under a free pointer (elementFromPoint sees only what is on the screen).
  const found = await page
    .waitForFunction(dotPoint, `#panel-border ${DOTS}`, { timeout: 15000, polling: 250 })
    .catch(() => null);
  const point = await found?.jsonValue();
  assert.ok(point, 'a dot is drawn somewhere the pointer can reach');
  await page.mouse.click(point.x, point.y);
  const card = region.getByRole('article');
  await card.waitFor({ timeout: 10000 });
  assert.ok((await card.getByRole('heading').first().textContent()).trim().length > 0, 'the card names its place');

  // Zoom in with the map's own control (the opened card may move the map away from the pointer): the canvas is drawn
  // again for the new view, with fewer of the places in it.
  const zoomIn = region.getByRole('button', { name: 'Zoom in' });
  for (let i = 0; i < 2; i += 1) {
    await zoomIn.click();
    await page.waitForTimeout(400);
  }
  await fewerDotsThan(page, first);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a filter change redraws the dots for the places it leaves, on the same canvas', async () => {
  const { page, region, errors } = await openBigMap();
  await waitForDots(page);
  const canvas = await region.locator(DOTS).elementHandle();
  const before = await dotsDrawn(region);
  // Places opened after 2005 (the Blagoveshchensk bridge, the Nizhneleninskoye rail bridge and their copies) leave.
  // The filter bar folds away below the top of the page: the month is set from there.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('region', { name: 'Filters' }).getByLabel('To', { exact: true }).fill('2005-12');
  await fewerDotsThan(page, before);
  assert.ok(await canvas.evaluate((node) => node.isConnected), 'the dots are drawn again on the canvas already there');
  assert.deepEqual(errors, []);
  await page.close();
});

test('when the dots worker cannot load, the page draws the 5,000 dots itself', async () => {
  const { page, region, errors, blocked } = await openBigMap({ blockWorker: true });
  await waitForDots(page);
  assert.ok(blocked.length > 0, 'the worker script was asked for, and failed');
  assert.ok((await dotsDrawn(region)) > 1000, 'the dots are drawn without the worker');
  assert.equal(await region.locator(PLACE_MARKERS).count(), 0, 'still no DOM marker per place');
  assert.deepEqual(errors, []);
  await page.close();
});
