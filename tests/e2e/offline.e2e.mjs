// Offline after the first visit: the service worker (Workbox, vite.config.ts offlineCache) precaches the app, every
// data file and the PDF font (not jsPDF's never-loaded html2canvas, DOMPurify and canvg chunks), so a reload with the
// network off shows the whole dashboard with its data and saved views and still makes a deck PDF; a new
// deployment is offered ("New data available") and changes nothing until the reader presses Reload.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';
import { build } from 'vite';
import { PANEL_NAMES, downloadFromDeck, launch, openPage, panel, summaries, waitForPanels } from './harness.mjs';
import { pdfLines } from './pdf-text.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA = resolve(ROOT, 'data');
const DIST = process.env.E2E_DIST;

/** Waits until the service worker has installed (precached everything) and controls the page. */
async function controlledByServiceWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, {
    timeout: 30000,
  });
}

async function saveView(page, name) {
  await page.getByRole('button', { name: 'Save view' }).click();
  await page.getByLabel('View name').fill(name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await savedView(page, name).waitFor();
}

const savedView = (page, name) =>
  page.getByRole('region', { name: 'Saved views' }).getByRole('button', { name, exact: true });

const dataAsOf = (page, name) => panel(page, name).locator('.panel__meta').textContent();

/** Every file of a folder, as paths relative to it with forward slashes. */
const filesUnder = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

/** The chunks jsPDF imports on demand (html2canvas, DOMPurify, canvg): the app never calls the code that loads them. */
function jspdfOptionalChunks() {
  const assets = join(DIST, 'assets');
  const jspdf = readdirSync(assets).find((f) => /^jspdf\.es\.min-[\w-]+\.js$/.test(f));
  assert.ok(jspdf, 'the build has a jsPDF chunk');
  const code = readFileSync(join(assets, jspdf), 'utf8');
  return [...code.matchAll(/import\(`\.\/([\w.-]+\.js)`\)/g)].map(([, file]) => `assets/${file}`);
}

test('every data file, the PDF font and every file the app loads are in the service worker’s precache list', () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  for (const file of readdirSync(DATA)) assert.ok(sw.includes(`"data/${file}"`), `data/${file} is precached`);
  const optional = jspdfOptionalChunks();
  assert.equal(optional.length, 3, `jsPDF's html2canvas, DOMPurify and canvg chunks: ${optional.join(', ')}`);
  for (const path of optional) assert.ok(!sw.includes(`"${path}"`), `${path} (never loaded) is not precached`);
  assert.doesNotMatch(sw, /html2canvas|purify/, 'no html2canvas or DOMPurify chunk is precached');
  for (const entry of filesUnder(DIST)) {
    const path = relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/');
    // The worker itself and its runtime are not precached; robots.txt is for crawlers, the font licence for people.
    if (/^(sw\.js|workbox-[\w-]+\.js|robots\.txt|fonts\/LICENSE\.txt)$/.test(path) || optional.includes(path)) continue;
    assert.ok(sw.includes(`"${path}"`), `${path} is precached`);
  }
  assert.ok(sw.includes('"fonts/bri-pdf-sans-regular.ttf"'), 'the PDF font is precached');
});

