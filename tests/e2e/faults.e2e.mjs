// The fault matrix: a data file that is missing, failing, slow, not JSON, partly invalid or the wrong shape breaks only
// the panels that need it, names the file (and record and field), offers Retry, and drops no valid record silently.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { PANEL_NAMES, launch, openPage, openTab, panel, waitForPanels } from './harness.mjs';

const DATA = resolve(import.meta.dirname, '../../data');
const real = (name) => JSON.parse(readFileSync(resolve(DATA, `${name}.json`), 'utf8'));

let context;
before(async () => {
  // These tests answer data files with page.route; a service worker would serve its cached good copy instead (the
  // first page installs it), so this file runs without one. offline.e2e.mjs covers the worker.
  context = await launch({ serviceWorkers: 'block' });
});
after(async () => {
  await context?.close();
});

/** Opens the dashboard with `data/<file>` answered by `handler`. */
async function withFault(file, handler) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route(`**/data/${file}`, handler);
  await page.goto(process.env.E2E_BASE_URL);
  return { page, errors };
}

async function expectOnlyBroken(page, broken, message) {
  const region = panel(page, broken);
  await region.getByRole('alert').filter({ hasText: message }).waitFor({ timeout: 15000 });
  await region.getByRole('button', { name: 'Retry' }).waitFor();
  for (const name of PANEL_NAMES.filter((n) => n !== broken)) {
    await panel(page, name).locator('.panel__summary').waitFor({ timeout: 15000 });
    assert.equal(await panel(page, name).getByRole('alert').count(), 0, `${name} keeps working`);
  }
}

const CASES = [
  ['missing (404)', (route) => route.fulfill({ status: 404, body: 'not found' }), /data\/gas-events.json: HTTP 404/],
  ['a server error (500)', (route) => route.fulfill({ status: 500, body: 'boom' }), /data\/gas-events.json: HTTP 500/],
  [
    'not JSON',
    (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '<html>oops' }),
    /data\/gas-events.json: is not valid JSON/,
  ],
  [
    'the wrong top-level shape',
    (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '[1,2,3]' }),
    /data\/gas-events.json: wrong top-level shape/,
  ],
];

