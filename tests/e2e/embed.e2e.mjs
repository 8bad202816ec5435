// The embed route: a chart's "Copy embed code" gives an iframe snippet whose address opens that chart alone
// (#embed=<chart id>) with the view's filters, as the published card: its takeaway title, units and filters, the chart
// at the frame's width, every source, the data as a table, a link back, and no dashboard controls. The snippet's script
// sizes the iframe to the chart, so nothing scrolls inside a report page. An unknown chart id says so.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, BASE_URL, launch, openPage, waitForPanels } from './harness.mjs';

let context;
before(async () => {
  context = await launch();
});
after(async () => {
  await context?.close();
});

const TRADE_VIEW = '?from=2019-01&to=2024-12';

/** The snippet the trade chart's Export chart menu copies, from the dashboard at TRADE_VIEW. */
async function copiedSnippet() {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
  const { page } = await openPage(context, TRADE_VIEW);
  await waitForPanels(page);
  const figure = page.locator('figure[data-chart-id="payments-trade"]');
  await figure.getByRole('button', { name: 'Export chart' }).click();
  await page.getByRole('menuitem', { name: 'Copy embed code' }).click();
  await figure
    .locator('.chart-figure__status')
    .getByText(/copied/i)
    .waitFor({ timeout: 15000 });
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  await page.close();
  return snippet;
}

/** Text boxes of the embed that leave the frame's width or are cut off by their own box. */
async function clippedText(frame) {
  return frame.evaluate(() => {
    const out = [];
    const width = document.documentElement.clientWidth;
    for (const el of document.querySelectorAll('h1, p, summary, a, .chart-figure__title')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.left < -1 || box.right > width + 1) out.push(`${el.textContent.slice(0, 40)} leaves the frame`);
      const clamped = el.classList.contains('embed-footer__sources');
      if (!clamped && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible')
        out.push(`${el.textContent.slice(0, 40)} is cut off`);
    }
    return out;
  });
}

for (const width of [390, 1440]) {
  test(`the copied snippet, pasted in a ${width} px page, shows the chart as a card sized to its content`, async () => {
    const snippet = await copiedSnippet();
    assert.match(snippet, /^<iframe src="[^"]+#embed=payments-trade" title="[^"]+"/);
    assert.match(snippet, /<script>/);
    const host = await context.newPage();
    await host.setViewportSize({ width, height: 700 });
    // A report page of its own (not the dashboard's origin), as a CMS would hold the snippet.
    await host.setContent(`<!doctype html><title>Report</title><h1>Report</h1><p>Text.</p>${snippet}<p>After.</p>`);
    const frame = host.frameLocator('iframe');
    const article = frame.getByRole('article', { name: 'Payment workaround timeline' });
    await article.locator('svg.recharts-surface').first().waitFor({ timeout: 20000 });
    // The filters of the view, in words, under the chart's own takeaway title.
    await article.getByText(/Jan 2019 – Dec 2024/).waitFor();
    // The snippet's script sizes the iframe to the card: nothing scrolls inside it, and nothing is left blank under it.
    const iframe = host.locator('iframe');
    await host.waitForFunction(
      () => {
        const f = document.querySelector('iframe');
        const doc = f.contentDocument ?? null;
        return f.style.height !== '' && (!doc || doc.documentElement.scrollHeight <= f.clientHeight + 1);
      },
      null,
      { timeout: 10000 },
    );
    const frameHeight = await iframe.evaluate((f) => f.clientHeight);
    const contentHeight = await article.evaluate((a) => a.closest('main').getBoundingClientRect().height);
    assert.ok(
      Math.abs(frameHeight - Math.ceil(contentHeight)) <= 2,
      `frame ${frameHeight} px, card ${contentHeight} px`,
    );
    // Readable at this width: a title in a reader's size and the chart across the frame.
    const titleSize = await article
      .locator('.chart-figure__title')
      .evaluate((t) => parseFloat(getComputedStyle(t).fontSize));
    assert.ok(titleSize >= 16, `title ${titleSize} px`);
    const chartWidth = await article
      .locator('svg.recharts-surface')
      .first()
      .evaluate((s) => s.getBoundingClientRect().width);
    assert.ok(chartWidth >= width - 60, `chart ${chartWidth} px wide in a ${width} px frame`);
    const frameHandle = await iframe.elementHandle();
    assert.deepEqual(await clippedText(await frameHandle.contentFrame()), []);
    await host.close();
  });
}

