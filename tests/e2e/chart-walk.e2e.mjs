// Walks every published chart of every panel (the card's Chart and More charts tabs) in a real browser: at 390,
// 1280, 1440 and 1920 px, no text box leaves its SVG or overlaps another by more than 3 px, and the walk reaches every
// chart with a figure. The map has its own label test (border.e2e.mjs). One page per width; no reload per chart.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { drawAllPanels, launch, openPage, openTab, panel, waitForPanels } from './harness.mjs';

/** Every chart with a published figure: all chart ids but the overview strip and the map (tested in border.e2e). */
const FIGURES = [
  'investment-status',
  'investment-sectors',
  'investment-deal-types',
  'investment-value-deal-type',
  'investment-value-sector',
  'investment-regions',
  'investment-over-time',
  'gas-flows',
  'gas-capacity',
  'gas-price',
  'gas-suppliers',
  'gas-routes',
  'payments-trade',
];
const PANEL_OF = { investment: 'Investment tracker', gas: 'Gas negotiations', payments: 'Payment workaround timeline' };

let context;
before(async () => {
  context = await launch({ serviceWorkers: 'block' });
});
after(async () => {
  await context?.close();
});

/**
 * In the page: every text box of each SVG under `root` must stay inside its nearest SVG and not overlap another text
 * box of the same root by more than 3 px both ways. Returns the problems as sentences.
 */
function textProblems(rootSelector) {
  const out = [];
  for (const root of document.querySelectorAll(rootSelector)) {
    const name = root.dataset.chartId ?? root.dataset.walk ?? '?';
    const svgs = [...root.querySelectorAll('svg.recharts-surface, svg[data-chart-svg], svg[data-walk-root]')].filter(
      (s) => s.getBoundingClientRect().width > 40,
    );
    if (svgs.length === 0) out.push(`${name}: no chart drawn`);
    const boxes = [];
    for (const svg of svgs)
      for (const t of svg.querySelectorAll('text')) {
        if (!(t.textContent ?? '').trim() || t.closest('.recharts-brush, .recharts-tooltip-wrapper')) continue;
        if (t.closest('svg') !== svg) continue;
        const r = t.getBoundingClientRect();
        if (r.width === 0) continue;
        const b = svg.getBoundingClientRect();
        if (r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1)
          out.push(`${name}: “${t.textContent}” leaves its SVG`);
        boxes.push({ text: t.textContent, r });
      }
    for (let i = 0; i < boxes.length; i += 1)
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i].r;
        const c = boxes[j].r;
        const ox = Math.min(a.right, c.right) - Math.max(a.left, c.left);
        const oy = Math.min(a.bottom, c.bottom) - Math.max(a.top, c.top);
        if (ox > 3 && oy > 3) out.push(`${name}: “${boxes[i].text}” overlaps “${boxes[j].text}”`);
      }
  }
  return out;
}

for (const width of [390, 1280, 1440, 1920]) {
  test(`every chart of every panel, Chart and More charts tabs: no text overlaps or leaves its SVG at ${width} px`, async () => {
    const { page, problems } = await openPage(context);
    await page.setViewportSize({ width, height: 900 });
    await waitForPanels(page);
    const seen = new Set();
    const found = [];
    for (const tab of ['Chart', 'More charts'])
      for (const name of Object.values(PANEL_OF)) {
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
