// The foundation contract in a real browser: the page and its four panels, offline; shared filters reach every panel;
// the address reproduces the view; back/forward step through filter changes; bad parameters get a notice; axe is clean.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import {
  axeViolations,
  chooseFilterOptions,
  filterBar,
  filtersToggle,
  launch,
  openExportMenu,
  openMethods,
  openPage,
  openTab,
  panel,
  PANEL_NAMES,
  SAVE_DATA,
  summaries,
  unfoldFilters,
  waitForPanels,
} from './harness.mjs';

// Expected names and ids come from the data file, not from the code under test.
const SECTORS = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/sectors.json'), 'utf8')).records;

const BAR = { include: '.filter-bar' };

let context;
before(async () => {
  context = await launch();
});
after(async () => {
  await context?.close();
});

test('the dashboard loads with four panels, no console errors and no request leaving 127.0.0.1', async () => {
  const { page, problems } = await openPage(context);
  await waitForPanels(page);
  assert.match(await page.title(), /BRI/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  for (const name of PANEL_NAMES) {
    const region = panel(page, name);
    assert.equal(await region.count(), 1, `region ${name}`);
    await region.getByText(/Data as of/).waitFor();
    // The card's actions: one Export menu (its items by name), Full screen beside it, the data table a tab.
    for (const button of ['Export', 'Full screen']) {
      assert.equal(await region.getByRole('button', { name: button, exact: true }).count(), 1, `${name}: ${button}`);
    }
    assert.equal(await region.getByRole('tab', { name: 'Table', exact: true }).count(), 1, `${name}: Table tab`);
    const menu = await openExportMenu(page, name);
    for (const item of ['Download PNG', 'Download CSV', 'Copy image', 'Download evidence pack']) {
      assert.equal(await menu.getByRole('menuitem', { name: item, exact: true }).count(), 1, `${name}: ${item}`);
    }
    for (const preset of ['Slide 16:9', 'Slide 4:3', 'A4 column', '1×', '2×']) {
      assert.equal(
        await menu.getByRole('menuitemradio', { name: preset, exact: true }).count(),
        1,
        `${name}: ${preset}`,
      );
    }
    await page.keyboard.press('Escape');
  }
  const filters = page.getByRole('region', { name: 'Filters' });
  for (const label of ['From', 'To', 'Sector', 'Region', 'Status', 'Deal type', 'Search']) {
    assert.equal(await filters.getByLabel(label, { exact: true }).count(), 1, `filter control ${label}`);
  }
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
});

test('changing a filter changes every panel, and the address reproduces the view after a reload', async () => {
  const { page, problems } = await openPage(context);
  await waitForPanels(page);
  const before = await summaries(page);
  await page.getByRole('region', { name: 'Filters' }).getByLabel('To', { exact: true }).fill('2019-12');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '2019-12');
  const afterChange = await summaries(page);
  for (const name of PANEL_NAMES) assert.notEqual(afterChange[name], before[name], `${name} summary should change`);
  assert.match(
    await page.getByRole('region', { name: 'Filters' }).locator('.filter-bar__summary').textContent(),
    /Dec 2019/,
  );

  await page.reload();
  await waitForPanels(page);
  assert.equal(await page.getByLabel('To', { exact: true }).inputValue(), '2019-12');
  assert.deepEqual(await summaries(page), afterChange);

  const copied = page.url();
  const { page: second } = await openPage(context, copied);
  await waitForPanels(second);
  assert.deepEqual(await summaries(second), afterChange, 'a copied address reproduces the view in a new tab');
  await second.close();

  await page.goBack();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('to'));
  await waitForPanels(page);
  assert.deepEqual(await summaries(page), before, 'back returns to the previous filters');
  await page.goForward();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '2019-12');
  assert.deepEqual(await summaries(page), afterChange, 'forward re-applies them');
  assert.deepEqual(problems.consoleErrors, []);
});

