// The payment workaround timeline in a real browser: the brush and the keyboard sliders set the dashboard's shared
// time window (filter bar, address and the other panels follow), events open to show their sources, axe is clean.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import {
  chartsSettled,
  launch,
  openPage,
  openTab,
  panel,
  PANEL_NAMES,
  summaries,
  unfoldFilters,
  waitForPanels,
} from './harness.mjs';

const NAME = 'Payment workaround timeline';
const OTHERS = PANEL_NAMES.filter((n) => n !== NAME);

let context;
before(async () => {
  context = await launch();
});
after(async () => {
  await context?.close();
});

/**
 * The other panels react to the window the brush set: at least one of them changes its summary, and each shows what
 * a fresh page at the same address shows (the window reached them through the shared filters, not by accident).
 */
async function assertOthersFollow(page, before, after) {
  assert.ok(
    OTHERS.some((name) => after[name] !== before[name]),
    `another panel's summary should change: ${JSON.stringify(after)}`,
  );
  const { page: fresh } = await openPage(context, page.url());
  await waitForPanels(fresh);
  assert.deepEqual(await summaries(fresh), after, 'a fresh page at the brushed address shows the same summaries');
  await fresh.close();
}

const param = (page, key) => new URL(page.url()).searchParams.get(key);
const filterInput = (page, label) => page.getByRole('region', { name: 'Filters' }).getByLabel(label, { exact: true });

test('dragging the brush sets From/To in the filter bar and the address, and the other panels react', async () => {
  const { page, problems } = await openPage(context);
  await waitForPanels(page);
  const before = await summaries(page);
  const payments = panel(page, NAME);
  await payments.locator('svg.recharts-surface').first().scrollIntoViewIfNeeded();
  const travellers = payments.locator('.recharts-brush-traveller');
  assert.equal(await travellers.count(), 2, 'the brush has two handles');

  const left = await travellers.nth(0).boundingBox();
  const right = await travellers.nth(1).boundingBox();
  assert.ok(left && right);
  const y = left.y + left.height / 2;
  await page.mouse.move(left.x + left.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(left.x + (right.x - left.x) * 0.45, y, { steps: 8 });
  await page.mouse.up();
  // A person takes a moment between the two handles; by then the chart has redrawn for the first (it follows a
  // change in a deferred render).
  await chartsSettled(page);
  await page.mouse.move(right.x + right.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(left.x + (right.x - left.x) * 0.8, y, { steps: 8 });
  await page.mouse.up();

  await page.waitForFunction(() => {
    const p = new URL(location.href).searchParams;
    return p.has('from') && p.has('to');
  });
  const from = param(page, 'from');
  const to = param(page, 'to');
  assert.match(from, /^\d{4}-\d{2}$/);
  assert.ok(from > '2022-01' && to < '2025-12' && from < to, `brushed window ${from}…${to} lies inside the trade axis`);
  assert.equal(await filterInput(page, 'From').inputValue(), from);
  assert.equal(await filterInput(page, 'To').inputValue(), to);

  const afterBrush = await summaries(page);
  assert.notEqual(afterBrush[NAME], before[NAME]);
  assert.match(afterBrush[NAME], /payment events? in the window/);
  await assertOthersFollow(page, before, afterBrush);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
});

test('the keyboard sliders move the window one month at a time, and the filter bar moves the brush', async () => {
  const { page, problems } = await openPage(context, '?v=1&from=2023-01&to=2024-12');
  await waitForPanels(page);
  const payments = panel(page, NAME);
  const before = await summaries(page);

  const end = payments.getByRole('slider', { name: 'Window end' });
  assert.equal(await end.getAttribute('aria-valuetext'), 'Dec 2024');
  await end.focus();
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '2024-06');
  assert.equal(await filterInput(page, 'To').inputValue(), '2024-06');
  assert.equal(await end.getAttribute('aria-valuetext'), 'Jun 2024');
  await assertOthersFollow(page, before, await summaries(page));

  // Scrolled down to the chart, the filter bar is folded to its chips: unfold it as a user would.
  await unfoldFilters(page);
  await filterInput(page, 'From').fill('2024-02');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('from') === '2024-02');
  assert.equal(await payments.getByRole('slider', { name: 'Window start' }).getAttribute('aria-valuetext'), 'Feb 2024');
  assert.match(
    await payments.locator('.panel__summary').textContent(),
    /Trade fell|No month-on-month fall|One month with a figure/,
  );
  assert.deepEqual(problems.consoleErrors, []);
});

