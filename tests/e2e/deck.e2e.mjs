// Issue 21: saved views become fitted 16:9 slides. Save three views of different charts, present them at 1920×1080
// and 1280×720 and check every slide (no scrolling, no control but the presenter's, the chart fills most of the
// frame, no clipped text); step with the keys and by address; download the deck and the briefing as PDFs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { axeViolations, downloadFromDeck, launch, openPage, unfoldFilters, waitForPanels } from './harness.mjs';
import { pdfLines } from './pdf-text.mjs';

let context;
before(async () => {
  context = await launch();
});
after(async () => {
  await context?.close();
});

const VIEWS = [
  { name: 'Gas flows 2019–2025', from: '2019-01', to: '2025-12', focus: 'Gas negotiations', chart: 'gas-flows' },
  {
    name: 'Trade since 2022',
    from: '2022-01',
    to: '2025-12',
    focus: 'Payment workaround timeline',
    chart: 'payments-trade',
  },
  {
    name: 'Projects by sector',
    from: '2014-01',
    to: '2025-12',
    focus: 'Investment tracker',
    chart: 'investment-sectors',
    pick: 'Investment: projects by sector',
  },
];
const PANEL_TITLES = ['Investment tracker', 'Gas negotiations', 'Payment workaround timeline', 'Border crossings'];