test('two sectors chosen with plain clicks show as chips; one chip removes its sector, Reset clears, Back restores', async () => {
  const { page, problems } = await openPage(context);
  await waitForPanels(page);
  const before = await summaries(page);
  const [first, second] = SECTORS;
  const sectorParam = () => new URL(page.url()).searchParams.get('sector');
  await chooseFilterOptions(page, 'Sector', [first.label, second.label]);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('sector')?.split(',').length === 2);
  assert.deepEqual(sectorParam().split(',').sort(), [first.id, second.id].sort(), 'a plain second click adds');
  const chips = filterBar(page).getByRole('list', { name: 'Chosen filters' });
  assert.deepEqual(await chips.getByRole('listitem').allTextContents(), [
    `Sector: ${first.label}×`,
    `Sector: ${second.label}×`,
  ]);
  const withTwo = await summaries(page);
  assert.notEqual(withTwo['Investment tracker'], before['Investment tracker']);
  assert.match(await page.locator('.filter-bar__summary').textContent(), /Sector:/);

  await chips.getByRole('button', { name: `Remove ${first.label}`, exact: true }).click();
  await page.waitForFunction((id) => new URL(location.href).searchParams.get('sector') === id, second.id);
  assert.equal(await chips.getByRole('listitem').count(), 1);
  // The focus moves to the chip left, so a keyboard user can go on removing.
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), `Remove ${second.label}`);

  await page.goBack();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('sector')?.split(',').length === 2);
  assert.equal(await chips.getByRole('listitem').count(), 2, 'Back brings the removed chip back');
  assert.deepEqual(await summaries(page), withTwo);

  await filterBar(page).getByRole('button', { name: 'Reset filters' }).click();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('sector'));
  assert.equal(await chips.count(), 0, 'no chips after Reset');
  assert.deepEqual(await summaries(page), before);
  await page.goBack();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('sector')?.split(',').length === 2);
  assert.equal(await chips.getByRole('listitem').count(), 2, 'Back undoes Reset');
  assert.deepEqual(problems.consoleErrors, []);
});

test('a filter dropdown: its search box narrows the options, the keyboard chooses, Escape closes it onto its button', async () => {
  const { page } = await openPage(context);
  await waitForPanels(page);
  const region = filterBar(page).getByRole('combobox', { name: 'Region', exact: true });
  await region.focus();
  await page.keyboard.press('Enter');
  const search = filterBar(page).getByRole('combobox', { name: 'Search Region options' });
  await search.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Search Region options');
  await page.keyboard.type('amur');
  const options = filterBar(page).getByRole('listbox').getByRole('option');
  assert.deepEqual(await options.allTextContents(), ['Amur Oblast']);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('region') === 'amur-oblast');
  assert.equal(await options.first().getAttribute('aria-selected'), 'true');
  await page.keyboard.press('Escape');
  await filterBar(page).getByRole('listbox').waitFor({ state: 'detached' });
  assert.ok(await region.evaluate((el) => el === document.activeElement), 'the focus is back on the Region button');
  assert.match(await region.textContent(), /1 of \d+ chosen/);
  await filterBar(page).getByRole('button', { name: 'Remove Amur Oblast', exact: true }).waitFor();
});

test('scrolled down, the filter bar stays on screen folded to its chips, and its Filters button unfolds it', async () => {
  const { page } = await openPage(context, `?v=1&sector=${SECTORS[0].id}`);
  await waitForPanels(page);
  await page.evaluate(() => window.scrollTo(0, 2500));
  const toggle = filtersToggle(page);
  await toggle.waitFor();
  const box = await filterBar(page).boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 2, `the bar is at the top of the screen (y ${box?.y})`);
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await toggle.textContent(), 'Filters1', 'the button counts the active filters');
  assert.ok(
    await filterBar(page)
      .getByRole('button', { name: `Remove ${SECTORS[0].label}` })
      .isVisible(),
  );
  assert.equal(await filterBar(page).getByLabel('From', { exact: true }).isVisible(), false, 'folded');
  assert.ok(box.height < 120, `folded, the bar is one row (${box.height} px)`);
  await toggle.click();
  assert.ok(await filterBar(page).getByLabel('From', { exact: true }).isVisible(), 'unfolded');
  await page.keyboard.press('Escape');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.ok(await toggle.evaluate((el) => el === document.activeElement), 'Escape returns the focus to the button');
  assert.deepEqual(await axeViolations(page), [], 'axe with the bar folded');
  await page.evaluate(() => window.scrollTo(0, 0));
  await toggle.waitFor({ state: 'detached' });
  assert.ok(await filterBar(page).getByLabel('From', { exact: true }).isVisible(), 'back at the top it unfolds');
});

