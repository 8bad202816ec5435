// Shared browser set-up for the e2e files: one Chromium per file, a fresh page per test, and guards that fail a test
// on console errors or on any request that leaves 127.0.0.1.
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium.mjs';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173/';

export const PANEL_NAMES = [
  'Investment tracker',
  'Gas negotiations',
  'Payment workaround timeline',
  'Border crossings',
];

/**
 * The app registers a service worker that answers from its cache: a file that intercepts the network with
 * `page.route` (to fail or change data files) passes `{ serviceWorkers: 'block' }`, or the worker would answer with
 * its cached good copy and the route would never be asked.
 */
export async function launch({ serviceWorkers = 'allow' } = {}) {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'bri-pw-')), {
    serviceWorkers,
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1440, height: 1000 },
    args: [...CHROMIUM_ARGS],
  });
}

/**
 * A page that records console errors, page errors and every request to a host other than 127.0.0.1. `init` runs in
 * the page before its own scripts (see SAVE_DATA).
 */
export async function openPage(context, path = '', { init } = {}) {
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  const problems = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => problems.consoleErrors.push(String(err)));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '127.0.0.1')
      problems.foreignRequests.push(req.url());
  });
  await page.goto(new URL(path, BASE_URL).href);
  return { page, problems };
}

/** The reader asked for less data: the page then skips fetching the rest of its code when idle (print-preparation.ts). */
export const SAVE_DATA = () =>
  Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });

export function panel(page, name) {
  return page.getByRole('region', { name, exact: true });
}

/**
 * Waits until every panel has loaded its data and shows its summary, then has every panel draw its charts (panels and
 * charts draw when they first come near the screen; this asks each panel to draw, as an export of it does).
 */
export async function waitForPanels(page) {
  for (const name of PANEL_NAMES) await panel(page, name).locator('.panel__summary').waitFor({ timeout: 15000 });
  await drawAllPanels(page);
}

/** Draws every panel and chart still waiting (the app's own "draw this panel now" event, which exports use). */
export async function drawAllPanels(page, timeout = 15000) {
  await page.waitForFunction(
    () => {
      if (document.querySelector('[data-draw-pending], .panel__pending') === null) return true;
      for (const section of document.querySelectorAll('section.panel'))
        section.dispatchEvent(new Event('bri:draw-panel', { bubbles: true }));
      return false;
    },
    null,
    { timeout, polling: 100 },
  );
}

export async function summaries(page) {
  const out = {};
  for (const name of PANEL_NAMES) out[name] = await panel(page, name).locator('.panel__summary').textContent();
  return out;
}

