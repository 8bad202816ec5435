// Every published chart's own Export chart menu in a real browser: each PNG preset has its size (16:9 is 1920 × 1080
// with the chart filling most of it, A4 column is 16 cm at 300 dpi) and its composed SVG has no text leaving it or
// overprinting other text; the SVG download holds the title and every publisher cited as text, never "and N more";
// the CSV's numeric columns parse as numbers, every row cites sources that exist, and the funnel's and the route
// schematic's numbers match their data table and data/gas-routes.json.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import Papa from 'papaparse';
import { drawAllPanels, launch, openPage, openTab, panel, waitForPanels } from './harness.mjs';

const data = (name) => JSON.parse(readFileSync(new URL(`../../data/${name}.json`, import.meta.url), 'utf8'));
/** Every chart with a published figure: all chart ids but the overview strip and the map (tested in border.e2e). */
const FIGURES = [
  'investment-status',
  'investment-sectors',
  'investment-deal-types',
  'investment-value-deal-type',
  'investment-value-sector',
  'investment-regions',
  'investment-over-time',
  'gas-flows',
  'gas-capacity',
  'gas-price',
  'gas-suppliers',
  'gas-routes',
  'payments-trade',
];
const PANEL_OF = { investment: 'Investment tracker', gas: 'Gas negotiations', payments: 'Payment workaround timeline' };
const panelOf = (id) => PANEL_OF[id.split('-')[0]];
const PRESETS = {
  '1x': '1×',
  '2x': '2×',
  'slide-16-9': 'Slide 16:9',
  'slide-4-3': 'Slide 4:3',
  'a4-column': 'A4 column',
};

let context;
before(async () => {
  context = await launch({ serviceWorkers: 'block' });
});
after(async () => {
  await context?.close();
});

/**
 * In the page: every text box of each SVG under `root` must stay inside its nearest SVG and not overlap another text
 * box of the same root by more than 3 px both ways. Returns the problems as sentences.
 */
function textProblems(rootSelector) {
  const out = [];
  for (const root of document.querySelectorAll(rootSelector)) {
    const name = root.dataset.chartId ?? root.dataset.walk ?? '?';
    const svgs = [...root.querySelectorAll('svg.recharts-surface, svg[data-chart-svg], svg[data-walk-root]')].filter(
      (s) => s.getBoundingClientRect().width > 40,
    );
    if (svgs.length === 0) out.push(`${name}: no chart drawn`);
    const boxes = [];
    for (const svg of svgs)
      for (const t of svg.querySelectorAll('text')) {
        if (!(t.textContent ?? '').trim() || t.closest('.recharts-brush, .recharts-tooltip-wrapper')) continue;
        if (t.closest('svg') !== svg) continue;
        const r = t.getBoundingClientRect();
        if (r.width === 0) continue;
        const b = svg.getBoundingClientRect();
        if (r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1)
          out.push(`${name}: “${t.textContent}” leaves its SVG`);
        boxes.push({ text: t.textContent, r });
      }
    for (let i = 0; i < boxes.length; i += 1)
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i].r;
        const c = boxes[j].r;
        const ox = Math.min(a.right, c.right) - Math.max(a.left, c.left);
        const oy = Math.min(a.bottom, c.bottom) - Math.max(a.top, c.top);
        if (ox > 3 && oy > 3) out.push(`${name}: “${boxes[i].text}” overlaps “${boxes[j].text}”`);
      }
  }
  return out;
}

/**
 * Opens the tab that shows a chart (its card's Chart tab for a hero, More charts otherwise) and waits for it. The hero
 * stays in the page (inert, no height) behind More charts, so whether it is there says nothing about which tab to open.
 */
