// The dashboard at a glance (issue 18): how tall the page is with nothing opened, at the three sizes the review
// measured, and that a 1920×1080 screen shows the overview strip and every card's hero chart without scrolling.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PANEL_NAMES, axeViolations, filtersToggle, launch, openPage, panel, waitForPanels } from './harness.mjs';

let context;
before(async () => {
  context = await launch();
});
after(async () => {
  await context?.close();
});

/** The hero's figure in each card: the chart, the funnel or the map (what the reader's eye lands on). */
const HERO_FIGURE =
  '[data-hero-chart] .recharts-wrapper, [data-hero-chart] .leaflet-container, [data-hero-chart] .funnel';

async function settle(page) {
  await waitForPanels(page);
  await page.locator('.leaflet-container').first().waitFor();
  await page.waitForTimeout(300);
  return page.evaluate(() => document.documentElement.scrollHeight);
}

// The review measured 7,985 px at 1440×900 and 14,751 px on a phone; a dashboard should be a few screens.
for (const [width, height, screens] of [
  [1440, 900, 3],
  [390, 844, 8],
]) {
  test(`at ${width}×${height} the page with nothing opened is at most ${screens} screens tall`, async () => {
    const { page, problems } = await openPage(context);
    await page.setViewportSize({ width, height });
    const tall = await settle(page);
    assert.ok(tall <= screens * height, `${tall} px is more than ${screens} × ${height} px`);
    if (width < 560) {
      assert.equal(await filtersToggle(page).count(), 1, 'on a phone the filters fold behind one button');
      assert.equal(await filtersToggle(page).getAttribute('aria-expanded'), 'false');
    }
    assert.deepEqual(problems.consoleErrors, []);
    await page.close();
  });
}

test('at 1920×1080 the overview strip and all four hero charts are on the first screen, and the grid has no holes', async () => {
  const { page, problems } = await openPage(context);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await settle(page);
  const overview = await page.getByRole('region', { name: 'Overview' }).boundingBox();
  assert.ok(overview && overview.y >= 0 && overview.y + overview.height <= 1080, 'the overview strip is on screen');
  for (const name of PANEL_NAMES) {
    const figure = panel(page, name).locator(HERO_FIGURE).first();
    const box = await figure.boundingBox();
    assert.ok(box, `${name}: a hero figure is drawn`);
    assert.ok(
      box.y >= 0 && box.y + box.height <= 1080,
      `${name}: hero ${Math.round(box.y)}–${Math.round(box.y + box.height)} px`,
    );
  }
  // No large holes: the cards of one row start together and the shortest is at least half the tallest.
  const cards = await page.locator('section.panel').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()));
  const tops = new Set(cards.map((c) => Math.round(c.top)));
  assert.equal(tops.size, 1, `one row of four cards (${[...tops].join(', ')})`);
  const heights = cards.map((c) => c.height);
  assert.ok(Math.min(...heights) >= Math.max(...heights) / 2, `card heights ${heights.map(Math.round).join(', ')}`);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});