/** axe's violations on the page, or only inside `include` (a CSS selector) when given. */
export async function axeViolations(page, { include } = {}) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const result = await builder.analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join('; ')})`,
  );
}

/**
 * Waits until every panel's charts show the current filters: after a filter change the summaries change at once and
 * the charts redraw in a deferred render, with the panel body aria-busy until then.
 */
export async function chartsSettled(page) {
  await page.waitForFunction(() => document.querySelector('.panel__body[aria-busy="true"]') === null, null, {
    timeout: 15000,
    polling: 50,
  });
}

export const filterBar = (page) => page.getByRole('region', { name: 'Filters' });

/** The bar's Filters button, shown when its controls fold (on a phone, or scrolled down the page). */
export const filtersToggle = (page) => filterBar(page).getByRole('button', { name: /^Filters \(\d+ active\)$/ });

/** Unfolds the filter bar's controls if they are folded behind its Filters button, as a user would. */
export async function unfoldFilters(page) {
  const toggle = filtersToggle(page);
  if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

/**
 * Chooses options of a multi-choice filter with plain clicks (no modifier key; the dropdown stays open between
 * them), then closes the dropdown with Escape.
 */
export async function chooseFilterOptions(page, label, optionNames) {
  await unfoldFilters(page);
  await filterBar(page).getByRole('combobox', { name: label, exact: true }).click();
  const list = filterBar(page).getByRole('listbox');
  for (const name of optionNames) await list.getByRole('option', { name, exact: true }).click();
  await page.keyboard.press('Escape');
  await list.waitFor({ state: 'detached' });
}

/** A card's Export menu, opened (Ariakit Menu; the menu is inside the card's region). */
export async function openExportMenu(page, regionName) {
  const region = panel(page, regionName);
  await region.getByRole('button', { name: 'Export', exact: true }).click();
  const menu = region.getByRole('menu', { name: `${regionName} export` });
  await menu.waitFor();
  return menu;
}

/** Runs one of a card's actions from its Export menu, as a user would: "Download PNG", "Copy image" … */
export async function cardAction(page, regionName, itemName) {
  await exportItem(panel(page, regionName), itemName);
}

/** The same, given the card's region locator. */
export async function exportItem(region, itemName) {
  await region.getByRole('button', { name: 'Export', exact: true }).click();
  await region.getByRole('menuitem', { name: itemName, exact: true }).click();
}

/** Whether the card's Export menu offers an item (the map has no Download SVG); leaves the menu closed. */
export async function hasExportItem(region, itemName) {
  await region.getByRole('button', { name: 'Export', exact: true }).click();
  await region.getByRole('menuitem').first().waitFor();
  const count = await region.getByRole('menuitem', { name: itemName, exact: true }).count();
  await region.page().keyboard.press('Escape');
  return count === 1;
}

/** The preset names the Export menu shows, by the export code's preset ids. */
export const PRESET_NAMES = {
  '1x': '1×',
  '2x': '2×',
  'slide-16-9': 'Slide 16:9',
  'slide-4-3': 'Slide 4:3',
  report: 'A4 column',
};

/** Opens one of a card's tabs: "Chart" (or "Map"), "More charts", "Events", "Places", "Table", "Sources". */
export async function openTab(page, regionName, tabName) {
  const region = panel(page, regionName);
  const selected = region.getByRole('tab', { name: tabName, exact: true, selected: true });
  // The selected tab is looked up afresh each time (a held element handle goes stale when a card's tab list re-renders
  // as its chart code arrives, and then never reports the selection), and the click is repeated if a re-render took
  // the first one: CI on a loaded machine timed out here once with the tab already drawn.
  for (let attempt = 1; ; attempt += 1) {
    await region.getByRole('tab', { name: tabName, exact: true }).click();
    try {
      await selected.waitFor({ timeout: 5000 });
      return;
    } catch (error) {
      if (attempt === 4)
        throw new Error(`${regionName}: the ${tabName} tab was clicked 4 times and never selected`, { cause: error });
    }
  }
}

/** Opens the "Methods and sources" drawer (every source, the article's claims checked). */
export async function openMethods(page) {
  await page.getByRole('button', { name: 'Methods and sources' }).click();
  await page.getByRole('dialog', { name: 'Methods and sources' }).waitFor();
}

/** Clicks one of the saved views' download buttons ("Download deck (PDF)"...) and returns the file, or fails with the
 * message the page gave. */
export async function downloadFromDeck(page, name) {
  const status = page.locator('.deck-downloads p');
  const file = page.waitForEvent('download', { timeout: 60000 });
  await page.getByRole('button', { name }).click();
  await status.filter({ hasText: /^(Downloaded|The download failed)/ }).waitFor({ timeout: 60000 });
  const text = await status.textContent();
  if (!text.startsWith('Downloaded')) throw new Error(`${name}: ${text}`);
  return readFile(await (await file).path());
}

/** The cards whose charts have an Export chart menu (the map's card has its own exports). */
export const CHART_PANELS = ['Investment tracker', 'Gas negotiations', 'Payment workaround timeline'];

/** Every chart with a published figure: all chart ids but the overview strip and the map (tested in border.e2e). */
export const FIGURES = [
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

/**
 * In the page: every text box of each SVG under `root` must stay inside its nearest SVG and not overlap another text
 * box of the same root by more than 3 px both ways. Returns the problems as sentences.
 */
export function textProblems(rootSelector) {
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
