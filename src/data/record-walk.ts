/**
 * Walking a record as plain JSON: the loader, the importer, the validator and the sources index all need a record's
 * id for messages, a field's path in the `file › record › field` form, and every `sources` list wherever it sits
 * (top level, `value.usd`, `location`, `capacityHistory[0]` …). One implementation, so the paths they print agree.
 */

export type Plain = Record<string, unknown>;

/** A JSON object (not an array, not null). */
export const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `location` + `lat` → `location.lat`; `regions` + 0 → `regions[0]`; '' + `id` → `id`. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base === '' ? key : `${base}.${key}`;
}

/** A schema issue's path as the app and the validator print it; `(record)` for the record itself. */
export function pathOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(record)';
  return path.reduce<string>((out, key) => joinPath(out, typeof key === 'number' ? key : String(key)), '');
}

/** The one line a user sees for a fault in a record: `file › record id › field: what is wrong`. */
export function recordLine(file: string, recordId: string, field: string, message: string): string {
  return `${file} › ${recordId} › ${field}: ${message}`;
}

/** The id shown for a record: its `id`, or `#index` (its position in the file) when it has none. */
export function recordIdOf(record: unknown, index: number): string {
  return isPlain(record) && typeof record.id === 'string' && record.id !== '' ? record.id : `#${index}`;
}

/**
 * Calls `visit` for every object inside `value` (`value` first, then depth-first in key order) with its path. Keys in
 * `skip` are not entered: free wording (an article's claim, a quote) whose `date` is text, not a date.
 */
export function walk(
  value: unknown,
  visit: (node: Plain, path: string) => void,
  skip: ReadonlySet<string> = new Set(),
  path = '',
): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, visit, skip, joinPath(path, i)));
    return;
  }
  if (!isPlain(value)) return;
  visit(value, path);
  for (const [key, child] of Object.entries(value)) if (!skip.has(key)) walk(child, visit, skip, joinPath(path, key));
}

/** Every `sources` list anywhere in a record, with its path (`sources`, `value.usd.sources`, `location.sources` …). */
export function sourceLists(record: unknown): [path: string, ids: unknown[]][] {
  const lists: [string, unknown[]][] = [];
  walk(record, (node, path) => {
    if (Array.isArray(node.sources)) lists.push([joinPath(path, 'sources'), node.sources]);
  });
  return lists;
}

/** Every source id a record cites, wherever it sits, once each. */
export function citedSourceIds(record: unknown): Set<string> {
  const ids = new Set<string>();
  for (const [, list] of sourceLists(record)) for (const id of list) if (typeof id === 'string') ids.add(id);
  return ids;
}
