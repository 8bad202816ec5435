// Issue 19's acceptance test: every chart with an "Export chart" menu (every figure of every panel, in the card's
// Chart and More charts tabs) downloads, through that menu as a user would:
// - a PNG at each preset, of the preset's size (read from the file's IHDR), the chart filling most of the 16:9 slide;
// - an SVG holding the title and every source the chart cites as <text>, no text leaving it or overlapping other text;
// - a tidy CSV whose numbers parse and match the data files (read here, not through app code), and its sources CSV.
// It replaces chart-export.e2e.mjs, which did this for gas-flows only. One page for the whole walk (no reload per
// chart); SVGs are measured in a separate blank page, since the app's CSP (style-src 'self') rightly refuses the
// inline styles an imported SVG carries.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import Papa from 'papaparse';
import {
  CHART_PANELS,
  drawAllPanels,
  FIGURES,
  launch,
  openPage,
  openTab,
  panel,
  PRESET_NAMES,
  textProblems,
  waitForPanels,
} from './harness.mjs';

const TIDY = 'chart_id series category date value low high unit currency usd_equivalent confidence source_ids';
const NUMERIC = ['value', 'low', 'high', 'usd_equivalent'];
const dataFile = (name) => JSON.parse(readFileSync(new URL(`../../data/${name}.json`, import.meta.url), 'utf8'));
const SOURCES = new Map(dataFile('sources').records.map((r) => [r.id, r]));
const PROJECTS = dataFile('projects').records;
/** Every record of data/ (but the sources list), to find the ones a CSV row cites. */
const RECORDS = readdirSync(new URL('../../data/', import.meta.url))
  .filter((f) => f.endsWith('.json') && f !== 'sources.json')
  .flatMap((f) => dataFile(f.replace(/\.json$/, '')).records ?? []);
/**
 * The smallest text on a slide, in px of its layout frame (960 × 540 or 800 × 600, rasterised at 2×): 9 px there is
 * 18 px in the image, about the least a projected slide is read at (published-layout.ts sets its fine print at it).
 */
const SLIDE_MIN_TEXT = 9;
/**
 * The share of the 16:9 frame the chart takes: the box around everything the chart draws (marks, axes and their
 * labels, clipped to the chart's own SVG), over the frame's area. Title, subtitle and footer are outside it.
 */
const MIN_FILL = 0.5;

let context;
let page;
let problems;
let blank;
before(async () => {
  context = await launch({ serviceWorkers: 'block' });
  ({ page, problems } = await openPage(context));
  await waitForPanels(page);
  // The composed SVG each preset rasterises (use-chart-export's test hook), to measure the slide's layout.
  await page.evaluate(() => {
    window.published = [];
    document.addEventListener('bri:chart-published', (e) => window.published.push(e.detail));
  });
  blank = await context.newPage();
  await blank.setContent('<!doctype html><body></body>');
  // A page behind another is a background tab: Chromium throttles its timers and frames (each export took 6 s).
  await page.bringToFront();
});
after(async () => {
  await context?.close();
});

const figure = (id) => page.locator(`figure[data-chart-id="${id}"]`);

/** Runs a menu path ("Download PNG", "2×") of a chart's Export chart menu and returns the file it downloads. */
async function download(id, ...items) {
  const f = figure(id);
  await f.scrollIntoViewIfNeeded();
  await f.getByRole('button', { name: 'Export chart' }).click();
  const file = page.waitForEvent('download', { timeout: 30000 });
  // Role queries scoped to the open (portalled) menus: over the whole page, with its long tables, each took seconds.
  for (const name of items) await page.locator('[role="menu"]').getByRole('menuitem', { name, exact: true }).click();
  const bytes = readFileSync(await (await file).path());
  // The menu takes one export at a time: wait until this one has said it is done.
  await f
    .locator('.chart-figure__status')
    .filter({ hasText: /downloaded/ })
    .waitFor();
  return bytes;
}

const ihdr = (png) => [png.readUInt32BE(16), png.readUInt32BE(20)];
const csvRows = (bytes) =>
  Papa.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
const squash = (s) => s.replace(/\s+/g, '');

