// The border-crossings map in a real browser: it draws offline (bundled vector basemap, no request leaves 127.0.0.1),
// every sourced crossing has a marker named after it, the keyboard reaches markers and the list, shared filters hide
// markers, online tiles load only after the user opts in, and Download PNG captures the map with its legend, labels
// and scale bar, and Download SVG the map as drawn (labels as text, markers, scale bar, attribution). The named
// countries and cities are labelled on the first view, no two labels overlap and none covers a marker; every marker
// takes its own click (the Tumen tripoint too); full screen gives the map most of the screen and refits the view.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import {
  axeViolations,
  chooseFilterOptions,
  exportItem,
  launch,
  openPage,
  openTab,
  panel,
  unfoldFilters,
  waitForPanels,
} from './harness.mjs';

const NAME = 'Border crossings';
const places = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/places.json'), 'utf8')).records;
const sourced = places.filter((p) => p.kind === 'crossing' && p.location?.confidence === 'confirmed');
const closed = places.filter((p) => p.status === 'closed' && p.location);

let context;
before(async () => {
  context = await launch();
});
after(async () => {
  await context?.close();
});

async function openMap(path) {
  const opened = await openPage(context, path);
  await waitForPanels(opened.page);
  const region = panel(opened.page, NAME);
  await region.locator('.leaflet-container').waitFor({ timeout: 15000 });
  return { ...opened, region, markers: region.locator('.leaflet-marker-pane') };
}

const placeMarkers = (markers) => markers.locator('[role="button"]:not(.border-marker--project)');

