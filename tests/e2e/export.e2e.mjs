// Export from every panel in a real browser: the PNG (valid, the requested pixel size, not blank, caption read from
// the offscreen sheet before it is rasterised), the SVG (parses, caption as text), the CSV (same rows as the data
// table), the evidence pack (the expected files), copying to the clipboard, and no request leaving the page.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { inflateRawSync, inflateSync } from 'node:zlib';
import Papa from 'papaparse';
import {
  BASE_URL,
  PANEL_NAMES,
  PRESET_NAMES,
  axeViolations,
  chartsSettled,
  exportItem,
  hasExportItem,
  launch,
  openPage,
  openTab,
  panel,
  waitForPanels,
} from './harness.mjs';

let context;
before(async () => {
  context = await launch();
});
after(async () => {
  await context?.close();
});

const slug = (title) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Minimal PNG reader: signature, IHDR size, and the number of distinct bytes in the inflated image data. */
function readPng(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'PNG signature');
  const chunks = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    chunks.push({ type: bytes.toString('latin1', at + 4, at + 8), data: bytes.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  const ihdr = chunks.find((c) => c.type === 'IHDR').data;
  const pixels = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const text = chunks.filter((c) => c.type === 'iTXt').map((c) => c.data.toString('utf8').replace(/\0+/g, ': '));
  return { width: ihdr.readUInt32BE(0), height: ihdr.readUInt32BE(4), distinctBytes: new Set(pixels).size, text };
}

/** Local-file headers of a zip: name and content (stored or deflated). */
function readZip(bytes) {
  const files = [];
  for (let at = 0; bytes.readUInt32LE(at) === 0x04034b50;) {
    const method = bytes.readUInt16LE(at + 8);
    const size = bytes.readUInt32LE(at + 18);
    const nameLength = bytes.readUInt16LE(at + 26);
    const extraLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString('utf8', at + 30, at + 30 + nameLength);
    const start = at + 30 + nameLength + extraLength;
    const raw = bytes.subarray(start, start + size);
    files.push({ name, data: method === 8 ? inflateRawSync(raw) : raw });
    at = start + size;
  }
  return files;
}

/** Records the caption of every export sheet the moment it enters the page (it is removed once rasterised). */
async function recordSheets(page) {
  await page.evaluate(() => {
    window.__exportSheets = [];
    new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.addedNodes) {
          if (!(node instanceof HTMLElement) || !node.hasAttribute('data-export-sheet')) continue;
          const part = (name) => node.querySelector(`[data-caption="${name}"]`)?.textContent ?? null;
          window.__exportSheets.push({
            panel: node.getAttribute('data-export-sheet'),
            title: part('title'),
            filters: part('filters'),
            sources: part('sources'),
            asOf: part('as-of'),
            url: part('url'),
          });
        }
      }
    }).observe(document.body, { childList: true });
  });
}

async function download(page, trigger) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30000 }), trigger()]);
  const result = { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  // EXPORT_SAMPLES=<dir> keeps the files for a look by eye.
  if (process.env.EXPORT_SAMPLES) writeFileSync(join(process.env.EXPORT_SAMPLES, result.name), result.bytes);
  return result;
}

async function setOptions(region, preset) {
  await region.getByRole('button', { name: 'Export', exact: true }).click();
  await region.getByRole('menuitemradio', { name: PRESET_NAMES[preset], exact: false }).first().click();
  await region.page().keyboard.press('Escape');
}

