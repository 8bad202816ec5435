// Walks every published chart of every panel (the card's Chart and More charts tabs) in a real browser: at 390,
// 1280, 1440 and 1920 px, no text box leaves its SVG or overlaps another by more than 3 px, and the walk reaches every
// chart with a figure. The map has its own label test (border.e2e.mjs). One page per width; no reload per chart.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  CHART_PANELS,
  drawAllPanels,
  FIGURES,
  launch,
  openPage,
  openTab,
  panel,
  textProblems,
  waitForPanels,
} from './harness.mjs';

let context;
before(async () => {
  context = await launch({ serviceWorkers: 'block' });
});
after(async () => {
  await context?.close();
});

for (const width of [390, 1280, 1440, 1920]) {
  test(`every chart of every panel, Chart and More charts tabs: no text overlaps or leaves its SVG at ${width} px`, async () => {
    const { page, problems } = await openPage(context);
    await page.setViewportSize({ width, height: 900 });
    await waitForPanels(page);
    const seen = new Set();
    const found = [];
    for (const tab of ['Chart', 'More charts'])
      for (const name of CHART_PANELS) {
        // The payments card has no More charts tab: its one chart is its hero.
        if ((await panel(page, name).getByRole('tab', { name: tab, exact: true }).count()) === 0) continue;
        await openTab(page, name, tab);
        await drawAllPanels(page);
        await page.waitForTimeout(150);
        const sel = `section.panel figure[data-chart-id]`;
        for (const id of await page.locator(sel).evaluateAll((els) => els.map((e) => e.dataset.chartId))) seen.add(id);
        found.push(...(await page.evaluate(textProblems, sel)));
      }
    assert.deepEqual([...new Set(found)], []);
    assert.deepEqual([...seen].sort(), [...FIGURES].sort(), 'the walk reached every chart');
    assert.deepEqual(problems.consoleErrors, []);
    await page.close();
  });
}