/** In the blank page: the SVG's text, its text-box problems, and (for a slide) how much of the frame the chart fills. */
async function measureSvg(svg, id) {
  const m = await blank.evaluate(
    ({ svg, id }) => {
      document.body.innerHTML = `<div data-walk="${id}">${svg.replace(/^<\?xml[^>]*>/, '')}</div>`;
      const root = document.querySelector('[data-walk] > svg');
      const chart = root.querySelector(':scope > svg');
      for (const s of [root, chart]) s?.setAttribute('data-walk-root', '');
      const frame = root.getBoundingClientRect();
      const clip = chart?.getBoundingClientRect();
      let box = null;
      for (const el of chart?.querySelectorAll('path, rect, line, circle, polygon, polyline, text') ?? []) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        const [l, t] = [Math.max(r.left, clip.left), Math.max(r.top, clip.top)];
        const [rt, b] = [Math.min(r.right, clip.right), Math.min(r.bottom, clip.bottom)];
        if (rt <= l && b <= t) continue;
        box = box
          ? { l: Math.min(box.l, l), t: Math.min(box.t, t), r: Math.max(box.r, rt), b: Math.max(box.b, b) }
          : { l, t, r: rt, b };
      }
      // The chart's key (its swatches, set above the plot) is part of the chart, as a Datawrapper legend is.
      for (const key of root.querySelectorAll(':scope > g > svg')) {
        const r = key.getBoundingClientRect();
        if (box) box = { l: Math.min(box.l, r.left), t: Math.min(box.t, r.top), r: Math.max(box.r, r.right), b: box.b };
      }
      const fill = box ? ((box.r - box.l) * (box.b - box.t)) / (frame.width * frame.height) : 0;
      // A nested <svg>'s client rect is its content's, not its frame: text the chart's frame would clip is found from
      // the frame's own x, y, width and height.
      const clipped = [];
      if (chart) {
        const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(chart.getAttribute(a)));
        const [left, top] = [frame.left + x, frame.top + y];
        for (const t of chart.querySelectorAll('text')) {
          const r = t.getBoundingClientRect();
          if (!(t.textContent ?? '').trim() || r.width === 0) continue;
          if (r.left < left - 1 || r.right > left + w + 1 || r.top < top - 1 || r.bottom > top + h + 1)
            clipped.push(`${id}: “${t.textContent}” leaves the chart's frame`);
        }
      }
      const texts = [...root.querySelectorAll(':scope > text')].map((t) => t.textContent ?? '');
      // Each text's size as drawn, in px of the frame's layout: its font size times the scale the chart is drawn at
      // (a chart drawn taller than its plot and shrunk into it shrinks its type too).
      const sizes = [...root.querySelectorAll('text, tspan')].flatMap((t) => {
        const own = [...t.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
        if (!own) return [];
        // Of a rotated text too (an upright span total): the length of the x unit vector, not its x part.
        const [m, r] = [t.getScreenCTM(), root.getScreenCTM()];
        const scale = Math.hypot(m.a, m.b) / Math.hypot(r.a, r.b);
        const px = parseFloat(getComputedStyle(t).fontSize) * scale;
        return [{ text: t.textContent.trim().slice(0, 40), px: Math.round(px * 10) / 10 }];
      });
      return { texts, fill, clipped, sizes };
    },
    { svg, id },
  );
  return { ...m, problems: [...m.clipped, ...(await blank.evaluate(textProblems, '[data-walk]'))] };
}

/** The charts shown in a panel's open tab (a hidden hero stays in the page, inert and 0 px high). */
async function shownCharts(name) {
  return panel(page, name)
    .locator('figure[data-chart-id]')
    .evaluateAll((els) =>
      els.filter((e) => !e.closest('[inert]') && e.getBoundingClientRect().height > 0).map((e) => e.dataset.chartId),
    );
}

async function checkPngs(id) {
  const size = {};
  for (const preset of Object.values(PRESET_NAMES)) size[preset] = ihdr(await download(id, 'Download PNG', preset));
  const [w1, h1] = size['1×'];
  assert.ok(w1 >= 320 && h1 > 100, `1× is ${w1}×${h1}`);
  assert.equal(size['2×'][0], 2 * w1, '2× is twice as wide as 1×');
  assert.ok(Math.abs(size['2×'][1] - 2 * h1) <= 1, `2× is twice as tall as 1× (${size['2×'][1]} vs ${h1})`);
  assert.deepEqual(size['Slide 16:9'], [1920, 1080]);
  assert.deepEqual(size['Slide 4:3'], [1600, 1200]);
  assert.equal(size['A4 column'][0], 1890, 'A4 column: 16 cm at 300 dpi');
  // What each preset rasterised, measured as laid out: no text overlaps another or leaves its frame.
  const composed = (preset) =>
    page.evaluate(({ id, preset }) => window.published.findLast((p) => p.chartId === id && p.preset === preset)?.svg, {
      id,
      preset,
    });
  const measured = {};
  for (const preset of ['1x', '2x', 'slide-4-3', 'slide-16-9', 'a4-column']) {
    const svg = await composed(preset);
    assert.ok(svg, `the ${preset} export was composed`);
    measured[preset] = await measureSvg(svg, id);
    assert.deepEqual(measured[preset].problems, [], `no text of the ${preset} export overlaps or leaves it`);
  }
  let smallest = Infinity;
  for (const preset of ['slide-4-3', 'slide-16-9']) {
    const { sizes } = measured[preset];
    // The chart's own text too (axes, labels, marker letters): no chart is exempt.
    const small = sizes.filter((t) => t.px < SLIDE_MIN_TEXT);
    assert.deepEqual(small, [], `no text of the ${preset} slide is under ${SLIDE_MIN_TEXT} px`);
    smallest = Math.min(smallest, ...sizes.map((t) => t.px));
  }
  return { fill: measured['slide-16-9'].fill, smallest };
}