test('every panel exports a captioned PNG, a captioned SVG, its table as CSV and an evidence pack, offline', async () => {
  const { page, problems } = await openPage(context);
  await waitForPanels(page);
  await page.getByLabel('From', { exact: true }).fill('2022-01');
  await page.getByLabel('To', { exact: true }).fill('2024-12');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '2024-12');
  await chartsSettled(page);
  await waitForPanels(page);
  await recordSheets(page);
  const filterLine = (await page.locator('.filter-bar__summary').textContent()).replace('Active filters: ', '');
  const requests = [];
  page.on('request', (req) => requests.push(req.url()));
  const blank = await context.newPage();

  for (const name of PANEL_NAMES) {
    const region = panel(page, name);
    const stem = `${slug(name)}_2022-01_2024-12`;
    // The card names every publisher on one line; its toggle says how many sources the numbered list holds.
    const cardLine = await region.locator('.card__source-line').textContent();
    const toggle = region.getByRole('button', { name: /^List all \d+ sources$/ });
    const listed = (await toggle.count()) ? Number((await toggle.textContent()).match(/\d+/)[0]) : 0;

    await setOptions(region, 'slide-16-9');
    const png = await download(page, () => exportItem(region, 'Download PNG'));
    assert.equal(png.name, `${stem}.png`);
    const image = readPng(png.bytes);
    assert.deepEqual([image.width, image.height], [1920, 1080], `${name}: slide 16:9 size`);
    assert.ok(image.distinctBytes > 24, `${name}: PNG is not blank (${image.distinctBytes} distinct bytes)`);
    assert.ok(
      image.text.some((t) => t.startsWith('Title: ') && t.includes(name)),
      `${name}: title in PNG metadata`,
    );
    const sheet = (await page.evaluate(() => window.__exportSheets)).at(-1);
    assert.equal(sheet.title, name);
    assert.equal(sheet.filters, filterLine, `${name}: filters in the caption`);
    // A slide-sized image prints the card's complete line (every publisher, never "and N more").
    assert.equal(sheet.sources, cardLine, `${name}: source line in the caption`);
    assert.doesNotMatch(sheet.sources, /and \d+ more/);
    assert.match(sheet.asOf, /^Data as of /);
    assert.ok(sheet.url.includes('to=2024-12'), `${name}: view address in the caption`);
    await region.getByText(`Saved ${stem}.png (1920 × 1080 px).`).waitFor();

    let svgFile = null;
    if (await hasExportItem(region, 'Download SVG')) {
      svgFile = await download(page, () => exportItem(region, 'Download SVG'));
      assert.equal(svgFile.name, `${stem}.svg`);
      // Parsed in a blank page: the dashboard's CSP would (rightly) complain about the SVG's inline styles.
      const parsed = await blank.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.localName,
          text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
        };
      }, svgFile.bytes.toString('utf8'));
      assert.equal(parsed.error, null, `${name}: SVG parses`);
      assert.equal(parsed.root, 'svg');
      for (const part of [name, filterLine, 'Data as of'])
        assert.ok(parsed.text.includes(part), `${name}: SVG text has “${part}”`);
      // The SVG lists every source: the card's line when short, else all of them numbered.
      if (listed) {
        assert.ok(parsed.text.includes(` ${listed}. `), `${name}: the SVG numbers all ${listed} sources`);
        assert.ok(!parsed.text.includes(` ${listed + 1}. `), `${name}: and no more`);
      } else assert.ok(parsed.text.includes(cardLine), `${name}: SVG text has the source line`);
    } else {
      assert.equal(name, 'Border crossings', 'only the map has no SVG');
    }

    const csv = await download(page, () => exportItem(region, 'Download CSV'));
    assert.equal(csv.name, `${stem}.csv`);
    assert.equal(csv.bytes.toString('utf8').charCodeAt(0), 0xfeff, 'UTF-8 BOM');
    const rows = Papa.parse(csv.bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
    await openTab(page, name, 'Table');
    const table = region.locator('.data-table').last();
    const headers = await table.locator('thead th').allTextContents();
    const firstColumn = (await table.locator('tbody tr td:first-child').allTextContents()).map((t) =>
      t === '—' ? '' : t,
    );
    await openTab(page, name, name === 'Border crossings' ? 'Map' : 'Chart');
    assert.deepEqual(rows[0].slice(0, headers.length), headers, `${name}: CSV header = table header`);
    const emptyTable = firstColumn.length === 1 && /No rows/.test(firstColumn[0]);
    assert.equal(rows.length - 1, emptyTable ? 0 : firstColumn.length, `${name}: CSV rows = table rows`);
    if (!emptyTable)
      assert.deepEqual(
        rows.slice(1).map((r) => r[0].replace(/^'/, '')),
        firstColumn,
        `${name}: first column`,
      );

    const pack = await download(page, () => exportItem(region, 'Download evidence pack'));
    assert.equal(pack.name, `${stem}_evidence.zip`);
    const files = readZip(pack.bytes);
    const expected = [`${stem}.png`, ...(svgFile ? [`${stem}.svg`] : []), `${stem}.csv`, 'README.txt'];
    assert.deepEqual(
      files.map((f) => f.name),
      expected,
      `${name}: evidence pack files`,
    );
    const readme = files.at(-1).data.toString('utf8');
    for (const part of [
      `Filters applied: ${filterLine}`,
      'View URL: ',
      'Exported: ',
      'Sources cited by the rows shown',
    ])
      assert.ok(readme.includes(part), `${name}: README has “${part}”`);
    assert.deepEqual(readPng(files[0].data).width, 1920);
    console.log(`${name}: ${rows.length - 1} rows, ${readme.match(/^\[\d+\]/gm)?.length ?? 0} citations`);
  }
  // The only requests allowed are this site's own lazily loaded code (html-to-image, fflate), fetched on first use.
  const ownCode = (u) => u.startsWith(new URL('assets/', BASE_URL).href) && u.endsWith('.js');
  assert.deepEqual(
    requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:') && !ownCode(u)),
    [],
    'no request during export',
  );
  assert.deepEqual(problems.foreignRequests, []);
  assert.deepEqual(problems.consoleErrors, []);
});

