// Bring-your-own data in a real browser: the Import data dialog previews what a file would change (added, updated,
// rejected with reasons), applies only on confirmation, shows which data is imported, reverts to the bundled files,
// rejects garbage with a clear error, reads CSV, and sends nothing anywhere.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { axeViolations, launch, openPage, openTab, panel, summaries, waitForPanels } from './harness.mjs';

const DATA = resolve(import.meta.dirname, '../../data');
const real = (name) => JSON.parse(readFileSync(resolve(DATA, `${name}.json`), 'utf8'));
const PAYMENT = 'Payment workaround timeline';

let context;
before(async () => {
  context = await launch();
});
after(async () => {
  await context?.close();
});

function nextMonth(month) {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** A copy of data/trade-monthly.json with one extra month after the last one and the last month's total changed. */
function tradeWithChanges() {
  const file = real('trade-monthly');
  const last = file.records.at(-1);
  const month = nextMonth(last.month);
  const added = { id: `trade-${month}`, month, totalUsdBn: 21.5, sources: [...last.sources], confidence: 'confirmed' };
  const changed = { ...last, totalUsdBn: Math.round((last.totalUsdBn + 1.5) * 1000) / 1000 };
  return { file: { ...file, records: [...file.records.slice(0, -1), changed, added] }, added, changed };
}

/** Opens the dashboard, watching every request made after the panels have loaded (an import must make none). */
async function openDashboard() {
  const { page, problems } = await openPage(context);
  await waitForPanels(page);
  // The lazily loaded map fetches its basemap and rivers after the panels show; let it draw them before watching.
  await page.locator('path.border-map__river').first().waitFor({ state: 'attached' });
  await page.locator('path.border-map__country').first().waitFor({ state: 'attached' });
  const requests = [];
  page.on('request', (req) => requests.push(`${req.method()} ${req.url()}`));
  return { page, problems, requests };
}

async function pickFile(page, name, text, mimeType = 'application/json') {
  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog.getByLabel('Data file (JSON or CSV)').setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
  return dialog;
}

async function counts(dialog) {
  // The preview appears once the file is read and checked (the reader loads on first use).
  await dialog.getByRole('list', { name: 'Changes' }).waitFor();
  return dialog.getByRole('list', { name: 'Changes' }).getByRole('listitem').allTextContents();
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The panel's summary once it differs from `previous` (or after 5 s, whatever it is then). */
async function summaryChange(page, name, previous) {
  const summary = panel(page, name).locator('.panel__summary');
  for (let i = 0; i < 50; i += 1) {
    const text = await summary.textContent();
    if (text !== previous) return text;
    await page.waitForTimeout(100);
  }
  return summary.textContent();
}

function assertClean(problems, requests) {
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
  assert.deepEqual(
    requests.filter((r) => !r.startsWith('GET ') || /\/data\//.test(r)),
    [],
    'importing fetches no data and posts nothing',
  );
}

test('a good JSON file: preview 1 added and 1 updated, apply changes the payment panel, Revert restores it', async () => {
  const { page, problems, requests } = await openDashboard();
  const before = await summaries(page);
  const { file, changed } = tradeWithChanges();
  const dialog = await pickFile(page, 'trade-update.json', JSON.stringify(file, null, 2));
  const shown = await counts(dialog);
  assert.deepEqual(shown, ['1 added', '1 updated', `${file.records.length - 2} unchanged`, '0 rejected']);
  await dialog.getByText('Updated (1)').click();
  await dialog.getByText(`${changed.id}: totalUsdBn`).waitFor();
  assert.deepEqual(await summaries(page), before, 'nothing changes before Apply');
  assert.deepEqual(await axeViolations(page), [], 'axe with the preview open');

  await dialog.getByRole('button', { name: 'Apply import' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const banner = page.getByRole('region', { name: 'Imported data' });
  assert.match(await banner.textContent(), /Imported data in use: trade-monthly from trade-update\.json/);
  const afterImport = await summaryChange(page, PAYMENT, before[PAYMENT]);
  assert.notEqual(afterImport, before[PAYMENT], 'the payment panel summary reflects the imported months');
  assert.deepEqual(await axeViolations(page), [], 'axe with the banner shown');

  await banner.getByRole('button', { name: 'Revert to bundled data' }).click();
  await banner.waitFor({ state: 'detached' });
  assert.deepEqual(await summaries(page), before, 'Revert restores every panel');
  assert.equal(
    await page.evaluate(() => document.activeElement?.textContent),
    'Import data',
    'focus returns to the Import data button',
  );
  assertClean(problems, requests);
  await page.close();
});

test('a partly bad file: the rejected record is named by file, id and field; applying keeps the valid ones', async () => {
  const { page, problems, requests } = await openDashboard();
  const before = await summaries(page);
  const { file, added } = tradeWithChanges();
  const bad = { ...added, id: `${added.id}-bad`, month: nextMonth(added.month), totalUsdBn: -3 };
  const partly = { ...file, records: [...real('trade-monthly').records, added, bad] };
  const dialog = await pickFile(page, 'partly-bad.json', JSON.stringify(partly));
  assert.deepEqual(await counts(dialog), [
    '1 added',
    '0 updated',
    `${partly.records.length - 2} unchanged`,
    '1 rejected',
  ]);
  const reason = `partly-bad.json › ${bad.id} › totalUsdBn`;
  await dialog.getByText(new RegExp(reason)).waitFor();

  await dialog.getByRole('button', { name: 'Apply import' }).click();
  const region = panel(page, PAYMENT);
  await region.getByText('1 record rejected by validation (the rest are shown)').click();
  await region.getByText(new RegExp(reason)).waitFor();
  assert.notEqual(
    await summaryChange(page, PAYMENT, before[PAYMENT]),
    before[PAYMENT],
    'the valid new month is applied',
  );
  await openTab(page, PAYMENT, 'Table');
  const [y, m] = added.month.split('-');
  const label = `${MONTHS[Number(m) - 1]} ${y}`;
  await region
    .getByRole('table', { name: /trade by month/ })
    .last()
    .getByRole('row')
    .filter({ hasText: label })
    .filter({ hasText: '21.5' })
    .first()
    .waitFor();
  assertClean(problems, requests);
  await page.close();
});

test('garbage files get a clear error naming the file and change nothing', async () => {
  const { page, problems, requests } = await openDashboard();
  const before = await summaries(page);
  const cases = [
    [
      'garbage.json',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x13]).toString('latin1'),
      /garbage\.json: is not valid JSON/,
    ],
    [
      'tariffs.json',
      JSON.stringify({ schemaVersion: 1, dataset: 'tariffs', title: 't', asOf: '2025', records: [] }),
      /tariffs\.json: unknown dataset "tariffs"/,
    ],
    ['array.json', '[1,2,3]', /array\.json: wrong top-level shape/],
  ];
  for (const [name, text, message] of cases) {
    const dialog = await pickFile(page, name, text);
    const alert = dialog.getByRole('alert');
    assert.match(await alert.textContent(), message);
    assert.match(await alert.textContent(), /Nothing was changed\./);
    assert.equal(await dialog.getByRole('button', { name: 'Apply import' }).count(), 0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  }
  assert.equal(await page.getByRole('region', { name: 'Imported data' }).count(), 0);
  assert.deepEqual(await summaries(page), before);
  assertClean(problems, requests);
  await page.close();
});

test('a projects CSV adds a project to the investment tracker; the dialog works from the keyboard', async () => {
  const { page, problems, requests } = await openDashboard();
  const before = await summaries(page);
  const model = real('projects').records[0];
  const header =
    'id,name_en,sector,dealType,regions,chineseParty,status,statusAsOf,statusNote,announced,sources,confidence,note';
  const row = [
    'imported-test-plant',
    '"Test plant, phase 1"',
    model.sector,
    'plan',
    model.regions.join(' '),
    'A Chinese investor',
    'announced',
    '2025-06',
    'Announced in a test',
    '2025-05',
    model.sources[0],
    'confirmed',
    '',
  ];
  const csv = `${header}\r\n${row.join(',')}\r\n`;

  const button = page.getByRole('button', { name: 'Import data' });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog.waitFor();
  await dialog
    .getByLabel('Data file (JSON or CSV)')
    .setInputFiles({ name: 'my-projects.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  assert.deepEqual(await counts(dialog), ['1 added', '0 updated', '0 unchanged', '0 rejected']);
  await dialog.getByRole('button', { name: 'Apply import' }).focus();
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'hidden' });
  assert.match(
    await page.getByRole('region', { name: 'Imported data' }).textContent(),
    /projects from my-projects\.csv/,
  );
  const after = await summaryChange(page, 'Investment tracker', before['Investment tracker']);
  const totalOf = (s) => Number(/of (\d+) match/.exec(s)?.[1]);
  assert.equal(totalOf(after), totalOf(before['Investment tracker']) + 1);
  assertClean(problems, requests);
  await page.close();
});

test('an imported list of 150 projects: the table draws the first 100, "Show all" the rest, and the keyboard goes on from the 101st', async () => {
  const { page, problems, requests } = await openDashboard();
  const model = real('projects').records[0];
  const header =
    'id,name_en,sector,dealType,regions,chineseParty,status,statusAsOf,statusNote,announced,sources,confidence,note';
  const rows = Array.from({ length: 150 }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    return [
      `imported-plant-${n}`,
      `Imported plant ${n}`,
      model.sector,
      'plan',
      model.regions.join(' '),
      'A Chinese investor',
      'announced',
      '2025-06',
      'Announced in a test',
      '2025-05',
      model.sources[0],
      'confirmed',
      '',
    ].join(',');
  });
  await openTab(page, 'Investment tracker', 'More charts');
  const list = panel(page, 'Investment tracker').getByRole('region', { name: 'Project list' });
  // The bundled projects in the default window (some have every date before it), counted by the list itself.
  const firstOf = list.getByText(/Showing the first 100 of \d+ projects/);
  await list.scrollIntoViewIfNeeded();
  const shownBefore = Number(/of (\d+)/.exec(await firstOf.textContent())[1]);
  const dialog = await pickFile(page, 'many-projects.csv', `${header}\r\n${rows.join('\r\n')}\r\n`, 'text/csv');
  assert.deepEqual(await counts(dialog), ['150 added', '0 updated', '0 unchanged', '0 rejected']);
  await dialog.getByRole('button', { name: 'Apply import' }).click();
  await dialog.waitFor({ state: 'hidden' });

  const total = shownBefore + 150;
  await list.getByText(`Showing the first 100 of ${total} projects.`).waitFor();
  assert.equal(await list.getByRole('rowheader').count(), 100);
  await list.getByRole('button', { name: `Show all ${total}: Project list` }).focus();
  await page.keyboard.press('Enter');
  await list.getByText(`Showing all ${total} projects.`).waitFor();
  assert.equal(await list.getByRole('rowheader').count(), total);
  // The focus is on the first row drawn by the click (the button is now below all of them), and Tab goes on into it.
  const focusedRow = () =>
    page.evaluate(() => {
      const row = document.activeElement?.closest('tbody tr');
      return row ? [...row.parentElement.children].indexOf(row) : -1;
    });
  assert.equal(await focusedRow(), 100, 'the 101st row has the focus');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'TR');
  await page.keyboard.press('Tab');
  assert.equal(await focusedRow(), 100, 'Tab moves to the 101st project, not past the list');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'BUTTON');
  assert.deepEqual(await axeViolations(page), []);
  assertClean(problems, requests);
  await page.close();
});
