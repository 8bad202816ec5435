// Downloads every published chart's exports through its own "Export chart" menu, as a user would, and checks the
// files: each PNG preset's pixel size (the slides exactly 16:9 and 4:3, the chart filling most of the 16:9 frame) and
// its layout's text (nothing overlapping or leaving its frame, measured on the SVG each preset rasterises), the
// SVG's title and complete source list as live text with no text box overlapping another or leaving its frame, and the
// tidy CSV's numbers, checked against the data files read here and against the chart's sources CSV.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

const data = (name) => JSON.parse(readFileSync(new URL(`../../data/${name}.json`, import.meta.url), 'utf8')).records;

let context;
before(async () => {
  context = await launch({ serviceWorkers: 'block' });
});
after(async () => {
  await context?.close();
});

async function download(page, action) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30000 }), action()]);
  return readFileSync(await file.path());
}

/** Chooses an item of the chart's Export chart menu ("Download SVG", or "Download PNG" then a preset). */
async function chartDownload(page, figure, ...items) {
  await figure.getByRole('button', { name: 'Export chart' }).click();
  for (const item of items.slice(0, -1)) await page.getByRole('menuitem', { name: item, exact: true }).click();
  return download(page, () => page.getByRole('menuitem', { name: items.at(-1), exact: true }).click());
}

const pngSize = (png) => [png.readUInt32BE(16), png.readUInt32BE(20)];
const csvRows = (buffer) =>
  Papa.parse(buffer.toString('utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const squash = (text) => text.replace(/\s+/g, '');

/** The chart's box in a composed SVG: the nested <svg> the chart was copied into (x, y, width, height). */
function chartBox(svg) {
  const nested = [...svg.matchAll(/<svg\b[^>]*>/g)][1]?.[0] ?? '';
  const attr = (name) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(nested)?.[1] ?? NaN);
  return { width: attr('width'), height: attr('height') };
}

/**
 * Measures a downloaded SVG in a blank page of its own (the app's page has a strict CSP that refuses the file's
 * style attributes): its text, and the text boxes that overlap or leave their frame.
 */
async function measureSvg(svg, name) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 2000, height: 1200 });
  await page.setContent(`<!doctype html><body data-walk="${name}">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`);
  const result = await page.evaluate((check) => {
    for (const s of document.querySelectorAll('svg')) s.setAttribute('data-walk-root', '');
    // The harness's checker, passed in as text, runs in this blank page: overlaps among all the file's text.
    const problems = new Function(`return (${check})`)()('body');
    const root = document.querySelector('svg');
    // A nested <svg>'s client rect is its content's, not its frame: the chart's frame is its x, y, width, height.
    const frame = root.getBoundingClientRect();
    for (const chart of root.querySelectorAll(':scope > svg')) {
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(chart.getAttribute(a)));
      for (const t of chart.querySelectorAll('text')) {
        const r = t.getBoundingClientRect();
        if (!(t.textContent ?? '').trim() || r.width === 0) continue;
        const [left, top] = [frame.left + x, frame.top + y];
        if (r.left < left - 1 || r.right > left + w + 1 || r.top < top - 1 || r.bottom > top + h + 1)
          problems.push(`${document.body.dataset.walk}: “${t.textContent}” leaves the chart's frame`);
      }
    }
    return { problems, text: [...root.querySelectorAll(':scope > text')].map((t) => t.textContent).join(' ') };
  }, textProblems.toString());
  await page.close();
  return result;
}

/** Checks the tidy CSV of one chart and returns its rows. */
function checkTidyCsv(id, rows, sourceIds) {
  assert.ok(rows.length > 0, `${id}: the CSV has rows`);
  assert.ok(
    rows.some((r) => r.value !== ''),
    `${id}: the CSV has at least one value`,
  );
  for (const r of rows) {
    assert.equal(r.chart_id, id);
    // An empty cell is a figure no source gives (a route's unknown capacity): missing, never 0.
    for (const column of ['value', 'low', 'high', 'usd_equivalent'])
      assert.ok(r[column] === '' || Number.isFinite(Number(r[column])), `${id}: ${column} “${r[column]}” is a number`);
    assert.ok(r.unit !== '', `${id}: every row has a unit`);
    const cited = r.source_ids.split(/[;\s]+/).filter(Boolean);
    // A count of zero (a year without projects) is the absence of records: nothing to cite.
    if (Number(r.value) !== 0) assert.ok(cited.length > 0, `${id}: every row cites a source (${JSON.stringify(r)})`);
    for (const s of cited) assert.ok(sourceIds.has(s), `${id}: source ${s} is in the sources CSV`);
  }
}

/** What the test knows each chart plots, from the data files themselves. */
const EXPECTED_VALUES = {
  'investment-deal-types': (rows) => {
    const counts = new Map();
    for (const p of data('projects')) counts.set(p.dealType, (counts.get(p.dealType) ?? 0) + 1);
    const byValue = (a, b) => a - b;
    assert.deepEqual(rows.map((r) => Number(r.value)).sort(byValue), [...counts.values()].sort(byValue));
  },
  'payments-trade': (rows) => {
    const months = new Map(data('trade-monthly').map((m) => [m.month, m]));
    const totals = rows.filter((r) => r.series.startsWith('Total') && months.get(r.date)?.totalUsdBn !== undefined);
    assert.ok(totals.length >= 12, 'payments-trade: single months with a total');
    for (const r of totals) assert.equal(Number(r.value), months.get(r.date).totalUsdBn, `total for ${r.date}`);
  },
  'gas-flows': (rows) => {
    const peak = rows.find((r) => r.category === '2018–2019');
    assert.deepEqual([Number(peak.low), Number(peak.high)], [175, 180], 'a range keeps its two ends');
  },
};