test('an event opens from the list or its chart marker and shows its sources as new-tab links', async () => {
  const { page, problems } = await openPage(context, '?v=1&from=2023-06&to=2024-12');
  await waitForPanels(page);
  const payments = panel(page, NAME);
  await openTab(page, NAME, 'Events');
  const button = payments.getByRole('button', { name: /Sanction: US Executive Order 14114/ });
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  await button.focus();
  await page.keyboard.press('Enter');
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  const detail = page.locator(`#${await button.getAttribute('aria-controls')}`);
  const links = detail.getByRole('link');
  assert.ok((await links.count()) >= 1, 'the event cites at least one source');
  for (const link of await links.all()) {
    assert.match(await link.getAttribute('href'), /^https?:\/\//);
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.match(await link.getAttribute('rel'), /noopener/);
  }
  await page.keyboard.press('Enter');
  assert.equal(await button.getAttribute('aria-expanded'), 'false');

  // A marker on the chart opens its entry in the Events tab.
  await openTab(page, NAME, 'Chart');
  const marker = payments.locator('.payments__event-marker').first();
  const id = await marker.getAttribute('data-event-id');
  await marker.click();
  const opened = payments.locator(`#payment-event-${id}`);
  await opened.waitFor();
  assert.ok((await opened.getByRole('link').count()) >= 1);

  const result = await new AxeBuilder({ page }).include(`[data-panel="payments"]`).analyze();
  assert.deepEqual(
    result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')}`,
    ),
    [],
  );
  await openTab(page, NAME, 'Table');
  await payments.getByRole('table', { name: /trade by month/ }).waitFor();
  const withTable = await new AxeBuilder({ page }).include(`[data-panel="payments"]`).analyze();
  assert.deepEqual(
    withTable.violations.map((v) => v.id),
    [],
  );
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
});

test('on a 390-px phone in the dark theme the panel fits its width and axe finds nothing', async () => {
  const { page, problems } = await openPage(context, '?v=1&theme=dark&from=2023-06&to=2024-12');
  await page.setViewportSize({ width: 390, height: 844 });
  await waitForPanels(page);
  const payments = panel(page, NAME);
  await payments.locator('svg.recharts-surface').first().waitFor();
  const overflow = await payments.evaluate((el) => el.scrollWidth - el.clientWidth);
  assert.ok(overflow <= 0, `the panel does not overflow sideways (${overflow}px)`);
  const result = await new AxeBuilder({ page }).include(`[data-panel="payments"]`).analyze();
  assert.deepEqual(
    result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')}`,
    ),
    [],
  );
  assert.deepEqual(problems.consoleErrors, []);
});

/**
 * In the page: the trade chart's event markers and key-event labels as a reader sees them (boxes and text), for the
 * assertions below.
 */
function readTradeChart() {
  const fig = document.querySelector('figure[data-chart-id="payments-trade"]');
  const svg = fig.querySelector('svg.recharts-surface');
  const markers = [...svg.querySelectorAll('.payments__event-marker')].map((g) => {
    const r = g.getBoundingClientRect();
    return { cy: Math.round(r.top + r.height / 2), count: Number(g.dataset.eventCount ?? 1), text: g.textContent };
  });
  return {
    svgHeight: svg.getBoundingClientRect().height,
    plotHeight: svg.querySelector('.recharts-cartesian-grid').getBoundingClientRect().height,
    markers,
    labels: [...svg.querySelectorAll('.event-labels text')].map((t) => t.textContent),
  };
}

