// Step 3: a shared-filter change until all four panels have committed and a frame has been painted. The change is
// dispatched inside a requestAnimationFrame callback (the start of a frame), so the time is the app's work plus style,
// layout and paint, not a random wait for the next vsync. "commit" = dispatch → every panel summary has new text
// (MutationObserver); "painted" = the first task after the frame that shows it (rAF → MessageChannel). The panels
// redraw their charts in a deferred render after the summary (useDeferredValue; the body is aria-busy meanwhile):
// "settled" = the first task after the frame that shows the last change inside any panel once no panel body is aria-busy
// (a frame with no change in the panels follows it, and is not counted), i.e. every chart redrawn and painted.
import { PANEL_NAMES, panel } from './browser.mjs';
import { summarise } from './stats.mjs';

const ALTERNATES = ['2019-12', '2021-06', '2016-12', '2023-06', '2014-12', '2024-12'];

async function handles(page) {
  const input = await page.getByRole('region', { name: 'Filters' }).getByLabel('To', { exact: true }).elementHandle();
  const sections = [];
  for (const name of PANEL_NAMES) sections.push(await panel(page, name).elementHandle());
  return { input, sections };
}

/** Runs in the page: sets the month input like a user would (native setter + input/change events) and times it. */
function changeAndTime({ input, sections, value, watch, timeoutMs }) {
  const text = (s) => s.querySelector('.panel__summary')?.textContent ?? null;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  return new Promise((resolve) => {
    const before = sections.map(text);
    const allChanged = () => sections.every((s, i) => !watch[i] || text(s) !== before[i]);
    const busy = () => sections.some((s) => s.querySelector('.panel__body[aria-busy="true"]') !== null);
    let t0 = 0;
    let tCommit = null;
    let paintMs = null;
    let tSettled = null;
    let inFrame = false;
    let committedInFrame = false;
    const finish = (tPainted) => {
      clearTimeout(timer);
      resolve({
        commitMs: tCommit - t0,
        paintMs,
        settledMs: tPainted - t0,
        settleCommitMs: tSettled - t0,
        committedInFrame,
      });
    };
    // A message posted now is delivered in a task after the current one: after the frame's rendering step.
    const afterPaint = (then) => () => {
      const channel = new MessageChannel();
      channel.port1.onmessage = then;
      channel.port2.postMessage(0);
    };
    const whenPainted = (then) => (inFrame ? afterPaint(then)() : requestAnimationFrame(afterPaint(then)));
    // A chart can commit again after its body stops being aria-busy (a measured width, a layout effect): "settled" is
    // the paint after the last change inside any panel, found by waiting for a frame in which nothing in them changed.
    let dirty = false;
    const drawing = new MutationObserver(() => {
      dirty = true;
    });
    for (const s of sections)
      drawing.observe(s, { subtree: true, childList: true, characterData: true, attributes: true });
    const untilQuiet = (lastPaint) =>
      requestAnimationFrame(
        afterPaint(() => {
          const now = performance.now();
          if (!dirty || now - t0 > timeoutMs) {
            drawing.disconnect();
            finish(lastPaint);
          } else {
            dirty = false;
            untilQuiet(now);
          }
        }),
      );
    const checkSettled = () => {
      if (tSettled !== null || busy()) return;
      tSettled = performance.now();
      observer.disconnect();
      dirty = false;
      whenPainted(() => untilQuiet(performance.now()));
    };
    const check = () => {
      if (tCommit === null) {
        if (!allChanged()) return;
        tCommit = performance.now();
        committedInFrame = inFrame;
        whenPainted(() => {
          paintMs = performance.now() - t0;
          checkSettled();
        });
      } else if (paintMs !== null) checkSettled();
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-busy'],
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      drawing.disconnect();
      resolve({ timeout: true, unchanged: sections.map((s, i) => watch[i] && text(s) === before[i]) });
    }, timeoutMs);
    requestAnimationFrame(() => {
      inFrame = true;
      const frameEnd = new MessageChannel();
      frameEnd.port1.onmessage = () => {
        inFrame = false;
      };
      frameEnd.port2.postMessage(0);
      t0 = performance.now();
      setValue.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      check();
    });
  });
}

