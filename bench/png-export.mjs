// Step 4: PNG export (the default 2× preset): from clicking a panel's "Download PNG" until the browser reports the
// download. Twice per panel: the first one also loads the lazily imported export code, the second is warm.
import { PANEL_NAMES, panel } from './browser.mjs';

/** If the button opens a chooser instead of downloading at once, pick the 2× option and confirm. */
async function answerChooser(page) {
  const dialog = page.getByRole('dialog').or(page.getByRole('menu')).last();
  if (!(await dialog.isVisible().catch(() => false))) return false;
  const twoX = dialog
    .getByRole('radio', { name: /2×|2x/i })
    .or(dialog.getByRole('menuitem', { name: /2×|2x/i }))
    .or(dialog.getByRole('option', { name: /2×|2x/i }))
    .first();
  if (await twoX.isVisible().catch(() => false)) await twoX.click();
  const confirm = dialog.getByRole('button', { name: /^(download|save|export)/i }).first();
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
  return true;
}

async function exportOnce(page, name, timeout) {
  const button = panel(page, name).getByRole('button', { name: 'Download PNG', exact: true });
  await button.waitFor({ timeout });
  await page.waitForFunction((el) => !el.disabled, await button.elementHandle(), { timeout });
  const started = Date.now();
  const downloaded = page.waitForEvent('download', { timeout });
  await button.click();
  const quick = await Promise.race([downloaded.then(() => true), new Promise((r) => setTimeout(() => r(false), 1500))]);
  if (!quick) await answerChooser(page);
  const download = await downloaded;
  const ms = Date.now() - started;
  const file = download.suggestedFilename();
  await download.delete().catch(() => {});
  return { ms, file };
}

/**
 * One untimed-for-the-table export first (it loads the lazy export code: reported as `coldMs`), then one export per
 * panel.
 */
export async function measurePngExport(page, { timeout = 30_000 } = {}) {
  const out = { coldMs: null, panels: {} };
  try {
    out.coldMs = (await exportOnce(page, PANEL_NAMES[0], timeout)).ms;
  } catch (err) {
    out.coldError = String(err.message ?? err).split('\n')[0];
  }
  for (const name of PANEL_NAMES) {
    try {
      const r = await exportOnce(page, name, timeout);
      out.panels[name] = { ms: r.ms, file: r.file, png: /\.png$/i.test(r.file) };
    } catch (err) {
      out.panels[name] = { error: String(err.message ?? err).split('\n')[0] };
    }
  }
  return out;
}