test('the 2× preset is twice the on-screen size; transparent background; the options are keyboard operable and axe-clean', async () => {
  const { page, problems } = await openPage(context);
  await waitForPanels(page);
  const region = panel(page, PANEL_NAMES[0]);
  const body = await region.locator('.panel__body').boundingBox();
  const chartHeight = await region
    .locator('svg.recharts-surface')
    .evaluateAll((svgs) => Math.max(0, ...svgs.map((s) => s.getBoundingClientRect().height)));
  const toggle = region.getByRole('button', { name: 'Export', exact: true });
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.deepEqual(await axeViolations(page), [], 'axe with the options open');
  await region.getByRole('menuitemradio', { name: PRESET_NAMES['2x'], exact: false }).first().click();
  await region.getByRole('menuitemradio', { name: 'Transparent background' }).click();
  await page.keyboard.press('Escape');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Export', 'focus returns to the toggle');
  const png = await download(page, () => exportItem(region, 'Download PNG'));
  const image = readPng(png.bytes);
  assert.equal(image.width, 2 * Math.round(body.width + 32), '2× of the on-screen width');
  assert.ok(image.distinctBytes > 24, 'not blank');
  // Regression: a content-sized sheet once collapsed its chart area, leaving only the caption in the image.
  assert.ok(
    chartHeight > 100 && image.height >= 2 * chartHeight,
    `image ${image.height}px tall holds the ${chartHeight}px chart at 2×`,
  );
  assert.deepEqual(problems.consoleErrors, []);
});

test('Copy image puts a PNG on the clipboard and says so', async () => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
  const { page, problems } = await openPage(context);
  await waitForPanels(page);
  const region = panel(page, PANEL_NAMES[1]);
  await exportItem(region, 'Copy image');
  await region.getByText(/Copied the image \(\d+ × \d+ px\) to the clipboard\./).waitFor({ timeout: 30000 });
  const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
  assert.ok(types.includes('image/png'), `clipboard holds ${types.join(', ')}`);
  assert.deepEqual(problems.consoleErrors, []);
});

test('a chart exported under the dark theme is published on white with dark text', async () => {
  const { page, problems } = await openPage(context, '?theme=dark');
  await waitForPanels(page);
  const f = page.locator('figure[data-chart-id="investment-deal-types"]');
  await f.getByRole('button', { name: 'Export chart' }).click();
  const file = page.waitForEvent('download', { timeout: 30000 });
  await page.locator('[role="menu"]').getByRole('menuitem', { name: 'Download SVG', exact: true }).click();
  const svg = readFileSync(await (await file).path(), 'utf8');
  // Every text's colour as the file states it: none may be the dark theme's near-white text. Read in a blank page
  // (the dashboard's CSP refuses the file's style attributes, rightly).
  const blank = await context.newPage();
  const fills = await blank.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const probe = document.createElement('span');
    document.body.append(probe);
    const out = [...doc.querySelectorAll('text')].map((t) => {
      probe.style.color = t.getAttribute('fill') ?? t.style.fill ?? '';
      const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g).map(Number);
      return { text: t.textContent.slice(0, 30), lightness: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 };
    });
    probe.remove();
    return out;
  }, svg);
  await blank.close();
  assert.ok(fills.length > 10, `${fills.length} texts`);
  const light = fills.filter((f) => f.lightness > 0.6);
  assert.deepEqual(light, [], 'no light text on the export’s white');
  assert.match(svg, /<rect[^>]*fill="(#fff|#ffffff|white|rgb\(255, 255, 255\))"/i);
  assert.deepEqual(problems.consoleErrors, []);
});
