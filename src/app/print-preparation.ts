import { preloadAllLazy } from '@/lib/lazy-with-preload';
import { drawPanelNow } from '@/lib/use-near-viewport';

/** How long after the page has loaded the rest of the panels' code is fetched, when the page is idle. */
const PRELOAD_AFTER_MS = 3000;
/** Ctrl+P prints after this long at the latest, drawn or not: a stalled download must not cost the print. */
const PRINT_WAIT_LIMIT_MS = 4000;

/**
 * Printing draws every panel synchronously in `beforeprint` (src/lib/use-near-viewport.ts), but a panel whose code
 * has not loaded yet (it loads when the panel nears the screen) can only print its placeholder: the print layout does
 * not wait. So: Ctrl+P / ⌘P loads and draws all of it first, then opens the print dialog; and, for the browser's own
 * Print menu, the rest of the code is fetched once the page has been idle for a while after loading (not with
 * Save-Data on), so that `beforeprint` finds it in memory.
 */
export function startPrintPreparation(win: Window): void {
  const mac = /Mac|iPhone|iPad/.test(win.navigator.platform);
  let preparing = false;
  win.addEventListener(
    'keydown',
    (event) => {
      if (!isPrintShortcut(event, mac)) return;
      event.preventDefault();
      // One print dialog per press, however long the preparation takes and however often the key repeats.
      if (preparing || event.repeat) return;
      preparing = true;
      void printEverythingDrawn(win).finally(() => {
        preparing = false;
      });
    },
    { capture: true },
  );

  const saveData = (win.navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
  if (saveData) return;
  const preloadWhenIdle = () =>
    win.setTimeout(() => {
      if (typeof win.requestIdleCallback === 'function')
        win.requestIdleCallback(() => void preloadAllLazy(), { timeout: 5000 });
      else void preloadAllLazy();
    }, PRELOAD_AFTER_MS);
  if (win.document.readyState === 'complete') preloadWhenIdle();
  else win.addEventListener('load', preloadWhenIdle, { once: true });
}

/**
 * The browser's print shortcut: ⌘P on Apple systems (where Ctrl+P moves the caret up a line in text fields), Ctrl+P
 * elsewhere. The physical P key counts too when the layout types no Latin letter there (Ctrl+З on a Russian layout
 * prints in Chrome and Firefox).
 */
export function isPrintShortcut(event: KeyboardEvent, mac: boolean): boolean {
  if (event.altKey || event.shiftKey || (mac ? !event.metaKey || event.ctrlKey : !event.ctrlKey || event.metaKey))
    return false;
  const key = event.key.toLowerCase();
  return key === 'p' || (event.code === 'KeyP' && !/^[a-z]$/.test(key));
}

/**
 * Loads every panel's code, has every panel draw everything (as an export does), then prints, after
 * PRINT_WAIT_LIMIT_MS at the latest. A body React had started to load before it is revealed only after React's next
 * retry (Suspense shows new content at most every few hundred ms), so waiting for the code alone was not enough.
 */
async function printEverythingDrawn(win: Window): Promise<void> {
  const drawAll = async () => {
    await preloadAllLazy();
    await Promise.all(
      [...win.document.querySelectorAll<HTMLElement>('section.panel')].map((panel) => drawPanelNow(panel)),
    );
  };
  let timer = 0;
  const limit = new Promise<void>((resolve) => {
    timer = win.setTimeout(resolve, PRINT_WAIT_LIMIT_MS);
  });
  try {
    await Promise.race([drawAll(), limit]);
  } finally {
    win.clearTimeout(timer);
    win.print();
  }
}