test('offline after the first visit: a reload shows all four panels with their data and the saved views', async () => {
  const context = await launch();
  try {
    const { page, problems } = await openPage(context);
    await waitForPanels(page);
    await saveView(page, 'Meeting room');
    await controlledByServiceWorker(page);
    await page.getByText('Saved for offline use').waitFor();
    const online = await summaries(page);

    assert.deepEqual(problems.consoleErrors, [], 'no error online');
    await context.setOffline(true);
    // The network really is off for the page: an address the cache does not hold fails (and logs that failure).
    assert.equal(
      await page.evaluate(() =>
        fetch(`data/projects.json?not-cached=${Date.now()}`).then(
          () => 'fetched',
          () => 'failed',
        ),
      ),
      'failed',
    );
    problems.consoleErrors.length = 0;
    await page.reload();
    await waitForPanels(page);
    assert.deepEqual(await summaries(page), online, 'the same data as online, in every panel');
    for (const name of PANEL_NAMES) {
      const region = panel(page, name);
      assert.equal(await region.getByRole('alert').count(), 0, `${name} shows no error`);
    }
    // Drawn with data: the charts of the three chart panels and the map's place markers.
    for (const name of ['Investment tracker', 'Gas negotiations', 'Payment workaround timeline'])
      assert.ok((await panel(page, name).locator('svg.recharts-surface').count()) > 0, `${name} has its charts`);
    await panel(page, 'Border crossings').locator('.leaflet-marker-icon, .leaflet-interactive').first().waitFor();
    await savedView(page, 'Meeting room').waitFor();
    // The deck PDF is made offline too: jsPDF's chunk and the PDF font come from the precache.
    const deck = await downloadFromDeck(page, 'Download deck (PDF)');
    assert.ok(pdfLines(deck).includes('Meeting room'), 'the offline deck has the slide’s title as text');
    assert.deepEqual(problems.consoleErrors, []);
  } finally {
    await context.close();
  }
});

/** Builds the app again with one data file changed (a new deployment with new data) into a folder of its own. */
async function buildWithChangedProjects(asOf) {
  const data = mkdtempSync(join(tmpdir(), 'bri-e2e-data-'));
  const out = mkdtempSync(join(tmpdir(), 'bri-e2e-redeploy-'));
  cpSync(DATA, data, { recursive: true });
  const projects = JSON.parse(readFileSync(join(data, 'projects.json'), 'utf8'));
  writeFileSync(join(data, 'projects.json'), JSON.stringify({ ...projects, asOf }, null, 2));
  process.env.BRI_DATA_DIR = data;
  try {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
  } finally {
    delete process.env.BRI_DATA_DIR;
    rmSync(data, { recursive: true, force: true });
  }
  return out;
}

test('a new deployment with new data is offered, and nothing changes until Reload is pressed', async () => {
  const context = await launch();
  const original = mkdtempSync(join(tmpdir(), 'bri-e2e-dist-copy-'));
  cpSync(DIST, original, { recursive: true });
  try {
    const { page, problems } = await openPage(context);
    await waitForPanels(page);
    await controlledByServiceWorker(page);
    const before = await dataAsOf(page, 'Investment tracker');

    const redeployed = await buildWithChangedProjects('2026-11-30');
    cpSync(redeployed, DIST, { recursive: true });
    rmSync(redeployed, { recursive: true, force: true });

    await page.reload();
    const offer = page.getByRole('region', { name: 'Update' });
    await offer.getByText('New data available').waitFor({ timeout: 30000 });
    await waitForPanels(page);
    assert.equal(await dataAsOf(page, 'Investment tracker'), before, 'the old data is still shown');
    // Reloading is not accepting: the running version stays, and the offer is made again.
    await page.reload();
    await offer.getByText('New data available').waitFor({ timeout: 30000 });
    await waitForPanels(page);
    assert.equal(await dataAsOf(page, 'Investment tracker'), before, 'still the old data after a plain reload');

    await offer.getByRole('button', { name: 'Reload' }).click();
    await panel(page, 'Investment tracker')
      .locator('.panel__meta')
      .filter({ hasText: 'Nov 2026' })
      .waitFor({ timeout: 30000 });
    await waitForPanels(page);
    assert.match(await dataAsOf(page, 'Investment tracker'), /Nov 2026/);
    assert.equal(await offer.count(), 0, 'the offer is gone once accepted');
    assert.deepEqual(problems.consoleErrors, []);
  } finally {
    await context.close();
    rmSync(DIST, { recursive: true, force: true });
    cpSync(original, DIST, { recursive: true });
    rmSync(original, { recursive: true, force: true });
  }
});