test('unknown and malformed address parameters are ignored with a dismissible notice', async () => {
  const { page, problems } = await openPage(context, '?v=1&to=2024-13&panel=nope&bogus=1&from=2016-05');
  await waitForPanels(page);
  const notices = page.getByRole('region', { name: 'Notices' });
  await notices.getByText(/“to” = “2024-13” is not a month/).waitFor();
  await notices.getByText(/Unknown parameter “bogus”/).waitFor();
  assert.equal(await page.getByLabel('From', { exact: true }).inputValue(), '2016-05', 'valid parameters still apply');
  const count = await notices.getByRole('button', { name: /Dismiss/ }).count();
  assert.equal(count, 3);
  for (let i = 0; i < count; i += 1)
    await notices
      .getByRole('button', { name: /Dismiss/ })
      .first()
      .click();
  assert.equal(await page.getByRole('region', { name: 'Notices' }).count(), 0);
  assert.deepEqual(problems.consoleErrors, []);
});

test('axe finds no accessibility violations, with and without a data table open', async () => {
  const { page } = await openPage(context);
  await waitForPanels(page);
  assert.deepEqual(await axeViolations(page), []);
  await openTab(page, 'Investment tracker', 'Table');
  await panel(page, 'Investment tracker').getByRole('table', { name: 'Investment projects', exact: true }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
});

test('the layout works on a 390-px phone and a 1280×720 projector, in both themes', async () => {
  for (const [width, height, theme] of [
    [390, 844, 'light'],
    [1280, 720, 'dark'],
    [1920, 1080, 'light'],
  ]) {
    const { page } = await openPage(context, `?v=1&theme=${theme}`);
    await page.setViewportSize({ width, height });
    await waitForPanels(page);
    // Check the page with the lazily loaded map drawn (its attribution links once failed contrast in dark theme).
    await page.locator('path.border-map__river').first().waitFor({ state: 'attached' });
    await page.locator('.leaflet-control-attribution a').first().waitFor({ state: 'attached' });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `no horizontal scroll at ${width}px (overflow ${overflow}px)`);
    if (width < 560) {
      // On a phone the filters fold behind one button; opened, each control takes the screen's width.
      const toggle = filtersToggle(page);
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      assert.equal(await filterBar(page).getByLabel('From', { exact: true }).isVisible(), false);
      const folded = await filterBar(page).boundingBox();
      assert.ok(folded.height < 120, `folded, the bar is one row (${folded.height} px)`);
      await toggle.click();
      const { list, bar } = await page.evaluate(() => ({
        list: document.querySelector('.filter-bar .multi-select__button')?.getBoundingClientRect().width ?? 0,
        bar: document.querySelector('.filter-bar__controls')?.getBoundingClientRect().width ?? 0,
      }));
      assert.ok(list >= bar - 1, `the Sector button is as wide as the filter bar (${list} of ${bar} px)`);
      assert.deepEqual(await axeViolations(page), [], `axe at ${width}px ${theme}, filters open`);
      await page.keyboard.press('Escape');
      assert.ok(await toggle.evaluate((el) => el === document.activeElement), 'Escape returns the focus to Filters');
      assert.equal(await filterBar(page).getByLabel('From', { exact: true }).isVisible(), false);
    }
    assert.deepEqual(await axeViolations(page), [], `axe at ${width}px ${theme}`);
    if (process.env.UPDATE_SCREENSHOTS === '1' && width === 1920)
      await page.screenshot({ path: 'docs/screenshot.png' });
    await page.close();
  }
});