test('the map draws offline: country shapes, rivers and a marker named after every sourced crossing', async () => {
  const { page, problems, region, markers } = await openMap();
  await region.locator('path.border-map__country').first().waitFor({ state: 'attached' });
  assert.ok((await region.locator('path.border-map__country').count()) > 100, 'country shapes drawn');
  assert.ok((await region.locator('path.border-map__river').count()) > 0, 'rivers drawn');
  assert.ok(sourced.length > 0);
  for (const p of sourced)
    assert.equal(
      await markers.getByRole('button', { name: p.name.en, exact: true }).count(),
      1,
      `marker for ${p.name.en}`,
    );
  const box = await region.locator('.leaflet-container').boundingBox();
  assert.ok(box && box.width > 300 && box.height > 300, `map has a size (${box?.width}×${box?.height})`);
  if (process.env.BORDER_SCREENSHOT) await region.screenshot({ path: process.env.BORDER_SCREENSHOT });
  assert.deepEqual(problems.foreignRequests, []);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('a click or Enter on a marker opens its card; the list selects places and sets the Region filter', async () => {
  const { page, problems, region, markers } = await openMap();
  const [first, second] = sourced;
  await markers.getByRole('button', { name: first.name.en, exact: true }).click();
  const card = region.getByRole('article', { name: first.name.en });
  await card.waitFor();
  for (const link of await card.getByRole('link').all()) assert.equal(await link.getAttribute('target'), '_blank');

  await markers.getByRole('button', { name: second.name.en, exact: true }).focus();
  await page.keyboard.press('Enter');
  await region.getByRole('article', { name: second.name.en }).waitFor();

  await openTab(page, 'Border crossings', 'Places');
  const list = region.getByRole('navigation', { name: 'Places on the map' });
  await list.getByRole('button', { name: first.name.en, exact: true }).press('Enter');
  // A place chosen in the list is shown on the map with its card; the list keeps it marked as chosen.
  await region.getByRole('article', { name: first.name.en }).waitFor();
  await openTab(page, 'Border crossings', 'Places');
  assert.equal(
    await list.getByRole('button', { name: first.name.en, exact: true }).getAttribute('aria-pressed'),
    'true',
  );
  await openTab(page, 'Border crossings', 'Map');
  await region
    .getByRole('article', { name: first.name.en })
    .getByRole('button', { name: /^Filter to this region/ })
    .first()
    .click();
  await page.waitForFunction(
    (id) => new URL(location.href).searchParams.get('region')?.split(',').includes(id),
    first.regions[0],
  );
  assert.match(await page.locator('.filter-bar__summary').textContent(), /Region:/);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('Status and Search in the Filters region hide markers', async () => {
  const { page, problems, markers } = await openMap();
  const filters = page.getByRole('region', { name: 'Filters' });
  const all = await placeMarkers(markers).count();
  await chooseFilterOptions(page, 'Status', ['Closed']);
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('#panel-border .leaflet-marker-pane [role="button"]:not(.border-marker--project)')
        .length === n,
    closed.length,
  );
  assert.ok(closed.length < all, `${closed.length} closed of ${all}`);
  await filters.getByRole('button', { name: 'Reset filters' }).click();
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('#panel-border .leaflet-marker-pane [role="button"]:not(.border-marker--project)')
        .length === n,
    all,
  );

  const target = sourced[0];
  await unfoldFilters(page);
  await filters.getByLabel('Search', { exact: true }).fill(target.name.en);
  await page.waitForFunction(
    () => new URL(location.href).searchParams.has('q') || new URL(location.href).searchParams.has('search'),
  );
  await markers.getByRole('button', { name: target.name.en, exact: true }).waitFor();
  const other = sourced.find((p) => p !== target && !p.name.en.includes(target.name.en));
  if (other) await markers.getByRole('button', { name: other.name.en, exact: true }).waitFor({ state: 'detached' });
  assert.ok((await placeMarkers(markers).count()) < all);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('online tiles are requested only after the user turns them on, and then OpenStreetMap is credited', async () => {
  const { page, problems, region } = await openMap();
  // No internet here: answer tile requests locally with a 1×1 PNG, but still see that they were made.
  const pixel = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  );
  await page.route('https://tile.openstreetmap.org/**', (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: pixel }),
  );
  assert.deepEqual(problems.foreignRequests, [], 'nothing before opting in');
  await region.getByRole('checkbox', { name: 'Online map tiles (OpenStreetMap)' }).check();
  await region.locator('.leaflet-tile-pane img').first().waitFor({ state: 'attached' });
  await page.waitForFunction(() =>
    document.querySelector('#panel-border .leaflet-control-attribution')?.textContent?.includes('OpenStreetMap'),
  );
  assert.ok(
    problems.foreignRequests.length > 0 &&
      problems.foreignRequests.every((u) => u.startsWith('https://tile.openstreetmap.org/')),
  );
  await page.close();
});

test('Download PNG produces a valid image of the map, with the legend and attribution inside the panel body', async () => {
  const { page, problems, region } = await openMap();
  await region.locator('path.border-map__country').first().waitFor({ state: 'attached' });
  const body = region.locator('.panel__body');
  await body.getByRole('group', { name: 'Map legend' }).waitFor();
  assert.match(await body.locator('.border-legend').textContent(), /Natural Earth/);
  assert.equal(await body.locator('.leaflet-control-attribution').count(), 1);
  assert.match(await body.locator('.leaflet-control-attribution').textContent(), /GeoNames/);
  assert.equal(await body.locator('.leaflet-control-scale').count(), 1, 'a scale bar');
  assert.ok((await body.locator('.border-label--city:visible').count()) > 0, 'labels are in the captured body');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30000 }),
    exportItem(region, 'Download PNG'),
  ]);
  const bytes = readFileSync(await download.path());
  if (process.env.BORDER_PNG) writeFileSync(process.env.BORDER_PNG, bytes);
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  assert.ok(width >= 400 && height >= 300, `image size ${width}×${height}`);
  assert.ok(bytes.length > 20000, `PNG is not trivially small (${bytes.length} bytes)`);
  assert.deepEqual(problems.foreignRequests, []);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('Download SVG saves the map as drawn: city labels as text, markers, scale bar and attribution', async () => {
  const { page, problems, region } = await openMap();
  await region.locator('.border-label--city').first().waitFor();
  await page.waitForTimeout(500);
  const shown = (await shownLabels(region)).map((l) => l.text);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30000 }),
    exportItem(region, 'Download SVG'),
  ]);
  assert.match(download.suggestedFilename(), /\.svg$/);
  const svg = readFileSync(await download.path(), 'utf8');
  if (process.env.BORDER_SVG) writeFileSync(process.env.BORDER_SVG, svg);
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  for (const name of ['Vladivostok', 'Khabarovsk', 'Harbin', 'RUSSIA', 'CHINA'])
    assert.ok(texts.includes(name), `the SVG names ${name} as text`);
  for (const name of shown) assert.ok(texts.includes(name), `every label shown on the map is in the SVG (${name})`);
  assert.ok(
    texts.some((t) => t.includes('Natural Earth') && t.includes('GeoNames')),
    'the attribution is in the SVG',
  );
  assert.ok(
    texts.some((t) => / km$/.test(t)),
    'a scale bar with its distance',
  );
  const titles = [...svg.matchAll(/<title[^>]*>([^<]*)<\/title>/g)].map((m) => m[1]);
  for (const p of sourced) assert.ok(titles.includes(p.name.en), `the marker of ${p.name.en} is in the SVG, named`);
  assert.ok(
    texts.some((t) => t.includes('Border rivers')),
    'the legend follows the map',
  );
  assert.deepEqual(problems.foreignRequests, []);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('axe finds no violations with a crossing card and the notes open', async () => {
  const { page, region } = await openMap();
  await openTab(page, 'Border crossings', 'Places');
  await region
    .getByRole('navigation', { name: 'Places on the map' })
    .getByRole('button', { name: sourced[0].name.en, exact: true })
    .click();
  await region.getByRole('article', { name: sourced[0].name.en }).waitFor();
  await openTab(page, 'Border crossings', 'Sources');
  await region.locator('.border-notes summary').click();
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});