/** Waits until the page has had two frames and an idle period, so deferred work of the last change is done. */
async function settle(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            window.requestIdleCallback
              ? requestIdleCallback(() => resolve(), { timeout: 2000 })
              : setTimeout(resolve, 50),
          ),
        );
      }),
  );
}

async function summaryTexts(page) {
  const out = [];
  for (const name of PANEL_NAMES) out.push(await panel(page, name).locator('.panel__summary').first().textContent());
  return out;
}

async function setTo(page, value) {
  const { input, sections } = await handles(page);
  const result = await page.evaluate(changeAndTime, {
    input,
    sections,
    value,
    watch: sections.map(() => false),
    timeoutMs: 10_000,
  });
  await settle(page);
  return result;
}

/** Picks a second "To" month for which every panel's summary differs from the default one (or the most do). */
async function pickAlternate(page, initial) {
  const base = await summaryTexts(page);
  let best = null;
  for (const value of ALTERNATES.filter((v) => v !== initial)) {
    await setTo(page, value);
    const texts = await summaryTexts(page);
    const watch = texts.map((t, i) => t !== base[i]);
    const count = watch.filter(Boolean).length;
    if (!best || count > best.count) best = { value, watch, count };
    if (count === PANEL_NAMES.length) break;
  }
  await setTo(page, initial);
  return best;
}

/**
 * Times `runs` changes (after `warmup` untimed ones) on an open dashboard, alternating two months. Stops early once
 * `budgetMs` is spent and at least `minRuns` were timed, so a slow build or a loaded machine cannot make the bench
 * run for many minutes (the result says how many changes were timed). `alternate` reuses the month picked at another
 * scale: the synthetic copies keep their dates, so the same month changes the same panels.
 */
export async function measureFilterChange(
  page,
  { runs = 30, warmup = 2, timeoutMs = 30_000, budgetMs = 60_000, minRuns = 5, alternate } = {},
) {
  const started = Date.now();
  const initial = await page.getByRole('region', { name: 'Filters' }).getByLabel('To', { exact: true }).inputValue();
  const chosen = alternate ?? (await pickAlternate(page, initial));
  const values = [chosen.value, initial];
  const commits = [];
  const paints = [];
  const settles = [];
  const problems = [];
  let inFrame = 0;
  let stoppedEarly = false;
  for (let i = 0; i < warmup + runs; i += 1) {
    if (Date.now() - started > budgetMs && paints.length >= minRuns) {
      stoppedEarly = true;
      break;
    }
    const { input, sections } = await handles(page);
    const value = values[i % 2];
    const r = await page.evaluate(changeAndTime, { input, sections, value, watch: chosen.watch, timeoutMs });
    await settle(page);
    if (r.timeout) {
      problems.push(
        `change to ${value}: no new summary within ${timeoutMs} ms in ${PANEL_NAMES.filter((_, j) => r.unchanged[j]).join(', ')}`,
      );
      if (problems.length >= 2) break;
      continue;
    }
    if (i >= warmup) {
      commits.push(r.commitMs);
      paints.push(r.paintMs);
      settles.push(r.settledMs);
      if (r.committedInFrame) inFrame += 1;
    }
  }
  return {
    values,
    panelsNotReacting: PANEL_NAMES.filter((_, i) => !chosen.watch[i]),
    painted: summarise(paints),
    commit: summarise(commits),
    settled: summarise(settles),
    // Changes whose commit landed in the frame that dispatched them (the rest waited for a later frame: deferred work).
    committedInDispatchFrame: inFrame,
    stoppedEarly,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    problems,
    alternate: { value: chosen.value, watch: chosen.watch },
  };
}
