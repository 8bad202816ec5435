// The embed route: "Copy embed code" gives an iframe whose address opens one chart alone (#embed=<chart id>) with the
// view's filters: its title, takeaway, the chart, the filters and the source line, a link back, and no dashboard
// controls; an unknown chart id says so.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, launch, openPage } from './harness.mjs';

let context;
before(async () => {
  context = await launch();
});
after(async () => {
  await context?.close();
});

test('an embed address shows that chart alone, with the filters of its view and a link back', async () => {
  const { page, problems } = await openPage(context, '?from=2019-01&to=2024-12#embed=payments-trade');
  await page.setViewportSize({ width: 900, height: 560 });
  const slide = page.getByRole('article', { name: 'Payment workaround timeline' });
  await slide.waitFor();
  await slide.locator('svg.recharts-surface').first().waitFor({ timeout: 20000 });
  // The filters of the view, in words: the window of the address.
  await slide.getByText(/Jan 2019 – Dec 2024/).waitFor();
  assert.match(await slide.locator('.slide__source').innerText(), /Source/);
  // Nothing of the dashboard: no filter bar, no other card, no button at all.
  assert.equal(await page.getByRole('region', { name: 'Filters' }).count(), 0);
  assert.equal(await page.getByRole('region', { name: 'Gas negotiations' }).count(), 0);
  assert.equal(await page.getByRole('button').filter({ visible: true }).count(), 0);
  const back = page.getByRole('link', { name: 'Open this view in the China–Russia BRI dashboard' });
  const href = new URL(await back.getAttribute('href'));
  assert.equal(href.hash, '');
  assert.equal(href.searchParams.get('from'), '2019-01');
  // The frame does not scroll.
  const scrolls = await page.evaluate(() => document.documentElement.scrollHeight > innerHeight + 1);
  assert.equal(scrolls, false);
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
});