test('every chart downloads PNG presets, an SVG with its title and complete sources, and a tidy CSV', async () => {
  const { page, problems } = await openPage(context);
  await page.setViewportSize({ width: 1440, height: 900 });
  await waitForPanels(page);
  // The export code announces each composed chart (use-chart-export.ts): the slide's layout is read from it.
  await page.evaluate(() => {
    window.__published = {};
    document.addEventListener('bri:chart-published', (e) => {
      window.__published[`${e.detail.chartId} ${e.detail.preset}`] = e.detail.svg;
    });
  });
  const done = new Set();
  const shares = {};
  const numbered = {};
  for (const tab of ['Chart', 'More charts'])
    for (const name of CHART_PANELS) {
      if ((await panel(page, name).getByRole('tab', { name: tab, exact: true }).count()) === 0) continue;
      await openTab(page, name, tab);
      await drawAllPanels(page);
      const ids = await panel(page, name)
        .locator('figure[data-chart-id]:visible')
        .evaluateAll((els) => els.map((e) => e.dataset.chartId));
      for (const id of ids.filter((i) => !done.has(i))) {
        done.add(id);
        const figure = panel(page, name).locator(`figure[data-chart-id="${id}"]`);
        await figure.scrollIntoViewIfNeeded();

        const one = pngSize(await chartDownload(page, figure, 'Download PNG', PRESET_NAMES['1x']));
        const two = pngSize(await chartDownload(page, figure, 'Download PNG', PRESET_NAMES['2x']));
        assert.ok(one[0] >= 320 && one[1] > 200, `${id}: 1× is ${one}`);
        assert.deepEqual(two, [one[0] * 2, one[1] * 2], `${id}: 2× is twice 1×`);
        assert.ok(one[1] < 3 * one[0], `${id}: the 1× image (${one}) is a chart, not a page of references`);
        for (const [preset, size] of [
          ['slide-16-9', [1920, 1080]],
          ['slide-4-3', [1600, 1200]],
        ])
          assert.deepEqual(pngSize(await chartDownload(page, figure, 'Download PNG', PRESET_NAMES[preset])), size);
        const slide = await page.evaluate((key) => window.__published[key], `${id} slide-16-9`);
        const box = chartBox(slide);
        shares[id] = Math.round(((box.width * box.height) / (960 * 540)) * 100) / 100;
        const a4 = pngSize(await chartDownload(page, figure, 'Download PNG', PRESET_NAMES.report));
        assert.equal(a4[0], 1890, `${id}: A4 column is 16 cm at 300 dpi`);
        // What each preset rasterised, measured as laid out: no text box overlaps another or leaves its frame.
        for (const preset of ['1x', '2x', 'slide-16-9', 'slide-4-3', 'a4-column']) {
          const composed = await page.evaluate((key) => window.__published[key], `${id} ${preset}`);
          assert.ok(composed, `${id}: the ${preset} export was composed`);
          assert.deepEqual((await measureSvg(composed, `${id} ${preset}`)).problems, [], `${id} ${preset}: text`);
        }

        const sourcesCsv = csvRows(await chartDownload(page, figure, 'Download sources (CSV)'));
        const csv = csvRows(await chartDownload(page, figure, 'Download CSV'));
        checkTidyCsv(id, csv, new Set(sourcesCsv.map((s) => s.source_id)));
        EXPECTED_VALUES[id]?.(csv);

        const svg = (await chartDownload(page, figure, 'Download SVG')).toString('utf8');
        const title = await figure.locator('.chart-figure__title').innerText();
        const measured = await measureSvg(svg, id);
        assert.deepEqual(measured.problems, [], `${id}: SVG text`);
        const text = squash(measured.text);
        assert.ok(text.includes(squash(title)), `${id}: the SVG holds the title “${title}”`);
        assert.doesNotMatch(measured.text, /and \d+ more/);
        assert.doesNotMatch(svg, /recharts-brush|recharts-tooltip/, `${id}: no range brush or tooltip in the SVG`);
        for (const s of sourcesCsv) assert.ok(text.includes(squash(s.publisher)), `${id}: SVG names ${s.publisher}`);
        numbered[id] = measured.text.includes('Sources: 1.');
        if (numbered[id])
          for (const s of sourcesCsv)
            assert.ok(text.includes(squash(s.title.replace(/[.]$/, ''))), `${id}: SVG lists “${s.title}”`);
      }
    }
  assert.deepEqual([...done].sort(), [...FIGURES].sort(), 'every chart was downloaded');
  // "Fills most of the frame": the chart's own box takes at least half of the 16:9 slide, the rest being its title,
  // subtitle, fine print and margins.
  console.log(`SVG with a numbered source list: ${JSON.stringify(numbered)}`);
  console.log(`chart share of the 16:9 slide: ${JSON.stringify(shares)}`);
  const small = Object.entries(shares).filter(([, share]) => !(share >= 0.5));
  assert.deepEqual(small, [], `the chart's share of the 16:9 slide: ${JSON.stringify(shares)}`);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});
