/** Checked before a file is read, so a huge file is refused at once (kept apart from the lazily loaded reader). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * Records (or CSV data rows) in one file. The bundled files hold a few hundred at most; beyond this a file is a wrong
 * pick or an attack, and reading, comparing and listing it would hold the page up.
 */
export const MAX_IMPORT_RECORDS = 10_000;

/** "x.json: has 2,000,000 records; …" for a file over MAX_IMPORT_RECORDS. */
export function tooManyRecords(fileName: string, what: string): string {
  return `${fileName}: has ${what}; the importer reads up to ${MAX_IMPORT_RECORDS.toLocaleString('en-GB')} per file (the bundled files hold a few hundred)`;
}

export function sizeProblem(fileName: string, bytes: number): string | null {
  if (bytes === 0) return `${fileName}: the file is empty`;
  if (bytes > MAX_IMPORT_BYTES)
    return `${fileName}: the file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the importer reads files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB`;
  return null;
}