for (const [label, handler, message] of CASES) {
  test(`gas-events.json ${label}: only the gas panel shows the error, with Retry`, async () => {
    const { page, errors } = await withFault('gas-events.json', handler);
    await expectOnlyBroken(page, 'Gas negotiations', message);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('Retry loads the file again once it is back', async () => {
  let fail = true;
  const { page } = await withFault('payment-events.json', (route) =>
    fail ? route.fulfill({ status: 500, body: '' }) : route.continue(),
  );
  await expectOnlyBroken(page, 'Payment workaround timeline', /HTTP 500/);
  fail = false;
  await panel(page, 'Payment workaround timeline').getByRole('button', { name: 'Retry' }).focus();
  await page.keyboard.press('Enter');
  await panel(page, 'Payment workaround timeline').locator('.panel__summary').waitFor();
  assert.equal(await panel(page, 'Payment workaround timeline').getByRole('alert').count(), 0);
  // The Retry button is gone; the keyboard goes on from the panel's title, not from the top of the page.
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Payment workaround timeline');
  await page.close();
});

test('Retry of a file that still fails says it tried, and the keyboard stays on Retry', async () => {
  const { page } = await withFault('payment-events.json', (route) => route.fulfill({ status: 500, body: '' }));
  await expectOnlyBroken(page, 'Payment workaround timeline', /HTTP 500/);
  const payments = panel(page, 'Payment workaround timeline');
  await payments.getByRole('button', { name: 'Retry' }).focus();
  await page.keyboard.press('Enter');
  await payments.getByRole('alert').filter({ hasText: 'Tried again once: it still fails.' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Retry', 'the focus stays on Retry');
  await page.keyboard.press('Enter');
  await payments.getByRole('alert').filter({ hasText: 'Tried again 2 times: it still fails.' }).waitFor();
  assert.match(await payments.getByRole('alert').textContent(), /data\/payment-events.json: HTTP 500/);
  await page.close();
});

test('a slow file (5 s) shows loading in its panels while the others work, then arrives', async () => {
  const { page } = await withFault('places.json', async (route) => {
    await new Promise((r) => setTimeout(r, 5000));
    await route.continue();
  });
  await panel(page, 'Border crossings')
    .getByRole('status')
    .filter({ hasText: /Loading/ })
    .waitFor();
  await panel(page, 'Investment tracker').locator('.panel__summary').waitFor();
  await panel(page, 'Border crossings').locator('.panel__summary').waitFor({ timeout: 15000 });
  await page.close();
});

test('one schema-invalid record is rejected by name; every valid record is still shown', async () => {
  const file = real('projects');
  const bad = structuredClone(file);
  bad.records[0].status = 'flying';
  const { page } = await withFault('projects.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(bad) }),
  );
  const region = panel(page, 'Investment tracker');
  await region.getByText('1 record rejected by validation (the rest are shown)').click();
  await region.getByText(new RegExp(`data/projects.json › ${file.records[0].id} › status`)).waitFor();
  // The panel holds every valid record ("N projects of M match": M counts what it kept), and its project list draws
  // the N the time window lets through (a long list draws its first 100 rows until "Show all").
  const summary = await region.locator('.panel__summary').textContent();
  const [, shown, held] = /(\d+) projects? of (\d+) match/.exec(summary) ?? [];
  assert.equal(Number(held), file.records.length - 1, `all other projects are kept: ${summary}`);
  // The project list is in the card's More charts tab.
  await openTab(page, 'Investment tracker', 'More charts');
  const list = region.getByRole('region', { name: 'Project list' });
  await list.scrollIntoViewIfNeeded();
  await list.getByRole('rowheader').first().waitFor();
  const showAll = list.getByRole('button', { name: /^Show all \d+/ });
  if ((await showAll.count()) > 0) await showAll.click();
  assert.equal(await list.getByRole('rowheader').count(), Number(shown), 'the list draws every matching project');
  assert.equal(await list.getByRole('rowheader', { name: file.records[0].name.en, exact: true }).count(), 0);
  await page.close();
});

test('localStorage that is full or disabled gets a notice and the dashboard keeps working', async () => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('disabled', 'SecurityError');
      },
    });
  });
  await page.goto(process.env.E2E_BASE_URL);
  await waitForPanels(page);
  await page
    .getByRole('region', { name: 'Notices' })
    .getByText(/does not allow local storage/)
    .waitFor();
  await page.getByRole('button', { name: 'Save view' }).click();
  await page.getByLabel('View name').fill('Kept in memory');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page
    .getByRole('region', { name: 'Saved views' })
    .getByRole('button', { name: 'Kept in memory', exact: true })
    .waitFor();
  await page.close();

  const full = await context.newPage();
  await full.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await full.goto(process.env.E2E_BASE_URL);
  await waitForPanels(full);
  await full.getByRole('button', { name: 'Save view' }).click();
  await full.getByRole('button', { name: 'Save', exact: true }).click();
  await full
    .getByRole('region', { name: 'Notices' })
    .getByText(/could not be stored/)
    .waitFor();
  await full.close();
});

test('out-of-range and malformed address parameters are corrected with notices, never a crash', async () => {
  const { page, problems } = await openPage(
    context,
    '?v=9&from=1999-01&to=abc&sector=%3Cscript%3E&status=operating,nope&theme=x',
  );
  await waitForPanels(page);
  const notices = page.getByRole('region', { name: 'Notices' });
  for (const text of [
    /version “9” is not known/,
    /“from” = “1999-01” is outside/,
    /“to” = “abc” is not a month/,
    /“sector” has an invalid value/,
    /unknown value “nope”/,
    /“theme” = “x”/,
  ]) {
    await notices.getByText(text).waitFor();
  }
  assert.equal(await page.getByLabel('From', { exact: true }).inputValue(), '2003-01');
  assert.deepEqual(problems.consoleErrors, []);
});