async function showChart(page, id) {
  const region = panel(page, panelOf(id));
  const fig = region.locator(`figure[data-chart-id="${id}"]`);
  const hero = (await region.locator(`.card__panel--hero figure[data-chart-id="${id}"]`).count()) > 0;
  await openTab(page, panelOf(id), hero ? 'Chart' : 'More charts');
  await drawAllPanels(page);
  await fig.scrollIntoViewIfNeeded();
  await fig.locator('svg.recharts-surface, svg[data-chart-svg]').first().waitFor();
  return fig;
}

async function download(page, action) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 15000 }), action()]);
  return readFileSync(await file.path());
}

async function menuItem(fig, page, name, preset) {
  await fig.getByRole('button', { name: 'Export chart' }).click();
  if (preset) {
    await page.getByRole('menuitem', { name: 'Download PNG' }).click();
    await page.getByRole('menuitem', { name: preset, exact: true }).click();
  } else await page.getByRole('menuitem', { name, exact: true }).click();
}

/** In the page: the composed SVG laid out at its size; its text checked as on screen, and the chart's share of it. */
function measureComposed(svgText) {
  const host = document.createElement('div');
  host.dataset.walk = 'composed';
  host.style.cssText = 'position:absolute;left:0;top:0;';
  // Parsed as a file and imported, not set as innerHTML: the chart's inline style attributes would break the page's
  // Content-Security-Policy (style-src 'self') and log console errors that are the test's, not the app's.
  const root = document.importNode(new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement, true);
  host.append(root);
  root.setAttribute('data-walk-root', '');
  document.body.append(host);
  const chart = root.querySelector(':scope > svg');
  const r = root.getBoundingClientRect();
  const c = chart.getBoundingClientRect();
  return { host, width: r.width, height: r.height, share: (c.width * c.height) / (r.width * r.height) };
}

const sources = new Map(data('sources').records.map((s) => [s.id, s]));