const numbersIn = (v) =>
  typeof v === 'number' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(numbersIn) : [];
const counts = (keyOf) => {
  const out = {};
  for (const p of PROJECTS) for (const k of [keyOf(p)].flat()) out[k] = (out[k] ?? 0) + 1;
  return Object.values(out).sort((a, b) => b - a);
};
/** The project counts of a chart that groups the smallest groups as "Other (N groups)": its bars, Other last. */
const grouped = (all, shown) => [...all.slice(0, shown), all.slice(shown).reduce((a, b) => a + b, 0)];

/**
 * The CSV's numbers against data/, computed here: project counts by status, deal type, sector and region from
 * projects.json; for the charts that plot records as they are, every value, low and high is a number of a record the
 * row cites, and a derived sum is the sum of the rows it adds up. (The sums of money the investment value charts draw
 * are not recomputed here.)
 */
function checkValues(id, rows) {
  const projects = rows.filter((r) => r.series === 'Projects').map((r) => Number(r.value));
  if (id === 'investment-status') {
    const by = (s) => PROJECTS.filter((p) => p.status === s).length;
    for (const r of rows.filter((r) => r.series === 'Projects')) {
      const troubled = r.category.startsWith('Troubled');
      const n = troubled
        ? by('suspended') + by('stalled') + by('cancelled')
        : by(r.category.toLowerCase().replace(/ /g, '-'));
      assert.equal(Number(r.value), n, `${r.category}: projects in projects.json`);
    }
  } else if (id === 'investment-deal-types')
    assert.deepEqual(
      projects,
      counts((p) => p.dealType),
    );
  else if (id === 'investment-sectors')
    assert.deepEqual(
      projects,
      grouped(
        counts((p) => p.sector),
        projects.length - 1,
      ),
    );
  else if (id === 'investment-regions')
    assert.deepEqual(
      projects,
      grouped(
        counts((p) => p.regions),
        projects.length - 1,
      ),
    );
  else if (/^(gas|payments)-/.test(id))
    for (const r of rows) {
      if (r.confidence === 'derived' && r.category.endsWith('(sum)')) {
        // gas-capacity's combined bar: the sum of each route's latest capacity ("Route, design capacity" …).
        const latest = new Map();
        for (const o of rows.filter((o) => o.confidence !== 'derived').sort((a, b) => a.date.localeCompare(b.date)))
          latest.set(o.category.split(', ')[0], Number(o.value));
        const sum = [...latest.values()].reduce((a, b) => a + b, 0);
        assert.ok(Math.abs(sum - Number(r.value)) < 1e-9, `${r.category}: ${r.value} is the sum ${sum}`);
        continue;
      }
      const ids = new Set(r.source_ids.split(' '));
      const cited = RECORDS.filter((rec) => (rec.sources ?? []).some((s) => ids.has(s))).flatMap(numbersIn);
      for (const c of ['value', 'low', 'high'])
        if (r[c] !== '')
          assert.ok(
            cited.some((n) => Math.abs(n - Number(r[c])) < 1e-9),
            `${r.series} ${r.category}: ${c} ${r[c]} is in data/`,
          );
    }
}

