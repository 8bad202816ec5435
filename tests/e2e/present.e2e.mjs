// Presenting in a meeting: save three views with different filters, present them, step with the keys clickers send,
// check each slide's filters and focused panel, leave with Escape, reload and find the views still saved.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeViolations, launch, openPage, panel, unfoldFilters, waitForPanels } from './harness.mjs';

let context;
before(async () => {
  context = await launch();
});
after(async () => {
  await context?.close();
});

const SLIDES = [
  { name: 'Gas 2022', from: '2022-01', to: '2022-12', panel: 'gas', title: 'Gas negotiations', chart: 'gas-flows' },
  {
    name: 'Payments 2024',
    from: '2024-01',
    to: '2024-12',
    panel: 'payments',
    title: 'Payment workaround timeline',
    chart: 'payments-trade',
  },
  {
    name: 'Border since 2014',
    from: '2014-01',
    to: '2020-12',
    panel: 'border',
    title: 'Border crossings',
    chart: 'border-map',
  },
];

async function saveView(page, slide) {
  const filters = page.getByRole('region', { name: 'Filters' });
  await unfoldFilters(page);
  await filters.getByLabel('From', { exact: true }).fill(slide.from);
  await filters.getByLabel('To', { exact: true }).fill(slide.to);
  await page.getByRole('button', { name: `Focus ${slide.title}` }).click();
  await page.waitForFunction((p) => new URL(location.href).searchParams.get('panel') === p, slide.panel);
  await page.getByRole('button', { name: 'Save view' }).click();
  await page.getByLabel('View name').fill(slide.name);
  await page.getByLabel('Speaker note (optional)').fill(`Note for ${slide.name}`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Saved “${slide.name}”` })
    .waitFor();
}

async function expectSlide(page, index) {
  const slide = SLIDES[index];
  const bar = page.getByRole('region', { name: 'Presentation' });
  await bar.getByText(`Slide ${index + 1} of ${SLIDES.length}`).waitFor();
  await bar.getByRole('heading', { level: 1, name: slide.name }).waitFor();
  await page.waitForFunction(
    ([from, to, p]) => {
      const q = new URL(location.href).searchParams;
      return (q.get('from') ?? '2014-01') === from && q.get('to') === to && q.get('panel') === p;
    },
    [slide.from, slide.to, slide.panel],
  );
  // A slide is the view's chart (its focused panel's hero chart by default), not the dashboard's panels.
  await bar.locator(`.slide[data-chart="${slide.chart}"]`).waitFor();
  assert.equal(await bar.locator('.slide').count(), 1, 'one slide on screen');
  for (const other of SLIDES)
    assert.equal(await panel(page, other.title).count(), 0, 'no dashboard panel on the slide');
}

test('save three views, present them with the keyboard, leave with Escape, and find them after a reload', async () => {
  const { page, problems } = await openPage(context);
  await waitForPanels(page);
  for (const slide of SLIDES) await saveView(page, slide);
  const list = page.getByRole('region', { name: 'Saved views' });
  for (const slide of SLIDES) await list.getByRole('button', { name: slide.name, exact: true }).waitFor();

  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expectSlide(page, 0);
  const stepUrl = page.url();
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 1);
  await page.keyboard.press('PageDown');
  await expectSlide(page, 2);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 1);
  await page.keyboard.press('PageUp');
  await expectSlide(page, 0);
  assert.deepEqual(await axeViolations(page), [], 'axe on a slide');

  // The presenter's controls are hidden until the mouse moves.
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 320);
  await page.getByRole('button', { name: 'Show filter context' }).click();
  assert.equal(await page.locator('.slide__filters').count(), 0, 'the context line can be hidden');
  await page.keyboard.press('Escape');
  await page.getByRole('region', { name: 'Presentation' }).waitFor({ state: 'detached' });
  await page.getByRole('region', { name: 'Filters' }).waitFor();

  await page.reload();
  await waitForPanels(page);
  for (const slide of SLIDES)
    await page
      .getByRole('region', { name: 'Saved views' })
      .getByRole('button', { name: slide.name, exact: true })
      .waitFor();

  // A step's address opens that slide, and leaving it shows the slide's view on the dashboard.
  const { page: shared } = await openPage(context, stepUrl);
  await shared.getByRole('heading', { level: 1, name: SLIDES[0].name }).waitFor();
  await shared.keyboard.press('Escape');
  await waitForPanels(shared);
  assert.equal(
    await shared.getByLabel('To', { exact: true }).inputValue(),
    '2022-12',
    'a step’s address reproduces its view',
  );
  assert.deepEqual(problems.consoleErrors, []);
});

test('a bad saved-views file gets a clear error and changes nothing', async () => {
  const { page } = await openPage(context);
  await waitForPanels(page);
  const list = page.getByRole('region', { name: 'Saved views' });
  const before = await list.getByRole('listitem').count();
  await list
    .getByLabel('Import views')
    .setInputFiles({ name: 'views.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"x"}') });
  await list
    .getByRole('alert')
    .filter({ hasText: /views.json: Not a saved-views file/ })
    .waitFor();
  assert.equal(await list.getByRole('listitem').count(), before);
});

test('Full screen on a panel fills the screen with projector-size text, and Escape returns', async () => {
  const { page } = await openPage(context);
  await page.setViewportSize({ width: 1280, height: 720 });
  await waitForPanels(page);
  const gas = panel(page, 'Gas negotiations');
  await gas.getByRole('button', { name: 'Full screen' }).click();
  await page.waitForFunction(() => document.fullscreenElement?.getAttribute('data-panel') === 'gas');
  // The button follows the browser's fullscreenchange event, which React renders a task later: wait for it.
  await gas.getByRole('button', { name: 'Full screen', pressed: true }).waitFor({ timeout: 5000 });
  const size = await gas.locator('.panel__summary').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(size >= 24, `summary text is ${size}px at 1280×720`);
  assert.deepEqual(await axeViolations(page), [], 'axe in full screen');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.fullscreenElement === null);
  await gas.getByRole('button', { name: 'Full screen', pressed: false }).waitFor({ timeout: 5000 });
});

test('saved views can be renamed, reordered and deleted, and the presenter notes open in a second window', async () => {
  const { page } = await openPage(context);
  // The browser profile is shared by this file's tests: start from no saved views.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPanels(page);
  for (const name of ['First', 'Second']) {
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByLabel('View name').fill(name);
    await page.getByLabel('Speaker note (optional)').fill(`Say ${name}`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
  }
  const list = page.getByRole('region', { name: 'Saved views' });
  const names = () => list.locator('.saved-view__apply').allTextContents();
  // The list is drawn again after the click's update: wait for it (up to 5 s) rather than read it at once.
  const namesBecome = async (expected) => {
    for (const started = Date.now(); Date.now() - started < 5000; await page.waitForTimeout(50))
      if (JSON.stringify(await names()) === JSON.stringify(expected)) return;
    assert.deepEqual(await names(), expected);
  };
  await namesBecome(['First', 'Second']);

  await list.getByRole('button', { name: 'Move Second up' }).click();
  await namesBecome(['Second', 'First']);
  await list.getByRole('button', { name: 'Rename First' }).click();
  await list.getByLabel('New name for First').fill('Renamed');
  await list.getByRole('button', { name: 'Save name' }).click();
  await namesBecome(['Second', 'Renamed']);

  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 320);
  const [notes] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Presenter notes' }).click(),
  ]);
  await notes.getByText('Say Second').waitFor();
  await page.keyboard.press('ArrowRight');
  await notes.getByText('Say First').waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('region', { name: 'Presentation' }).waitFor({ state: 'detached' });

  await list.getByRole('button', { name: 'Delete Second' }).click();
  await namesBecome(['Renamed']);
  await page.reload();
  await waitForPanels(page);
  assert.deepEqual(
    await page.getByRole('region', { name: 'Saved views' }).locator('.saved-view__apply').allTextContents(),
    ['Renamed'],
  );
});