async function saveView(page, view) {
  const filters = page.getByRole('region', { name: 'Filters' });
  await unfoldFilters(page);
  await filters.getByLabel('From', { exact: true }).fill(view.from);
  await filters.getByLabel('To', { exact: true }).fill(view.to);
  await page.getByRole('button', { name: `Focus ${view.focus}` }).click();
  await page.getByRole('button', { name: 'Save view' }).click();
  await page.getByLabel('View name').fill(view.name);
  const chart = page.getByLabel('Chart on the slide');
  if (view.pick) await chart.selectOption({ label: view.pick });
  assert.equal(await chart.inputValue(), view.chart, `${view.name}: the chart saved with the view`);
  await page.getByLabel('Speaker note (optional)').fill(`Note for ${view.name}`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Saved “${view.name}”` })
    .waitFor();
}

/** Everything a user can see is wrong on this slide: scrolling, controls, a small chart, clipped text. */
function slideProblems() {
  const problems = [];
  const root = document.scrollingElement;
  if (root.scrollHeight > innerHeight + 1 || root.scrollWidth > innerWidth + 1)
    problems.push(`the page scrolls (${root.scrollWidth}×${root.scrollHeight} in ${innerWidth}×${innerHeight})`);
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.visibility === 'hidden' || s.display === 'none' || Number(s.opacity) === 0) return false;
    }
    return r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
  };
  const controls = document.querySelector('[role="toolbar"][aria-label="Presenter controls"]');
  for (const el of document.querySelectorAll('button, [role="button"], a[href], input, select, textarea, summary'))
    if (shown(el) && !controls?.contains(el) && !el.closest('[inert]'))
      problems.push(`a control is on the slide: ${el.tagName} “${el.textContent?.trim().slice(0, 40)}”`);
  const frame = document.querySelector('.slide-frame')?.getBoundingClientRect();
  const chart = document.querySelector('.slide-fit__content')?.getBoundingClientRect();
  if (!frame || !chart) return [...problems, 'no slide frame or chart'];
  if (frame.width > innerWidth + 1 || frame.height > innerHeight + 1)
    problems.push('the frame is larger than the screen');
  if (Math.abs(frame.width / frame.height - 16 / 9) > 0.01)
    problems.push(`the frame is not 16:9 (${frame.width}×${frame.height})`);
  const share = (chart.width * chart.height) / (frame.width * frame.height);
  if (share < 0.5) problems.push(`the chart covers only ${Math.round(share * 100)}% of the frame`);
  for (const el of document.querySelectorAll('.slide__title, .slide__takeaway, .slide__footer p')) {
    const r = el.getBoundingClientRect();
    if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
      problems.push(`text overflows its box: “${el.textContent.slice(0, 40)}”`);
    if (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1)
      problems.push(`text runs outside the frame: “${el.textContent.slice(0, 40)}”`);
  }
  const box = document.querySelector('.slide-fit').getBoundingClientRect();
  for (const t of document.querySelectorAll('.slide-fit svg text')) {
    if (!t.textContent.trim() || !shown(t)) continue;
    const r = t.getBoundingClientRect();
    if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
      problems.push(`chart text is cut by the slide’s edge: “${t.textContent.slice(0, 30)}”`);
  }
  return problems;
}

async function expectSlide(page, index) {
  const view = VIEWS[index];
  await page.getByText(`Slide ${index + 1} of ${VIEWS.length}`).waitFor();
  await page.getByRole('heading', { level: 1, name: view.name }).waitFor();
  await page.locator(`.slide[data-chart="${view.chart}"] .slide-fit__content[style*="visible"]`).waitFor();
  await page.waitForFunction(
    () => location.hash.startsWith('#present=') && document.querySelectorAll('.slide').length === 1,
  );
  // Charts draw and settle before they are measured.
  await page.waitForTimeout(400);
  assert.deepEqual(await page.evaluate(slideProblems), [], `slide ${index + 1} (${view.name})`);
}

test('three saved views present as fitted slides, step by keys and by address, and download as a deck and a briefing', async () => {
  const { page, problems } = await openPage(context);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPanels(page);
  for (const view of VIEWS) await saveView(page, view);

  await page.getByRole('button', { name: 'Present', exact: true }).click();
  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
  ]) {
    await page.setViewportSize({ width, height });
    await page.keyboard.press('Home');
    await expectSlide(page, 0);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 1);
    await page.keyboard.press('PageDown');
    await expectSlide(page, 2);
  }
  // The controls hide while nobody moves the mouse, and come back when it moves.
  const controls = page.getByRole('toolbar', { name: 'Presenter controls' });
  await page.waitForFunction(() => !document.querySelector('[aria-label="Presenter controls"][data-shown]'), null, {
    timeout: 5000,
  });
  await page.mouse.move(200, 200);
  await page.mouse.move(220, 240);
  await controls.getByRole('button', { name: 'Next slide' }).waitFor();
  assert.equal(
    await controls.evaluate((el) => el.hasAttribute('data-shown')),
    true,
    'the mouse brings the controls back',
  );
  assert.deepEqual(await axeViolations(page), [], 'axe on a slide');

  await page.keyboard.press('PageUp');
  await expectSlide(page, 1);
  await page.keyboard.press('End');
  await expectSlide(page, 2);
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await expectSlide(page, 0);
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  await expectSlide(page, 2);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 1);
  const secondAddress = page.url();
  assert.match(secondAddress, /#present=view-/, 'the slide on screen has its own address');
  await page.keyboard.press('Escape');
  await page.getByRole('region', { name: 'Filters' }).waitFor();
  assert.equal(new URL(page.url()).hash, '', 'leaving the presentation leaves the slide address');

  // A slide's address opens that slide; a number works too; a bad one says why and leaves the dashboard.
  const { page: shared } = await openPage(context, secondAddress);
  await expectSlide(shared, 1);
  await shared.evaluate(() => (location.hash = '#present=3'));
  await expectSlide(shared, 2);
  await shared.keyboard.press('Escape');
  await shared.evaluate(() => (location.hash = '#present=99'));
  await shared
    .getByRole('status')
    .filter({ hasText: /asks to present slide “99”, which is not here: this browser has 3 saved views/ })
    .waitFor();
  await shared.close();

  await page.setViewportSize({ width: 1440, height: 1000 });
  const deck = await downloadFromDeck(page, 'Download deck (PDF)');
  assert.ok(deck.toString('latin1').startsWith('%PDF-'), 'the deck is a PDF');
  assert.equal(deck.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length, VIEWS.length, 'one page per slide');
  const deckLines = pdfLines(deck);
  // The names keep their en dash: the PDF font prints it, where Helvetica's Windows-1252 made it a hyphen.
  for (const view of VIEWS) assert.ok(deckLines.includes(view.name), `${view.name} is text in the deck`);

  const brief = await downloadFromDeck(page, 'Download briefing (PDF)');
  assert.ok(brief.toString('latin1').startsWith('%PDF-'), 'the briefing is a PDF');
  const briefLines = pdfLines(brief);
  for (const title of PANEL_TITLES)
    assert.ok(briefLines.includes(title), `the briefing has the ${title} panel as text`);
  assert.ok(briefLines.includes('Sources'), 'the briefing ends with its source list');
  assert.ok(
    briefLines.some((line) => /^1\. \S/.test(line)),
    'the sources are numbered',
  );
  // Russian and Chinese source titles print as themselves, not as "?": each listed source's title (lines joined
  // where jsPDF wrapped them at spaces) is in the text, and the list has titles in both scripts.
  const briefText = briefLines.join(' ');
  const { records: sources } = JSON.parse(readFileSync(new URL('../../data/sources.json', import.meta.url), 'utf8'));
  const listed = sources.filter((s) => briefText.includes(`${s.publisher}: ${s.title}`));
  assert.ok(
    listed.some((s) => /\p{Script=Cyrillic}/u.test(s.title)),
    'a Russian source title is in the briefing',
  );
  assert.ok(
    listed.some((s) => /\p{Script=Han}/u.test(s.title)),
    'a Chinese source title is in the briefing',
  );
  assert.doesNotMatch(briefText + deckLines.join(' '), /[?\uFFFD]{2}/, 'no run of characters the font could not print');
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
});
