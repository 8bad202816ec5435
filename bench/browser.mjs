// One headless Chromium for the in-page steps (playwright-core + the system Chromium, never a downloaded browser).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/e2e/chromium.mjs';
import { drawAllPanels, PANEL_NAMES, panel } from '../tests/e2e/harness.mjs';

export { PANEL_NAMES, panel };

export async function launchBrowser(executablePath) {
  const profile = mkdtempSync(join(tmpdir(), 'bri-bench-pw-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1440, height: 1000 },
    args: [...CHROMIUM_ARGS],
  });
  // The profile is only for this run: removed once the browser has exited (not on 'close', when it may still write).
  const close = context.close.bind(context);
  context.close = async (...args) => {
    await close(...args);
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  };
  return context;
}

/**
 * Opens the dashboard and waits until all four panels show a summary; returns the page and how long that took.
 * Stops early, naming the panel, when a panel shows its crash message instead (a panel still being built).
 * With `drawAll` (the default) it then has every card draw its hero (they draw once near the screen): the bench
 * measures the page with all four cards drawn as a reader sees them. The cards' other tabs (More charts, Events,
 * Places) draw nothing until opened, so they are not drawn here either.
 */
export async function openDashboard(context, url, timeout = 60_000, { drawAll = true } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  const started = Date.now();
  await page.goto(url, { timeout });
  for (;;) {
    const pending = [];
    for (const name of PANEL_NAMES) {
      const region = panel(page, name);
      if ((await region.getByText(/This panel failed/).count()) > 0) {
        const message =
          (await region
            .getByRole('alert')
            .first()
            .textContent()
            .catch(() => '')) ?? '';
        await page.close();
        throw new Error(`panel "${name}" crashed: ${message.trim().slice(0, 200)}`);
      }
      if ((await region.locator('.panel__summary').count()) === 0) pending.push(name);
    }
    if (pending.length === 0) break;
    if (Date.now() - started > timeout) {
      await page.close();
      throw new Error(
        `no summary after ${timeout / 1000} s in: ${pending.join(', ')}${errors.length ? ` (page error: ${errors[0]})` : ''}`,
      );
    }
    await page.waitForTimeout(100);
  }
  const readyMs = Date.now() - started;
  if (drawAll) {
    await drawAllPanels(page, timeout);
  }
  return { page, errors, readyMs };
}
