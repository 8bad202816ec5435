// Step 1b: the JavaScript a visitor actually downloads before the first screen is complete, measured in the browser.
// "Initial" JavaScript (step 1) is what index.html loads before anything shows; panel bodies and their charts load
// on demand once a panel is near the screen. This opens the page at a desktop and a phone size, waits for the network
// to go quiet, and adds up the chunks the page requested (sizes from step 1, so the figures compare).
import { PANEL_NAMES, panel } from './browser.mjs';

export const VIEWPORTS = [
  { label: '1280×720', width: 1280, height: 720 },
  // Lighthouse's mobile preset emulates this screen.
  { label: '412×823', width: 412, height: 823 },
];

const sumKb = (list, key) => Math.round(list.reduce((t, c) => t + c[key], 0) * 100) / 100;

export async function measureFirstScreen(context, url, chunks) {
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const out = [];
  for (const viewport of VIEWPORTS) {
    const page = await context.newPage();
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    // The page fetches the rest of its code a few seconds after loading, for printing (src/app/print-preparation.ts);
    // that is not the first screen's. With Save-Data it does not, whenever the network goes quiet here.
    await page.addInitScript(() =>
      Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }),
    );
    await page.goto(url);
    for (const name of PANEL_NAMES) await panel(page, name).locator('.panel__summary').waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const files = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname.replace(/^\//, ''))
        .filter((p) => p.endsWith('.js')),
    );
    const loaded = [...new Set(files)].map((f) => byFile.get(f)).filter(Boolean);
    const drawn = [];
    for (const name of PANEL_NAMES)
      if ((await panel(page, name).locator('.panel__pending').count()) === 0) drawn.push(name);
    out.push({
      viewport: viewport.label,
      gzipKb: sumKb(loaded, 'gzipKb'),
      rawKb: sumKb(loaded, 'rawKb'),
      chunks: loaded.map((c) => c.name),
      panelsDrawn: drawn,
    });
    await page.close();
  }
  return out;
}
