/** Checked before a file is read, so a huge file is refused at once (kept apart from the lazily loaded reader). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function sizeProblem(fileName: string, bytes: number): string | null {
  if (bytes === 0) return `${fileName}: the file is empty`;
  if (bytes > MAX_IMPORT_BYTES)
    return `${fileName}: the file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the importer reads files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB`;
  return null;
}