test('each chart downloads PNG presets whose composed SVG has clean text, an SVG with its title and every source, and a numeric CSV', async () => {
  const { page, problems } = await openPage(context);
  await page.setViewportSize({ width: 1440, height: 900 });
  await waitForPanels(page);
  await page.evaluate(() => {
    window.__published = [];
    document.addEventListener('bri:chart-published', (e) => window.__published.push(e.detail));
  });
  const found = [];
  for (const id of FIGURES) {
    try {
      const fig = await showChart(page, id);
      const onScreen = (await fig.boundingBox()).width;
      for (const [preset, label] of Object.entries(PRESETS)) {
        const png = await download(page, () => menuItem(fig, page, null, label));
        const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
        const { svg } = await page.evaluate(() => window.__published.at(-1));
        const m = await page.evaluate(measureComposed, svg);
        found.push(
          ...(await page.evaluate(textProblems, '[data-walk="composed"]')).map((p) => `${id} ${preset}: ${p}`),
        );
        await page.evaluate(() => document.querySelector('[data-walk="composed"]')?.remove());
        const ratio = { '1x': 1, '2x': 2, 'slide-16-9': 2, 'slide-4-3': 2, 'a4-column': 3 }[preset];
        assert.deepEqual(
          [w, h],
          [Math.round(m.width * ratio), Math.round(m.height * ratio)],
          `${id} ${preset}: PNG size`,
        );
        if (preset === 'slide-16-9') {
          assert.deepEqual([w, h], [1920, 1080], `${id}: 16:9 is 1920 × 1080`);
          console.log(`${id}: chart share of the 16:9 frame ${m.share.toFixed(2)}`);
          if (m.share < 0.5) found.push(`${id}: the chart fills only ${m.share.toFixed(2)} of the 16:9 frame`);
        }
        if (preset === 'slide-4-3') assert.deepEqual([w, h], [1600, 1200], `${id}: 4:3`);
        if (preset === 'a4-column') assert.equal(w, 1890, `${id}: A4 column is 16 cm at 300 dpi`);
        if (preset === '1x') assert.ok(Math.abs(w - Math.max(320, onScreen)) <= 1, `${id}: 1× is the on-screen width`);
      }

      const svg = (await download(page, () => menuItem(fig, page, 'Download SVG'))).toString('utf8');
      const texts = [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)]
        .map((t) => t[1].replace(/<[^>]+>/g, ' '))
        .join(' ')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/\s+/g, ' ');
      const title = (await fig.locator('.chart-figure__title').innerText()).replace(/\s+/g, ' ').trim();
      assert.ok(texts.includes(title), `${id}: the SVG holds the title “${title}” as text`);
      assert.doesNotMatch(texts, /and \d+ more/, `${id}: no “and N more”`);
      assert.doesNotMatch(svg, /recharts-brush|Export chart/, `${id}: no UI control in the SVG`);

      const csv = (await download(page, () => menuItem(fig, page, 'Download CSV')))
        .toString('utf8')
        .replace(/^\uFEFF/, '');
      const rows = Papa.parse(csv, { header: true, skipEmptyLines: true }).data;
      assert.ok(rows.length > 0, `${id}: the CSV has rows`);
      for (const r of rows) {
        assert.equal(r.chart_id, id);
        for (const col of ['value', 'low', 'high', 'usd_equivalent'])
          assert.ok(r[col] === '' || Number.isFinite(Number(r[col])), `${id}: ${col} “${r[col]}” is a number or empty`);
        assert.ok(r.unit, `${id}: every row has a unit`);
        for (const s of r.source_ids.split(' ').filter(Boolean)) assert.ok(sources.has(s), `${id}: source ${s} exists`);
      }
      const cited = Papa.parse(
        (await download(page, () => menuItem(fig, page, 'Download sources (CSV)')))
          .toString('utf8')
          .replace(/^\uFEFF/, ''),
        { header: true, skipEmptyLines: true },
      ).data;
      const wanted = new Set(rows.flatMap((r) => r.source_ids.split(' ').filter(Boolean)));
      assert.deepEqual(
        new Set(cited.map((c) => c.source_id)),
        wanted,
        `${id}: the sources CSV lists every source cited`,
      );
      for (const c of cited) {
        const publisher = sources.get(c.source_id)?.publisher ?? c.source_id;
        assert.ok(texts.includes(publisher.replace(/\s+/g, ' ')), `${id}: the SVG's source line names ${publisher}`);
      }
      if (id === 'investment-status') await checkFunnelCsv(fig, rows);
      if (id === 'gas-routes') checkRoutesCsv(rows);
    } catch (e) {
      found.push(`${id}: ${String(e.message).split('\n')[0]}`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
    }
  }
  assert.deepEqual(found, []);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

/** The funnel's counts per stage are the ones its data table (beside the chart) states. */
async function checkFunnelCsv(fig, rows) {
  const page = fig.page();
  await page.getByText('Data table: projects by status', { exact: true }).click();
  const table = page.getByRole('table', { name: 'Projects by status' });
  await table.waitFor();
  const cells = (
    await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())))
  ).map(([status, count]) => [status, Number(count.replace(/\D/g, ''))]);
  const counts = rows.filter((r) => r.series === 'Projects').map((r) => [r.category, Number(r.value)]);
  assert.ok(cells.length >= 8, 'the table lists every stage');
  assert.deepEqual(counts, cells, 'the funnel CSV counts match its table');
}

/** The schematic's capacities are data/gas-routes.json's sourced capacity steps of the routes it draws. */
function checkRoutesCsv(rows) {
  const drawn = new Set(rows.map((r) => r.series));
  const expected = data('gas-routes')
    .records.filter((r) => r.kind === 'pipeline' && drawn.has(r.name.en))
    .flatMap((r) =>
      r.capacityHistory.length ? r.capacityHistory.map((s) => [r.name.en, s.date, s.bcm]) : [[r.name.en, '', null]],
    )
    .sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`));
  const got = rows
    .map((r) => [r.series, r.date, r.value === '' ? null : Number(r.value)])
    .sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`));
  assert.equal(drawn.size, 5, 'the five pipeline routes on the sketch');
  assert.deepEqual(got, expected);
}