/** "(3) Mar 2023: Xi–Putin summit in Moscow" → number → label, from the note under the chart. */
function noteEntries(note) {
  const entries = new Map();
  for (const m of note.matchAll(/\((\d+)\) [A-Z][a-z]{2} \d{4}: (.+?)(?=; \(\d+\) |\.$)/g))
    entries.set(Number(m[1]), m[2]);
  return entries;
}

for (const width of [390, 1440]) {
  test(`at ${width} px the event markers stay in 3 rows with a "+N" for the rest, and key events are numbered labels explained in the note`, async () => {
    const { page, problems } = await openPage(context);
    await page.setViewportSize({ width, height: 900 });
    await waitForPanels(page);
    const payments = panel(page, NAME);
    const summary = await payments.locator('.panel__summary').textContent();
    const events = Number(/(\d+) payment events? in the window/.exec(summary)?.[1]);
    const chart = await page.evaluate(readTradeChart);

    // Rows by the markers' centres (shapes differ by a few px; rows are 19 px apart).
    const centres = [...new Set(chart.markers.map((m) => m.cy))].sort((a, b) => a - b);
    const rows = centres.filter((cy, i) => i === 0 || cy - centres[i - 1] > 8).length;
    assert.ok(rows <= 3, `markers stand in at most 3 rows (${rows}: ${centres.join(', ')})`);
    assert.ok(
      chart.plotHeight >= chart.svgHeight / 2,
      `the plot is most of the chart (${chart.plotHeight} of ${chart.svgHeight} px)`,
    );
    assert.equal(
      chart.markers.reduce((n, m) => n + m.count, 0),
      events,
      'every event of the window has a marker or is counted in a "+N" marker',
    );
    for (const m of chart.markers.filter((x) => x.count > 1)) assert.equal(m.text.match(/\+\d+$/)?.[0], `+${m.count}`);

    const note = await payments.getByRole('list', { name: 'Key events numbered on the chart' }).textContent();
    const entries = noteEntries(note);
    assert.ok(entries.size >= 5, `the note lists the key events (${entries.size})`);
    const numbered = new Set();
    for (const label of chart.labels) {
      assert.doesNotMatch(label, /…/, 'no label is cut short');
      const range = /^(\d+)–(\d+)$/.exec(label);
      const full = /^(\d+) (.+)$/.exec(label);
      if (range) for (let n = Number(range[1]); n <= Number(range[2]); n += 1) numbered.add(n);
      else if (full) {
        assert.equal(full[2], entries.get(Number(full[1])), `label ${full[1]} is its event's whole text`);
        numbered.add(Number(full[1]));
      } else {
        assert.match(label, /^\d+$/, `a folded label is its number alone: “${label}”`);
        numbered.add(Number(label));
      }
    }
    assert.deepEqual(
      [...numbered].sort((a, b) => a - b),
      [...entries.keys()],
      'every noted event is numbered at its line',
    );
    if (width === 1440)
      assert.ok(
        chart.labels.some((l) => / /.test(l)),
        'where there is room, a label shows its text',
      );

    if (width === 390) {
      // A "+N" marker is reachable: a click opens the first event it holds in the Events tab.
      const count = payments.locator('.payments__event-count').first();
      assert.ok((await count.count()) === 1, 'the phone-width chart folds crowded months into a "+N" marker');
      const id = await count.getAttribute('data-event-id');
      await count.click();
      await payments.locator(`#payment-event-${id}`).waitFor();
      const entry = payments.locator(`#payment-event-item-${id}`).getByRole('button');
      assert.equal(await entry.getAttribute('aria-expanded'), 'true', 'its event is open in the list');
    }
    assert.deepEqual(problems.consoleErrors, []);
    await page.close();
  });
}