// The labels the issue names: countries, seas and the main cities, visible on the first view at 1440 px.
const NAMED_LABELS = [
  'RUSSIA',
  'CHINA',
  'Khabarovsk',
  'Vladivostok',
  'Blagoveshchensk',
  'Heihe',
  'Harbin',
  'Suifenhe',
  'Ussuriysk',
  'Hunchun',
  'Birobidzhan',
];

/** The labels shown on the map, with their boxes (hidden ones have display:none). */
async function shownLabels(region) {
  return region.locator('.border-label').evaluateAll((els) =>
    els
      .filter((e) => getComputedStyle(e).display !== 'none')
      .map((e) => {
        const r = e.getBoundingClientRect();
        return { text: e.textContent, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      }),
  );
}

/** The boxes of the markers drawn on the map. */
async function markerBoxes(region) {
  return region.locator('.leaflet-marker-pane .border-marker').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { text: e.getAttribute('aria-label'), left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }),
  );
}

/** No label covers a marker (labels keep clear of markers as of each other), so every marker can be seen. */
async function assertLabelsClearOfMarkers(region) {
  const [labels, markers] = [await shownLabels(region), await markerBoxes(region)];
  for (const l of labels)
    for (const m of markers)
      assert.ok(
        l.right <= m.left + 0.5 || m.right <= l.left + 0.5 || l.bottom <= m.top + 0.5 || m.bottom <= l.top + 0.5,
        `label "${l.text}" covers the marker "${m.text}"`,
      );
}

/**
 * Waits until the map has settled after a zoom: no zoom animation running and the labels and markers in the same
 * place for five frames in a row (a loaded machine can take longer than any fixed wait; what is asserted afterwards
 * is the view the reader is left with).
 */