async function checkSvgAndCsvs(id) {
  const title = await figure(id).locator('.chart-figure__title').innerText();
  const svg = (await download(id, 'Download SVG')).toString('utf8');
  const tidy = csvRows(await download(id, 'Download CSV'));
  const sources = csvRows(await download(id, 'Download sources (CSV)'));

  assert.deepEqual(tidy.meta.fields, TIDY.split(' '));
  assert.ok(tidy.data.length > 0, 'the CSV has rows');
  for (const r of tidy.data) {
    assert.equal(r.chart_id, id);
    for (const c of NUMERIC) assert.ok(r[c] === '' || Number.isFinite(Number(r[c])), `${c} “${r[c]}” is a number`);
    // A zero (no project that year) has nothing to cite; every number drawn does.
    if (Number(r.value) !== 0) assert.ok(r.source_ids.trim(), `${r.series} ${r.category}: the row cites a source`);
  }
  const cited = [...new Set(tidy.data.flatMap((r) => r.source_ids.split(' ')).filter(Boolean))].sort();
  assert.deepEqual(sources.meta.fields, ['source_id', 'publisher', 'title', 'date', 'url']);
  assert.deepEqual(sources.data.map((s) => s.source_id).sort(), cited, 'the sources CSV lists every source cited');
  for (const s of sources.data) {
    const record = SOURCES.get(s.source_id);
    assert.ok(record, `${s.source_id} is in data/sources.json`);
    assert.deepEqual([s.publisher, s.title], [record.publisher ?? '', record.title], `${s.source_id}'s metadata`);
  }

  checkValues(id, tidy.data);

  const m = await measureSvg(svg, id);
  assert.deepEqual(m.problems, [], 'no text of the SVG overlaps or leaves it');
  const text = squash(m.texts.join(' '));
  assert.ok(text.includes(squash(title)), `the SVG holds the title “${title}” as text`);
  // A key shown beside the chart on the page (the trade chart's lines and markers) travels with it.
  const key = await figure(id)
    .locator('.chart-figure__legend li')
    .evaluateAll((items) =>
      items.map((li) =>
        [...li.childNodes]
          .filter((n) => !(n instanceof SVGElement))
          .map((n) => n.textContent)
          .join(''),
      ),
    );
  for (const label of key) assert.ok(m.texts.includes(label.trim()), `the SVG's key has “${label.trim()}”`);
  if (id === 'payments-trade') assert.ok(key.length >= 5, `the trade chart has its key (${key.length} entries)`);
  assert.doesNotMatch(m.texts.join('\n'), /and \d+ more/);
  assert.doesNotMatch(svg, /recharts-brush|recharts-tooltip/, 'no UI control is drawn into the SVG');
  // The complete source line: every publisher the chart cites, and when the sources are listed, every one numbered.
  for (const s of sources.data)
    assert.ok(text.includes(squash(s.publisher || s.source_id)), `the SVG names ${s.publisher} (${s.source_id})`);
  if (m.texts.includes('Sources:')) {
    // Notes are numbered too: the source list is the numbered lines after "Sources:".
    const numbered = m.texts
      .slice(m.texts.indexOf('Sources:'))
      .filter((t) => /^\d+\. /.test(t))
      .map((t) => Number(t.split('.')[0]));
    assert.deepEqual(
      numbered,
      sources.data.map((_, i) => i + 1),
      'one numbered line per source',
    );
    for (const s of sources.data)
      assert.ok(text.includes(squash(s.title.replace(/[.]$/, ''))), `the SVG lists “${s.title}”`);
  }
}

test('every chart of every panel downloads PNG presets of their size, a complete SVG and tidy CSVs', async (t) => {
  const seen = [];
  const fills = {};
  const smallest = {};
  for (const tab of ['Chart', 'More charts'])
    for (const name of CHART_PANELS) {
      // The payments card has no More charts tab: its one chart is its hero.
      if ((await panel(page, name).getByRole('tab', { name: tab, exact: true }).count()) === 0) continue;
      await openTab(page, name, tab);
      await drawAllPanels(page);
      for (const id of await shownCharts(name)) {
        seen.push(id);
        await t.test(id, async () => {
          ({ fill: fills[id], smallest: smallest[id] } = await checkPngs(id));
          await checkSvgAndCsvs(id);
        });
      }
    }
  t.diagnostic(
    `16:9 fill: ${Object.entries(fills)
      .map(([id, f]) => `${id} ${f.toFixed(2)}`)
      .join(', ')}`,
  );
  t.diagnostic(
    `smallest slide text (px of the layout): ${Object.entries(smallest)
      .map(([id, px]) => `${id} ${px}`)
      .join(', ')}`,
  );
  assert.deepEqual(seen.sort(), [...FIGURES].sort(), 'the walk reached every chart once');
  const thin = Object.entries(fills).filter(([, f]) => f < MIN_FILL);
  assert.deepEqual(thin, [], `every chart fills at least ${MIN_FILL * 100} % of its 16:9 slide`);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
});
