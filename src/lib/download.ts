/** Saves a blob as a file through a temporary object-URL link: nothing is fetched and no request leaves the page. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Lower-case ASCII words joined by hyphens; accents are folded ("Café Ürümqi" → "cafe-urumqi"). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `Investment tracker` + `2022-01`…`2024-12` → `investment-tracker_2022-01_2024-12`: the file says what it is. */
export function exportFileStem(title: string, from: string, to: string): string {
  return `${slugify(title) || 'chart'}_${from}_${to}`;
}

/**
 * A `data:` URL as a Blob, decoded in place. `fetch(dataUrl)` would do the same, but the page's CSP allows
 * `connect-src 'self'` only, so data URLs must never go through fetch.
 */
export function dataUrlToBlob(dataUrl: string): Blob {
  const match = /^data:([^;,]*)((?:;[^;,]*)*?)(;base64)?,(.*)$/s.exec(dataUrl);
  if (!match) throw new Error('Not a data URL');
  const [, mime = '', , base64, payload = ''] = match;
  const type = mime || 'text/plain';
  if (!base64) return new Blob([decodeURIComponent(payload)], { type });
  const binary = atob(payload);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}