async function settled(region) {
  await region.evaluate(
    (root) =>
      new Promise((done, fail) => {
        const stop = performance.now() + 10_000;
        let last = '';
        let same = 0;
        const tick = () => {
          const boxes = [...root.querySelectorAll('.border-label, .leaflet-marker-pane .border-marker')]
            .filter((e) => e.style.display !== 'none')
            .map((e) => {
              const r = e.getBoundingClientRect();
              return `${Math.round(r.left)},${Math.round(r.top)}`;
            })
            .join(' ');
          const animating = root.querySelector('.leaflet-zoom-anim') !== null;
          same = boxes === last && !animating ? same + 1 : 0;
          last = boxes;
          if (same >= 5) return done();
          if (performance.now() > stop) return fail(new Error('the map did not settle within 10 s'));
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

function assertNoOverlap(labels) {
  for (const [i, a] of labels.entries())
    for (const b of labels.slice(i + 1))
      assert.ok(
        a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top,
        `labels "${a.text}" and "${b.text}" overlap`,
      );
}

test('the named countries and cities are labelled without interaction, no two labels overlap, at any zoom', async () => {
  const { page, problems, region } = await openMap();
  await region.locator('.border-label--city').first().waitFor();
  await settled(region);
  const labels = await shownLabels(region);
  const map = await region.locator('.leaflet-container').boundingBox();
  for (const name of NAMED_LABELS) {
    const label = labels.find((l) => l.text === name);
    assert.ok(label, `label "${name}" is shown (shown: ${labels.map((l) => l.text).join(', ')})`);
    assert.ok(label.left >= map.x && label.right <= map.x + map.width + 0.5, `"${name}" lies inside the map`);
  }
  assertNoOverlap(labels);
  await assertLabelsClearOfMarkers(region);
  // Zoomed in, more (and other) labels: still none overlaps or covers a marker.
  for (let i = 0; i < 2; i += 1) {
    await region.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(300);
    await settled(region);
    assertNoOverlap(await shownLabels(region));
    await assertLabelsClearOfMarkers(region);
  }
  // Around Vladivostok and at the Tumen mouth, where markers crowd.
  await region.getByRole('button', { name: 'Zoom to the Tumen mouth' }).click();
  await page.waitForTimeout(300);
  await settled(region);
  assertNoOverlap(await shownLabels(region));
  await assertLabelsClearOfMarkers(region);
  await region.getByRole('button', { name: 'Whole frontier' }).click();
  await page.waitForTimeout(600);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('every place marker can be clicked where it is drawn, the tripoint included, at the first view and the Tumen close-up', async () => {
  const { page, problems, region, markers } = await openMap();
  const drawn = places.filter((p) => p.location);
  assert.ok(drawn.length / places.length >= 0.9, `${drawn.length} of ${places.length} places drawn`);
  const clickAll = async (subset, reset) => {
    for (const p of subset) {
      // Selecting a place may pan the map to it: each click starts from the same view.
      if (reset) await region.getByRole('button', { name: reset }).click();
      const marker = markers.getByRole('button', { name: p.name.en, exact: true });
      // A real click at the marker's centre: Playwright refuses if another element would receive it.
      await marker.click({ timeout: 5000 });
      assert.equal(await marker.getAttribute('aria-pressed'), 'true', `${p.name.en} is selected by its click`);
    }
  };
  const inBox = drawn.filter((p) => p.location.lat < 57.5);
  await clickAll(inBox, 'Whole frontier');
  const tumen = drawn.filter((p) => ['tumen-tripoint', 'fangchuan', 'korea-russia-friendship-bridge'].includes(p.id));
  assert.equal(tumen.length, 3);
  await clickAll(tumen, 'Zoom to the Tumen mouth');
  const shown = (await shownLabels(region)).map((l) => l.text);
  for (const name of ['China', 'Russia', 'North Korea'])
    assert.ok(shown.includes(name), `the close-up names ${name} (shown: ${shown.join(', ')})`);
  assert.ok((await region.locator('path.border-map__tumen-stretch').count()) === 1, 'the lower Tumen is highlighted');
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

/** The width of the box around every place marker: how large the frontier is drawn. */
async function markerSpread(region) {
  const boxes = await markerBoxes(region);
  return Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.left));
}

test('full screen gives the map most of the viewport, with the map in view and the frontier refitted to it', async () => {
  const { page, problems, region } = await openMap();
  await region.locator('.border-label--city').first().waitFor();
  const before = await markerSpread(region);
  await region.getByRole('button', { name: 'Full screen' }).click();
  await page.waitForFunction(() => document.fullscreenElement?.id === 'panel-border');
  await page.waitForTimeout(800);
  const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  const box = await region.locator('.leaflet-container').boundingBox();
  const top = Math.max(box.y, 0);
  const visibleHeight = Math.min(box.y + box.height, viewport.height) - top;
  const share = (box.width * visibleHeight) / (viewport.width * viewport.height);
  assert.ok(share > 0.5, `the map covers ${Math.round(share * 100)} % of the screen`);
  // The shapes are drawn over the whole, larger map (Leaflet was told its new size).
  const land = await region.locator('.leaflet-border-region-base-pane svg').boundingBox();
  assert.ok(
    land && land.width >= box.width * 0.95,
    `the detailed layer spans the map (${land?.width} of ${box.width})`,
  );
  // Refitted: the same frontier is drawn larger, not left in a corner of the bigger map.
  const after = await markerSpread(region);
  assert.ok(
    after > before * 1.3,
    `the markers spread over ${Math.round(after)} px in full screen, ${Math.round(before)} before`,
  );
  await page.keyboard.press('Escape');
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});
