// The fault matrix for hostile imports: files that are huge, deeply nested, millions of rows long, carry megabyte
// strings or prototype keys, or CSV formula cells. Each is refused or read with a message naming the file and record,
// the page stays responsive (no long task over 200 ms while the file is read: it is parsed in a Web Worker), and the
// bundled data is untouched. Saved-view files the same. The files are made here and picked from disk.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { launch, openPage, summaries, waitForPanels } from './harness.mjs';

const DATA = resolve(import.meta.dirname, '../../data');
const trade = JSON.parse(readFileSync(resolve(DATA, 'trade-monthly.json'), 'utf8'));
const TRADE_HEADER = 'id,month,totalUsdBn,exportsUsdBn,importsUsdBn,sources,confidence,method,note';
const LONG_TASK_LIMIT_MS = 200;

let context;
let dir;
before(async () => {
  context = await launch();
  dir = mkdtempSync(join(tmpdir(), 'bri-hostile-'));
});
after(async () => {
  await context?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Records every long task of the page (the browser's own measure of a blocked main thread), with when it began. */
const WATCH_LONG_TASKS = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry);
  }).observe({ type: 'longtask', buffered: true });
};

/** Now, on the page's clock: long tasks that begin from here on are the import's. */
const markTime = (page) => page.evaluate(() => performance.now());

/** The longest task that began at or after `mark` (0 if none). */
const longestSince = (page, mark) =>
  page.evaluate(
    (from) => Math.max(0, ...window.__longTasks.filter((t) => t.startTime >= from).map((t) => t.duration)),
    mark,
  );

async function openDashboard() {
  const { page, problems } = await openPage(context, '', { init: WATCH_LONG_TASKS });
  await waitForPanels(page);
  await page.locator('path.border-map__country').first().waitFor({ state: 'attached' });
  return { page, problems, bundled: await summaries(page) };
}

/** A file on disk (picked by path: the test harness then does no work of its own in the page). */
function file(name, text) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/**
 * Picks `path` in Import data and waits for what the dialog shows; returns it with the longest task from the pick on.
 * The dialog is opened and left to settle first: opening it is the same work for any file, and not what is measured.
 */
async function importFile(page, path) {
  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  const input = dialog.getByLabel('Data file (JSON or CSV)');
  await input.waitFor({ state: 'attached' });
  await page.waitForTimeout(500);
  const mark = await markTime(page);
  await input.setInputFiles(path);
  const outcome = dialog.getByRole('alert').or(dialog.getByRole('list', { name: 'Changes' }));
  await outcome.first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(300);
  const longest = await longestSince(page, mark);
  return { dialog, text: await dialog.textContent(), longest };
}

async function closeAndCheck(page, bundled, { dialog, longest }, label) {
  assert.ok(longest < LONG_TASK_LIMIT_MS, `${label}: the longest task was ${Math.round(longest)} ms`);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.getByRole('region', { name: 'Imported data' }).count(), 0, `${label}: nothing applied`);
  assert.deepEqual(await summaries(page), bundled, `${label}: the bundled data is all there`);
}

const record = (i, patch = {}) => ({ ...trade.records[i % trade.records.length], id: `hostile-${i}`, ...patch });
const envelope = (recordsJson) =>
  `{"schemaVersion":1,"dataset":"trade-monthly","title":"Hostile","asOf":"2025-07","records":[${recordsJson}]}`;

