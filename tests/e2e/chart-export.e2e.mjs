// Per-chart export in a real browser: each chart's own "Export chart" menu downloads a PNG of the preset's size, an
// SVG holding the title and source line as text, and a tidy CSV whose numeric columns parse as numbers. (That no
// chart text overlaps or leaves its SVG, at phone and desktop widths, chart-walk.e2e.mjs checks for every chart.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import Papa from 'papaparse';
import { launch, openPage, panel, waitForPanels } from './harness.mjs';

let context;
before(async () => {
  context = await launch();
});
after(async () => {
  await context?.close();
});

async function download(page, action) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30000 }), action()]);
  return readFileSync(await file.path());
}

const figure = (page, id) => page.locator(`figure[data-chart-id="${id}"]`);

async function openMenu(page, id) {
  const f = figure(page, id);
  await f.scrollIntoViewIfNeeded();
  await f.getByRole('button', { name: 'Export chart' }).click();
}

test('the gas flows chart exports PNG presets, an SVG with live text and a tidy numeric CSV', async () => {
  const { page } = await openPage(context);
  await waitForPanels(page);
  panel(page, 'Gas negotiations');
  const sizes = { 'Slide 16:9': [1920, 1080], 'Slide 4:3': [1600, 1200] };
  for (const [preset, [w, h]] of Object.entries(sizes)) {
    await openMenu(page, 'gas-flows');
    await page.getByRole('menuitem', { name: 'Download PNG' }).click();
    const png = await download(page, () => page.getByRole('menuitem', { name: preset }).click());
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [w, h], preset);
  }
  await openMenu(page, 'gas-flows');
  await page.getByRole('menuitem', { name: 'Download PNG' }).click();
  const a4 = await download(page, () => page.getByRole('menuitem', { name: 'A4 column' }).click());
  assert.equal(a4.readUInt32BE(16), 1890, 'A4 column: 16 cm at 300 dpi');

  await openMenu(page, 'gas-flows');
  const svg = (await download(page, () => page.getByRole('menuitem', { name: 'Download SVG' }).click())).toString(
    'utf8',
  );
  const title = await figure(page, 'gas-flows').locator('.chart-figure__title').innerText();
  assert.match(svg, /<text[^>]*>[^<]*Russian pipeline gas to Europe/);
  assert.ok(svg.includes(title.split(' ').slice(0, 4).join(' ')), 'the SVG holds the title as text');
  assert.match(svg, /<text[^>]*>Sources?:/);
  assert.doesNotMatch(svg, /and \d+ more/);
  assert.doesNotMatch(svg, /recharts-brush/);

  await openMenu(page, 'gas-flows');
  const csv = (await download(page, () => page.getByRole('menuitem', { name: 'Download CSV' }).click()))
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const rows = Papa.parse(csv, { header: true, skipEmptyLines: true }).data;
  assert.deepEqual(Object.keys(rows[0]).slice(0, 7), [
    'chart_id',
    'series',
    'category',
    'date',
    'value',
    'low',
    'high',
  ]);
  assert.ok(rows.length >= 4);
  for (const r of rows) {
    assert.ok(Number.isFinite(Number(r.value)) && r.value !== '', `value ${r.value} is a number`);
    assert.equal(r.unit, 'bcm');
    assert.ok(r.source_ids.length > 0, 'every row cites a source');
  }
  const peak = rows.find((r) => r.category === '2018–2019');
  assert.deepEqual([Number(peak.low), Number(peak.high)], [175, 180], 'a range keeps its two ends');
});
