// The investment tracker in a real browser: a shared filter narrows it; clicking a sector bar filters the whole
// dashboard (filter bar, address, other panels); a project opens its full record with its sources; the CSV download
// holds exactly the rows of the data table; axe stays clean with everything open.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import Papa from 'papaparse';
import {
  axeViolations,
  chartsSettled,
  cardAction,
  launch,
  openPage,
  openTab,
  panel,
  summaries,
  waitForPanels,
} from './harness.mjs';

const NAME = 'Investment tracker';
let context;
before(async () => {
  context = await launch();
});
after(async () => {
  await context?.close();
});

/** "12 projects of 22 match; …" → 12 */
function matchCount(summary) {
  const m = /^(\d+) projects? of \d+ match/.exec(summary ?? '');
  return m ? Number(m[1]) : 0;
}

test('a shared filter narrows the panel: the summary and the project list agree', async () => {
  const { page, problems } = await openPage(context);
  await waitForPanels(page);
  const investment = panel(page, NAME);
  const before = (await summaries(page))[NAME];
  await page.getByRole('region', { name: 'Filters' }).getByLabel('To', { exact: true }).fill('2019-12');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '2019-12');
  await chartsSettled(page);
  const after = (await summaries(page))[NAME];
  assert.notEqual(after, before);
  assert.ok(matchCount(after) < matchCount(before), `fewer projects by Dec 2019: ${after}`);
  await openTab(page, NAME, 'More charts');
  const list = investment.getByRole('region', { name: 'Project list' });
  // A long list draws its first 100 rows; "Show all N" draws the rest.
  const showAll = list.getByRole('button', { name: /^Show all \d+/ });
  if ((await showAll.count()) > 0) await showAll.click();
  assert.equal(await list.getByRole('rowheader').count(), matchCount(after));
  assert.deepEqual(problems.consoleErrors, []);
});

test('clicking a sector bar filters the whole dashboard; its button says it is pressed; clicking again clears it', async () => {
  const { page, problems } = await openPage(context);
  await waitForPanels(page);
  const investment = panel(page, NAME);
  const before = await summaries(page);
  await openTab(page, NAME, 'More charts');
  const bySector = investment.getByRole('region', { name: 'Projects by sector' });
  // Each bar is a toggle button in the SVG, named "<sector>: <n> projects (sector filter)".
  const firstButton = bySector.getByRole('button', { name: /\(sector filter\)$/ }).first();
  const label = /^(.*): \d+ projects? \(sector filter\)$/.exec(await firstButton.getAttribute('aria-label'))[1];

  // The first bar (largest sector) is the first rectangle drawn: click it with the mouse, as an analyst would.
  await bySector.locator('.recharts-bar-rectangle').first().click();
  await page.waitForFunction(() => new URL(location.href).searchParams.has('sector'));
  await chartsSettled(page);
  assert.equal(await firstButton.getAttribute('aria-pressed'), 'true');
  const filterSummary = await page.locator('.filter-bar__summary').textContent();
  assert.ok(filterSummary.includes(`Sector: ${label}`), `filter bar says the sector: ${filterSummary}`);
  const after = await summaries(page);
  assert.notEqual(after[NAME], before[NAME], 'the investment summary follows');
  assert.notEqual(after['Border crossings'], before['Border crossings'], 'the map (projects by sector) follows');

  // The same bar from the keyboard clears it again.
  await firstButton.press('Enter');
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('sector'));
  assert.deepEqual(await summaries(page), before);
  assert.deepEqual(problems.consoleErrors, []);
});

test('a project opens its full record with every source as a safe new-tab link, and selects it for the map', async () => {
  const { page, problems } = await openPage(context);
  await waitForPanels(page);
  await openTab(page, NAME, 'More charts');
  const list = panel(page, NAME).getByRole('region', { name: 'Project list' });
  const nameButton = list.getByRole('rowheader').first().getByRole('button');
  const name = await nameButton.textContent();
  await nameButton.click();
  assert.equal(await nameButton.getAttribute('aria-expanded'), 'true');
  const links = list.getByRole('list', { name: `Sources for ${name}` }).getByRole('link');
  assert.ok((await links.count()) > 0, 'at least one source link');
  for (const link of await links.all()) {
    assert.match(await link.getAttribute('href'), /^https?:\/\//);
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  }
  await page.waitForFunction(() => new URL(location.href).searchParams.has('project'));
  assert.deepEqual(await axeViolations(page), [], 'axe with a project record open');
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
});

test('Download CSV writes exactly the rows of the data table', async () => {
  const { page, problems } = await openPage(context, '?v=1&status=operating');
  await waitForPanels(page);
  const investment = panel(page, NAME);
  await openTab(page, NAME, 'Table');
  const table = investment.getByRole('region', { name: 'Investment projects (table)' });
  const shownNames = await table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.querySelector('td')?.textContent ?? ''));

  const [download] = await Promise.all([page.waitForEvent('download'), cardAction(page, NAME, 'Download CSV')]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const [header, ...rows] = Papa.parse(text.trim(), { skipEmptyLines: true }).data;
  assert.equal(header[0], 'Project');
  assert.ok(
    header.some((h) => /^Sources/.test(h)),
    'a sources column',
  );
  assert.equal(rows.length, shownNames.length);
  assert.deepEqual(
    rows.map((r) => r[0]),
    shownNames,
  );
  assert.equal(rows.length, matchCount((await summaries(page))[NAME]));
  assert.deepEqual(problems.consoleErrors, []);
});