test('an embed address shows that chart alone: filters, every source, the data, a link back, no controls', async () => {
  const { page, problems } = await openPage(context, `${TRADE_VIEW}#embed=payments-trade`);
  await page.setViewportSize({ width: 390, height: 800 });
  const article = page.getByRole('article', { name: 'Payment workaround timeline' });
  await article.locator('svg.recharts-surface').first().waitFor({ timeout: 20000 });
  assert.match(await article.locator('.embed-footer__sources').innerText(), /^Sources?: /);
  // Every source is one click away, with its link.
  await article.getByText(/^All \d+ sources?, with links$/).click();
  const list = article.getByRole('list', { name: /: sources$/ });
  await list.waitFor();
  assert.ok((await list.getByRole('link').count()) > 0, 'the sources list links to the sources');
  await article.getByText('The data as a table').click();
  const table = article.getByRole('table', { name: /^Data of “/ });
  assert.ok((await table.getByRole('row').count()) > 2, 'the table holds the plotted months');
  await article.getByText(/^Data (to|as of) /).waitFor();
  // Nothing of the dashboard: no filter bar, no other card, no Export menu, no button at all.
  assert.equal(await page.getByRole('region', { name: 'Filters' }).count(), 0);
  assert.equal(await page.getByRole('region', { name: 'Gas negotiations' }).count(), 0);
  assert.equal(await page.getByRole('button').filter({ visible: true }).count(), 0);
  const back = page.getByRole('link', { name: 'Open this view in the China–Russia BRI dashboard' });
  const href = new URL(await back.getAttribute('href'));
  assert.equal(href.hash, '');
  assert.equal(href.searchParams.get('from'), '2019-01');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
});

test('the snippet a chart gives opens that chart; an unknown chart id says so', async () => {
  const { page } = await openPage(context, '#embed=gas-flow');
  await page
    .getByRole('alert')
    .getByText(/There is no chart “gas-flow” to embed\. Known charts: .*gas-flows/)
    .waitFor();
  const { page: gas } = await openPage(context, '#embed=gas-flows');
  await gas.getByRole('article', { name: 'Gas negotiations' }).locator('svg.recharts-surface').first().waitFor();
  // A reader whose system is dark still sees the chart as the report's page holds it: on white, dark text.
  await gas.emulateMedia({ colorScheme: 'dark' });
  const colours = await gas
    .locator('main.embed')
    .evaluate((m) => [getComputedStyle(m).backgroundColor, getComputedStyle(m).color]);
  assert.deepEqual(colours, ['rgb(255, 255, 255)', 'rgb(22, 25, 29)']);
});

// The map and the headline figures have no chart figure of their own: they embed as a card at the frame's width (a
// 16:9 slide letterboxed into a phone's column was a strip of unreadable type between two blank bands).
for (const [id, name] of [
  ['border-map', 'Border crossings'],
  ['overview', 'China–Russia BRI: headline figures'],
]) {
  test(`the ${id} embed, 390 px wide, is a card with its takeaway, the figure across the frame and its sources`, async () => {
    const { page, problems } = await openPage(context, `#embed=${id}`);
    await page.setViewportSize({ width: 390, height: 800 });
    const article = page.getByRole('article', { name });
    const takeaway = article.locator('h2.embed-card__title');
    await takeaway.waitFor({ timeout: 20000 });
    assert.match(await takeaway.innerText(), /\d/, 'the takeaway states a figure');
    const figure = article.locator(id === 'border-map' ? '.leaflet-container' : '.embed-card__figure');
    await figure.waitFor();
    const box = await figure.boundingBox();
    assert.ok(box.width >= 390 - 40, `figure ${box.width} px wide in a 390 px frame`);
    assert.match(await article.locator('.embed-footer__sources').innerText(), /^Sources?: /);
    await article.getByText(/^All \d+ sources?, with links$/).waitFor();
    if (id === 'border-map') {
      // The key under the map, not hidden behind the footer: the footer starts below the legend's last row.
      const legend = article.getByText('Legend', { exact: true });
      await legend.waitFor();
      const keyBottom = await article
        .locator('.embed-card__figure')
        .evaluate((f) => Math.max(...[...f.querySelectorAll('li, p')].map((e) => e.getBoundingClientRect().bottom)));
      const footerTop = (await article.locator('footer').boundingBox()).y;
      assert.ok(keyBottom <= footerTop + 1, `the key ends at ${keyBottom} px, the footer starts at ${footerTop} px`);
    }
    // No control a reader can reach: the map's markers sit in the inert figure, out of reach of pointer and keyboard.
    const reachable = await page.evaluate(
      () =>
        [...document.querySelectorAll('button, [role="button"], input, select')].filter((e) => !e.closest('[inert]'))
          .length,
    );
    assert.equal(reachable, 0, 'no button outside the inert figure');
    await page.keyboard.press('Tab');
    assert.match(await page.evaluate(() => document.activeElement?.tagName), /^(SUMMARY|A)$/);
    assert.deepEqual(await clippedText(page.mainFrame()), []);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems.consoleErrors, []);
  });
}
