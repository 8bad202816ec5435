// The overview strip in a real browser: on the first 1440×900 screen in one row, every figure dated and linked to an
// http(s) source, following a shared filter, wrapping without overflow on a phone, axe clean in both themes.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { launch, openPage } from './harness.mjs';

let context;
before(async () => {
  context = await launch();
});
after(async () => {
  await context?.close();
});

const overview = (page) => page.getByRole('region', { name: 'Overview', exact: true });

/** Waits until no figure is still waiting for its data file. */
async function figuresLoaded(page) {
  await overview(page).getByRole('listitem').first().waitFor({ timeout: 15000 });
  await page.waitForFunction(() => !document.querySelector('.overview')?.textContent?.includes('loading…'), null, {
    timeout: 15000,
  });
}

const figure = (page, label) => overview(page).getByRole('listitem').filter({ hasText: label });

test('the strip is on the first 1440×900 screen, in one row, each figure dated and linked to an http(s) source', async () => {
  for (const [width, height] of [
    [1440, 900],
    [1920, 1080],
  ]) {
    const { page, problems } = await openPage(context);
    await page.setViewportSize({ width, height });
    await figuresLoaded(page);
    const box = await overview(page).boundingBox();
    assert.ok(
      box && box.y + box.height <= height,
      `the strip ends within the first screen at ${width}px (${box?.y}+${box?.height})`,
    );
    const items = overview(page).getByRole('listitem');
    const count = await items.count();
    assert.ok(count >= 4 && count <= 6, `4–6 figures (${count})`);
    const tops = new Set();
    for (let i = 0; i < count; i += 1) {
      const item = items.nth(i);
      tops.add(Math.round((await item.boundingBox()).y));
      assert.match(await item.locator('.overview__period').textContent(), /\d{4}/, `figure ${i} has a date`);
      const link = item.getByRole('link');
      assert.equal(await link.count(), 1, `figure ${i} links its source`);
      assert.match(await link.getAttribute('href'), /^https?:\/\//);
    }
    assert.equal(tops.size, 1, `one row at ${width}px`);
    assert.deepEqual(problems.consoleErrors, []);
    await page.close();
  }
});

test('a Status filter changes the projects figure; the window end moves the trade figure; the address keeps both', async () => {
  const { page } = await openPage(context);
  await figuresLoaded(page);
  const projects = figure(page, 'Investment projects');
  const trade = figure(page, 'China–Russia trade');
  const projectsBefore = await projects.textContent();
  const tradeBefore = await trade.textContent();

  await page.getByLabel('Status', { exact: true }).selectOption(['suspended']);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('status') === 'suspended');
  await page.waitForFunction((before) => {
    const item = [...document.querySelectorAll('.overview__figure')].find((li) =>
      li.textContent.includes('Investment projects'),
    );
    return item && item.textContent !== before;
  }, projectsBefore);
  assert.equal(await projects.locator('.overview__number').textContent(), '0', 'no suspended project is operating');
  assert.equal(await trade.textContent(), tradeBefore, 'trade has no status: it stays');

  await page.getByLabel('To', { exact: true }).fill('2019-12');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '2019-12');
  await trade.getByText('Jan–Dec 2019').waitFor();
  // Power of Siberia 1 first carried gas in December 2019: no yearly flow up to 2019 is published.
  await figure(page, 'Power of Siberia 1').getByText('not published').waitFor();

  await page.reload();
  await figuresLoaded(page);
  await trade.getByText('Jan–Dec 2019').waitFor();
  assert.equal(await projects.locator('.overview__number').textContent(), '0');
});

test('no overflow on a 390-px phone and axe clean at 390, 1440 and 1920 px in light and dark', async () => {
  for (const [width, height] of [
    [390, 844],
    [1440, 900],
    [1920, 1080],
  ]) {
    for (const theme of ['light', 'dark']) {
      const { page } = await openPage(context, `?v=1&theme=${theme}`);
      await page.setViewportSize({ width, height });
      await figuresLoaded(page);
      const overflow = await page.evaluate(() => {
        const list = document.querySelector('.overview__list');
        const items = [...document.querySelectorAll('.overview__figure')];
        return {
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          items: items.filter(
            (li) =>
              li.scrollWidth > li.clientWidth ||
              li.getBoundingClientRect().right > list.getBoundingClientRect().right + 1,
          ).length,
        };
      });
      assert.deepEqual(overflow, { page: 0, items: 0 }, `nothing overflows at ${width}px ${theme}`);
      const result = await new AxeBuilder({ page }).include('.overview').analyze();
      assert.deepEqual(
        result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`),
        [],
        `axe at ${width}px ${theme}`,
      );
      if (process.env.OVERVIEW_SCREENSHOTS)
        await page.screenshot({ path: `${process.env.OVERVIEW_SCREENSHOTS}/overview-${width}-${theme}.png` });
      await page.close();
    }
  }
});