// The whole page is checked at these widths by the layout test; this checks the bar in the states it can be in.
test('axe finds nothing in the filter bar with chips and with a dropdown open, at 390, 1440 and 1920 px, light and dark', async () => {
  for (const [width, height] of [
    [390, 844],
    [1440, 900],
    [1920, 1080],
  ]) {
    for (const theme of ['light', 'dark']) {
      const { page } = await openPage(context, `?v=1&theme=${theme}&sector=${SECTORS[0].id},${SECTORS[1].id}`);
      await page.setViewportSize({ width, height });
      await panel(page, 'Investment tracker').locator('.panel__summary').waitFor({ timeout: 15000 });
      const shot = (what) =>
        process.env.SCREENSHOT_DIR &&
        page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/filters-${width}-${theme}-${what}.png` });
      await filterBar(page)
        .getByRole('button', { name: `Remove ${SECTORS[1].label}` })
        .waitFor();
      await shot('chips');
      assert.deepEqual(await axeViolations(page, BAR), [], `axe at ${width}px ${theme} with chips`);
      await unfoldFilters(page);
      await filterBar(page).getByRole('combobox', { name: 'Region', exact: true }).click();
      await filterBar(page).getByRole('listbox').getByRole('option').first().waitFor();
      await shot('dropdown');
      assert.deepEqual(await axeViolations(page, BAR), [], `axe at ${width}px ${theme} with a dropdown open`);
      await page.close();
    }
  }
});

test('the source article’s claims are listed with the corrected figures, and every source with what cites it', async () => {
  const { page } = await openPage(context);
  await waitForPanels(page);
  await openMethods(page);
  const claims = page.getByRole('region', { name: 'The source article’s claims, checked' });
  await claims.locator('summary').click();
  await claims
    .getByText(/Bilateral investment package/)
    .first()
    .waitFor();
  assert.ok((await claims.getByText(/^Shown instead:/).count()) >= 4);
  const sources = page.getByRole('region', { name: 'Sources' });
  await sources.getByRole('button', { name: 'Show all sources' }).click();
  await sources.getByLabel('Find a source').fill('Trutnev');
  await sources
    .getByText(/Cited by .*aggregates › far-east-chinese-capital-trutnev-2023/)
    .first()
    .waitFor();
  assert.deepEqual(await axeViolations(page), []);
});

test('cards below the screen draw their hero when reached (scroll, keyboard or print), a closed tab draws nothing; summary and table never wait', async () => {
  const { page, problems } = await openPage(context);
  // On a phone the cards stack, so the third and fourth start well below the first screen.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const name of PANEL_NAMES) await panel(page, name).locator('.panel__summary').waitFor({ timeout: 15000 });
  const investment = panel(page, 'Investment tracker');
  const payments = panel(page, 'Payment workaround timeline');
  const border = panel(page, 'Border crossings');
  // The first card draws its hero at once; its other charts wait, unbuilt, until their tab is opened.
  await investment.getByRole('group', { name: 'Projects by deal type: select bars to filter' }).waitFor();
  assert.equal(
    await investment.getByRole('region', { name: 'Projects over time' }).count(),
    0,
    'a closed tab is empty',
  );
  await openTab(page, 'Investment tracker', 'More charts');
  const overTime = investment.getByRole('region', { name: 'Projects over time' });
  await overTime.scrollIntoViewIfNeeded();
  await overTime.locator('svg.recharts-surface').first().waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  // Far below the first screen: not drawn yet, but the summary and the data table are there.
  await payments
    .getByText('Charts, lists and tables are drawn when this panel scrolls into view or gets keyboard focus.')
    .waitFor();
  assert.equal(await payments.locator('svg.recharts-surface').count(), 0);
  assert.match(await payments.locator('.panel__summary').textContent(), /\S/);
  // (A click event without focus: focus would draw the panel, and this checks the table does not need that.)
  await payments.getByRole('tab', { name: 'Table', exact: true }).dispatchEvent('click');
  await payments.getByRole('table', { name: /trade by month/ }).waitFor();
  assert.equal(await payments.locator('[data-draw-pending]').count(), 1, 'the body is still waiting');
  // A keyboard user reaching the card scrolls it into view, which draws it.
  await payments.getByRole('button', { name: 'Focus Payment workaround timeline' }).focus();
  await openTab(page, 'Payment workaround timeline', 'Chart');
  await payments.locator('svg.recharts-surface').first().waitFor();
  // Printing draws every card's hero first, so none prints as a placeholder.
  await page.evaluate(() => window.scrollTo(0, 0));
  const borderDrawn = await border.locator('.panel__pending').count();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await border.locator('.border-panel').waitFor();
  assert.equal(
    await page.locator('.panel__pending').count(),
    0,
    `nothing left undrawn after beforeprint (border was ${borderDrawn ? 'not ' : ''}drawn before)`,
  );
  assert.deepEqual(problems.consoleErrors, []);
});

/** Replaces window.print with a stand-in that fires the print events and notes what the print layout would get. */
async function watchPrinting(page) {
  await page.evaluate(() => {
    window.__printed = null;
    window.print = () => {
      window.dispatchEvent(new Event('beforeprint'));
      // Read synchronously, as the print layout does: anything still waiting would print as a placeholder.
      window.__printed = {
        waiting: document.querySelectorAll('.panel__pending, [data-draw-pending]').length,
        what: [...document.querySelectorAll('.panel__pending, [data-draw-pending]')].map(
          (e) => `${e.closest('section')?.querySelector('h2')?.textContent}: ${e.textContent.slice(0, 40)}`,
        ),
        map: document.querySelector('.border-panel .leaflet-container') !== null,
        charts: document.querySelectorAll('svg.recharts-surface').length,
        heroes: [...document.querySelectorAll('[data-hero-chart]')].filter(
          (h) => h.querySelector('.recharts-wrapper, .leaflet-container, .funnel') !== null,
        ).length,
      };
      window.dispatchEvent(new Event('afterprint'));
    };
  });
}

const codeLoaded = (page, chunk) =>
  page.evaluate(
    (chunk) => performance.getEntriesByType('resource').some((e) => new RegExp(`/${chunk}-[^/]*\\.js$`).test(e.name)),
    chunk,
  );

test('Ctrl+P on a page just opened prints every panel drawn, none as a placeholder', async () => {
  // With Save-Data the page never fetches the rest of its code when idle, so only the shortcut can have loaded it.
  const { page, problems } = await openPage(context, '', { init: SAVE_DATA });
  await page.setViewportSize({ width: 390, height: 844 });
  for (const name of PANEL_NAMES) await panel(page, name).locator('.panel__summary').waitFor({ timeout: 15000 });
  await watchPrinting(page);
  assert.ok((await page.locator('.panel__pending').count()) > 0, 'panels below the screen are not drawn yet');
  assert.equal(await codeLoaded(page, 'border-map'), false, 'the map’s code has not loaded yet');
  await page.keyboard.press('Control+P');
  const printed = await (await page.waitForFunction(() => window.__printed, null, { timeout: 15000 })).jsonValue();
  assert.equal(printed.waiting, 0, `nothing waits when the print layout is made: ${printed.what.join(' | ')}`);
  assert.ok(printed.map, 'the map is in the print');
  // Each card prints its hero (the other tabs stay closed): the two recharts heroes, the funnel and the map.
  assert.ok(printed.charts >= 2, `every hero chart is in the print (${printed.charts})`);
  assert.equal(printed.heroes, 4, 'every card prints its hero drawn');
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('the browser’s own Print, a little after the page has loaded, also prints every panel drawn', async () => {
  const { page, problems } = await openPage(context);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const name of PANEL_NAMES) await panel(page, name).locator('.panel__summary').waitFor({ timeout: 15000 });
  // The rest of the panels' code loads once the page has been idle for a few seconds after loading.
  for (let i = 0; i < 200 && !(await codeLoaded(page, 'border-map')); i += 1) await page.waitForTimeout(100);
  assert.ok(await codeLoaded(page, 'border-map'), 'the rest of the code loaded within 20 s');
  await page.waitForTimeout(200);
  assert.ok((await page.locator('.panel__pending').count()) > 0, 'the panels below the screen are still undrawn');
  const printed = await page.evaluate(() => {
    window.dispatchEvent(new Event('beforeprint'));
    const waiting = document.querySelectorAll('.panel__pending, [data-draw-pending]').length;
    window.dispatchEvent(new Event('afterprint'));
    return waiting;
  });
  assert.equal(printed, 0, 'nothing waits when the print layout is made');
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('every card names all its sources: one line of publishers, and a toggle that lists every source in place', async () => {
  const { page, problems } = await openPage(context);
  await waitForPanels(page);
  for (const name of PANEL_NAMES) {
    const card = panel(page, name);
    const line = await card.locator('.card__source-line').textContent();
    assert.match(line, /^Sources?: /, `${name}: a source line`);
    assert.doesNotMatch(line, /and \d+ more/, `${name}: never "and N more"`);
  }
  const card = panel(page, 'Investment tracker');
  const toggle = card.getByRole('button', { name: /^List all \d+ sources$/ });
  const listed = Number((await toggle.textContent()).match(/\d+/)[0]);
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  const list = card.getByRole('list', { name: 'Investment tracker source list' });
  await list.waitFor();
  assert.equal(await list.getByRole('listitem').count(), listed, 'the list holds every source the toggle counts');
  const hide = card.getByRole('button', { name: 'Hide the list' });
  assert.equal(await hide.getAttribute('aria-expanded'), 'true');
  assert.deepEqual(await axeViolations(page), [], 'axe with the list open');
  await hide.click();
  await list.waitFor({ state: 'hidden' });
  assert.deepEqual(problems.consoleErrors, []);
});
