import { preloadAllLazy } from '@/lib/lazy-with-preload';
import { drawPanelNow } from '@/lib/use-near-viewport';

/** How long after the page has loaded the rest of the panels' code is fetched, when the page is idle. */
const PRELOAD_AFTER_MS = 3000;

/**
 * Printing draws every panel synchronously in `beforeprint` (src/lib/use-near-viewport.ts), but a panel whose code
 * has not loaded yet (it loads when the panel nears the screen) can only print its placeholder: the print layout does
 * not wait. So: Ctrl+P / ⌘P loads and draws all of it first, then opens the print dialog; and, for the browser's own
 * Print menu, the rest of the code is fetched once the page has been idle for a while after loading (not with
 * Save-Data on), so that `beforeprint` finds it in memory.
 */
export function startPrintPreparation(win: Window): void {
  win.addEventListener(
    'keydown',
    (event) => {
      if (event.key.toLowerCase() !== 'p' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      event.preventDefault();
      void printEverythingDrawn(win);
    },
    { capture: true },
  );

  const saveData = (win.navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
  if (saveData) return;
  const preloadWhenIdle = () =>
    win.setTimeout(() => {
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => void preloadAllLazy(), { timeout: 5000 });
      else void preloadAllLazy();
    }, PRELOAD_AFTER_MS);
  if (win.document.readyState === 'complete') preloadWhenIdle();
  else win.addEventListener('load', preloadWhenIdle, { once: true });
}

/**
 * Loads every panel's code, has every panel draw everything (as an export does), then prints. A body React had
 * started to load before it is revealed only after React's next retry (Suspense shows new content at most every few
 * hundred ms), so waiting for the code alone was not enough.
 */
async function printEverythingDrawn(win: Window): Promise<void> {
  await preloadAllLazy();
  await Promise.all([...win.document.querySelectorAll<HTMLElement>('section.panel')].map((panel) => drawPanelNow(panel)));
  win.print();
}
