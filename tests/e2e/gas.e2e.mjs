// The Gas negotiations panel in a real browser: the shared time window moves the timeline and the flows, an event's
// sources open as links, the what-if recomputes revenue from the user's inputs, and axe stays clean.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  axeViolations,
  chartsSettled,
  launch,
  openPage,
  openTab,
  panel,
  unfoldFilters,
  waitForPanels,
} from './harness.mjs';

let context;
before(async () => {
  context = await launch();
});
after(async () => {
  await context?.close();
});

const gas = (page) => panel(page, 'Gas negotiations');

async function timelineDates(page) {
  return gas(page).getByRole('list', { name: 'Negotiation events' }).locator('time').allTextContents();
}

/** The flow chart's x-axis categories (years or periods), read from the chart itself. */
async function flowCategories(page) {
  const ticks = gas(page)
    .locator('.gas-section')
    .first()
    .locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
  await ticks.first().waitFor();
  return ticks.allTextContents();
}

async function setWindow(page, label, month) {
  await unfoldFilters(page);
  await page.getByRole('region', { name: 'Filters' }).getByLabel(label, { exact: true }).fill(month);
  await page.waitForFunction(
    ([key, value]) => new URL(location.href).searchParams.get(key) === value,
    [label.toLowerCase(), month],
  );
  await chartsSettled(page);
}

test('moving the time window changes the timeline and the flows', async () => {
  const { page, problems } = await openPage(context);
  await waitForPanels(page);
  await openTab(page, 'Gas negotiations', 'More charts');
  const datesBefore = await timelineDates(page);
  const flowsBefore = await flowCategories(page);
  assert.ok(datesBefore.length > 5, `timeline shows events (${datesBefore.length})`);
  assert.ok(flowsBefore.includes('2020') && flowsBefore.includes('2018–2019'), `flow years ${flowsBefore}`);

  await setWindow(page, 'From', '2023-01');
  await page.waitForFunction(() => !document.querySelector('[data-panel="gas"] time[datetime^="2014"]'));
  const datesAfter = await timelineDates(page);
  const flowsAfter = await flowCategories(page);
  assert.ok(
    datesAfter.length > 0 && datesAfter.length < datesBefore.length,
    `fewer events: ${datesAfter.length} < ${datesBefore.length}`,
  );
  assert.ok(
    datesAfter.every((d) => /202[3-9]/.test(d)),
    `only 2023 onwards: ${datesAfter}`,
  );
  assert.deepEqual(
    flowsAfter.filter((y) => Number(y.slice(0, 4)) < 2023),
    [],
    `flows from 2023: ${flowsAfter}`,
  );
  assert.ok(flowsAfter.length < flowsBefore.length);

  await setWindow(page, 'To', '2023-12');
  await page.waitForFunction(() => !document.querySelector('[data-panel="gas"] time[datetime^="2024"]'));
  assert.deepEqual(await flowCategories(page), ['2023']);
  assert.match(await gas(page).locator('.panel__summary').textContent(), /carried 22\.73 bcm in 2023/);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
});

test('an event’s sources open as links that leave in a new tab', async () => {
  const { page, problems } = await openPage(context);
  await waitForPanels(page);
  await openTab(page, 'Gas negotiations', 'More charts');
  const button = gas(page).getByRole('button', {
    name: /^Sources \(\d+\) for Gazprom announces a legally binding memorandum/,
  });
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  const list = page.locator(`#${(await button.getAttribute('aria-controls')).replace(/:/g, '\\:')}`);
  const links = list.getByRole('link');
  assert.ok((await links.count()) >= 1);
  assert.equal(await links.first().getAttribute('target'), '_blank');
  assert.equal(await links.first().getAttribute('rel'), 'noopener noreferrer');
  assert.match(await links.first().getAttribute('href'), /^https?:\/\//);
  assert.deepEqual(problems.foreignRequests, [], 'opening the list loads nothing from elsewhere');
});

test('the what-if recomputes annual revenue from the user’s price and volume', async () => {
  const { page, problems } = await openPage(context);
  await waitForPanels(page);
  await openTab(page, 'Gas negotiations', 'More charts');
  const assumptions = gas(page).getByRole('group', { name: /Your assumptions/ });
  const result = gas(page).getByRole('status', { name: 'What-if result' });
  const price = assumptions.getByLabel('Your price (US$ per 1,000 m³)');
  const volume = assumptions.getByLabel('Your volume (bcm per year)');
  assert.equal(await volume.inputValue(), '50');
  const before = await result.textContent();

  await price.fill('300');
  await volume.fill('38');
  await page.waitForFunction(() =>
    /US\$11\.4 bn per year/.test(document.querySelector('[data-panel="gas"] .gas-whatif__result')?.textContent ?? ''),
  );
  assert.notEqual(await result.textContent(), before);

  await volume.fill('100');
  await page.waitForFunction(() =>
    /US\$30 bn per year/.test(document.querySelector('[data-panel="gas"] .gas-whatif__result')?.textContent ?? ''),
  );
  await volume.fill('');
  await result.getByText(/Enter a price and a volume/).waitFor();
  assert.deepEqual(problems.consoleErrors, []);
});

test('axe finds no violations in the panel with sources, tables and the data table open', async () => {
  const { page } = await openPage(context);
  await waitForPanels(page);
  await openTab(page, 'Gas negotiations', 'More charts');
  await gas(page)
    .getByRole('button', { name: /^Sources \(\d+\) for / })
    .first()
    .click();
  for (const summary of await gas(page).locator('details > summary').all()) await summary.click();
  await openTab(page, 'Gas negotiations', 'Table');
  await gas(page).getByRole('table', { name: 'Gas negotiation timeline' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
});

test('on a 390-px phone nothing in the panel sticks out of the screen (tables scroll inside their box)', async () => {
  const { page } = await openPage(context);
  await page.setViewportSize({ width: 390, height: 844 });
  await waitForPanels(page);
  await openTab(page, 'Gas negotiations', 'More charts');
  for (const summary of await gas(page).locator('details > summary').all()) await summary.click();
  const sticking = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('[data-panel="gas"] *')]
      .filter((el) => !el.closest('.data-table') && el.getBoundingClientRect().right > width + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`);
  });
  assert.deepEqual(sticking, []);
});

test('on a 390-px phone the price chart names every year it draws and marks the prices no source gives', async () => {
  const { page } = await openPage(context);
  await page.setViewportSize({ width: 390, height: 844 });
  await waitForPanels(page);
  await openTab(page, 'Gas negotiations', 'More charts');
  const chart = gas(page).locator('figure[data-chart-id="gas-price"] svg.recharts-surface');
  await chart.locator('.recharts-yAxis-tick-labels text').first().waitFor();
  const labels = await chart
    .locator('.recharts-yAxis-tick-labels text')
    .evaluateAll((texts) => texts.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' · ')));
  // data/gas-prices.json, years 2022–2026 of the default window: each year, kind and publication date is one group.
  assert.deepEqual(labels, [
    '2022 actual · pub. Sep 2023',
    '2023 forecast · pub. Sep 2023',
    '2024 forecast · pub. Sep 2023',
    '2025 estimate · pub. 2024',
    '2025 estimate · pub. Sep 2025',
    '2026 forecast · pub. 2024',
    '2026 forecast · pub. Sep 2025',
  ]);
  // The two China forecasts without a Europe + Turkey figure beside them (2023, and 2026 as published in 2024).
  assert.equal(await chart.getByText('Europe + Turkey: no figure').count(), 2);
  assert.ok(await chart.getByText('984', { exact: true }).isVisible(), 'the bars carry their values (2022 Europe)');
});