test('huge files near the 20 MB limit: too many records are refused by count; a padded small file is read', async () => {
  const { page, problems, bundled } = await openDashboard();
  const parts = [];
  for (let size = 0; size < 19.5 * 1024 * 1024; size += parts.at(-1).length + 1)
    parts.push(JSON.stringify(record(parts.length)));
  const count = parts.length;
  const many = envelope(parts.join(','));
  const bytes = Buffer.byteLength(many);
  assert.ok(bytes > 19 * 1024 * 1024 && bytes < 20 * 1024 * 1024, `${bytes} bytes`);
  const refused = await importFile(page, file('huge.json', many));
  assert.match(
    refused.text,
    new RegExp(`huge\\.json: has ${count.toLocaleString('en-GB')} records; the importer reads up to 10,000`),
  );
  assert.match(refused.text, /Nothing was changed\./);
  await closeAndCheck(page, bundled, refused, 'huge.json');

  const padded = envelope(`${JSON.stringify(record(1))},${' '.repeat(19 * 1024 * 1024)}${JSON.stringify(record(2))}`);
  const read = await importFile(page, file('padded.json', padded));
  assert.match(read.text, /2 added/);
  await closeAndCheck(page, bundled, read, 'padded.json');
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('a million levels of nesting, a 1 MB string and prototype keys reject their records by name; the rest are read', async () => {
  const { page, problems, bundled } = await openDashboard();
  const recordsJson = [
    JSON.stringify(record(0)),
    JSON.stringify(record(1)).replace(/}$/, `,"note":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`),
    JSON.stringify(record(2, { note: 'x'.repeat(1024 * 1024) })),
    JSON.stringify(record(3)).replace(/}$/, ',"__proto__":{"polluted":true}}'),
    JSON.stringify(record(4)).replace(/}$/, ',"constructor":{"prototype":{"polluted":true}}}'),
    JSON.stringify(record(5)),
  ].join(',');
  const shown = await importFile(page, file('hostile.json', envelope(recordsJson)));
  assert.match(shown.text, /2 added/);
  assert.match(shown.text, /4 rejected/);
  for (const line of [
    /hostile\.json › hostile-1 › note(\[0\]){23}: nested more than 24 levels deep/,
    /hostile\.json › hostile-2 › note: text of 1,048,576 characters; the importer takes up to 20,000/,
    /hostile\.json › hostile-3 › __proto__: the key "__proto__" is not allowed/,
    /hostile\.json › hostile-4 › constructor: the key "constructor" is not allowed/,
  ])
    assert.match(shown.text, line);
  assert.equal(await page.evaluate(() => ({}).polluted ?? Object.prototype.polluted ?? null), null, 'no pollution');
  await closeAndCheck(page, bundled, shown, 'hostile.json');
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('a CSV of two million rows is refused by its size in rows; formula cells are read as text and flagged', async () => {
  const { page, problems, bundled } = await openDashboard();
  const rows = await importFile(page, file('rows.csv', `${TRADE_HEADER}\n${'x\n'.repeat(2_000_000)}`));
  assert.match(rows.text, /rows\.csv: has more than 10,000 data rows \(2,000,002 lines\)/);
  await closeAndCheck(page, bundled, rows, 'rows.csv');

  const last = trade.records.at(-1);
  const csv = [
    TRADE_HEADER,
    `f1,${last.month},1,,,${last.sources.join(' ')},confirmed,,"=HYPERLINK(""http://example.org"",""x"")"`,
    `f2,${last.month},1,,,${last.sources.join(' ')},confirmed,@SUM(1),+1-1`,
  ].join('\n');
  const formulas = await importFile(page, file('formulas.csv', csv));
  assert.match(formulas.text, /2 added/);
  assert.match(
    formulas.text,
    /Cells that start like a formula \(imported as text, escaped again in CSV exports\) \(3\)/,
  );
  assert.match(formulas.text, /formulas\.csv › row 2 \(f1\) › note: starts with "=" like a spreadsheet formula/);
  assert.match(formulas.text, /formulas\.csv › row 3 \(f2\) › method: starts with "@"/);
  assert.match(formulas.text, /formulas\.csv › row 3 \(f2\) › note: starts with "\+"/);
  await closeAndCheck(page, bundled, formulas, 'formulas.csv');
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('hostile saved-view files are refused by file and view, and the saved views stay', async () => {
  const { page, problems } = await openDashboard();
  const list = page.getByRole('region', { name: 'Saved views' });
  await page.getByRole('button', { name: 'Save view' }).click();
  await page.getByLabel('View name').fill('Kept');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await list.getByRole('button', { name: 'Kept', exact: true }).waitFor();
  const exported = await page.evaluate(() => localStorage.getItem('china-russia-bri-dashboard:saved-views'));
  const cases = [
    [
      'proto.json',
      exported.replace('"note":', '"__proto__":{"polluted":true},"note":'),
      /proto\.json: view 1, field __proto__: the key "__proto__" is not allowed/,
    ],
    [
      'long.json',
      exported.replace('"note":""', `"note":"${'n'.repeat(1024 * 1024)}"`),
      /long\.json: view 1, field note: text of 1,048,576 characters/,
    ],
    [
      'deep.json',
      exported.replace('"note":""', `"note":"","extra":${'['.repeat(100_000)}${']'.repeat(100_000)}`),
      /deep\.json: nested more than 12 levels deep \(at character [\d,]+\)/,
    ],
    [
      'huge.json',
      `${exported}${' '.repeat(3 * 1024 * 1024)}`,
      /huge\.json: the file is 3\.0 MB; a saved-views file is under 2 MB/,
    ],
  ];
  for (const [name, text, message] of cases) {
    await page.waitForTimeout(300);
    const mark = await markTime(page);
    await list.getByLabel('Import views').setInputFiles(file(name, text));
    const alert = list.getByRole('alert').filter({ hasText: name });
    await alert.waitFor();
    assert.match(await alert.textContent(), message);
    assert.match(await alert.textContent(), /Nothing was changed\./);
    const longest = await longestSince(page, mark);
    assert.ok(longest < LONG_TASK_LIMIT_MS, `${name}: the longest task was ${Math.round(longest)} ms`);
  }
  assert.deepEqual(
    await list
      .getByRole('listitem')
      .allTextContents()
      .then((items) => items.length),
    1,
  );
  await list.getByRole('button', { name: 'Kept', exact: true }).waitFor();
  assert.equal(await page.evaluate(() => ({}).polluted ?? null), null, 'no pollution');
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});
