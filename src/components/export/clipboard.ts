/** Whether this browser can put an image on the clipboard (needs a secure context and the async Clipboard API). */
export function canCopyImage(): boolean {
  return (
    typeof ClipboardItem !== 'undefined' &&
    typeof navigator !== 'undefined' &&
    typeof navigator.clipboard?.write === 'function'
  );
}

/**
 * Copies a PNG that is still being rendered. The ClipboardItem is created at once, inside the click, with a promise:
 * Safari and Chrome keep the click's permission for it that way, while a write after an `await` would be refused.
 */
export async function copyPng(png: Promise<Blob>): Promise<void> {
  if (!canCopyImage()) throw new Error('This browser does not allow copying images; use Download PNG instead.');
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
  } catch (e) {
    // Surface the rendering error itself; otherwise the browser refused (permission, page not focused).
    await png;
    throw new Error(
      `The browser refused to copy the image (${e instanceof Error ? e.message : String(e)}); use Download PNG instead.`,
      { cause: e },
    );
  }
}
