/**
 * Checks a parsed JSON value from a user's file before anything else reads it: keys that could reach an object's
 * prototype, nesting deeper than any real file, and strings longer than any real field. Iterative (a stack of work, no
 * recursion), so a file nested a million levels deep is measured, not a stack overflow. Pure.
 */

/** Keys that change how objects behave when code copies them onto another object (prototype pollution). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface JsonLimits {
  /** Levels of arrays and objects below the value checked (the data files use at most 6). */
  maxDepth: number;
  /** Characters in one string (the longest text in the data files is under 500). */
  maxStringLength: number;
}

export const IMPORT_JSON_LIMITS: JsonLimits = { maxDepth: 24, maxStringLength: 20_000 };

export interface JsonProblem {
  /** Where, as `field.sub[2]` ("(record)" for the value itself). */
  path: string;
  message: string;
}

const step = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

const count = (n: number): string => n.toLocaleString('en-GB');

/** The first problem found in `value`, or null. Checks keys, depth and strings of every array and object in it. */
export function jsonProblem(value: unknown, limits: JsonLimits = IMPORT_JSON_LIMITS): JsonProblem | null {
  const stack: [unknown, string, number][] = [[value, '', 0]];
  while (stack.length > 0) {
    const [item, path, depth] = stack.pop() as [unknown, string, number];
    if (typeof item === 'string') {
      if (item.length > limits.maxStringLength)
        return {
          path: path || '(record)',
          message: `text of ${count(item.length)} characters; the importer takes up to ${count(limits.maxStringLength)}`,
        };
      continue;
    }
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= limits.maxDepth)
      return {
        path: path || '(record)',
        message: `nested more than ${limits.maxDepth} levels deep; the data format needs no more than 6`,
      };
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i -= 1) stack.push([item[i], step(path, i), depth + 1]);
      continue;
    }
    // Own keys as JSON.parse made them: "__proto__" is an own property there, never the prototype.
    const keys = Object.keys(item);
    const forbidden = keys.find((key) => FORBIDDEN_KEYS.has(key));
    if (forbidden !== undefined)
      return {
        path: step(path, forbidden),
        message: `the key "${forbidden}" is not allowed (it could change how the app's objects behave)`,
      };
    // Pushed last to first, so the first problem in the file's order is the one reported.
    for (let i = keys.length - 1; i >= 0; i -= 1) {
      const key = keys[i] as string;
      stack.push([(item as Record<string, unknown>)[key], step(path, key), depth + 1]);
    }
  }
  return null;
}

const STRUCTURE = /["[\]{}]/g;

/** The position of the quote that closes the string whose content starts at `from`, or -1. */
function stringEnd(text: string, from: number): number {
  for (let end = text.indexOf('"', from); end !== -1; end = text.indexOf('"', end + 1)) {
    let slashes = 0;
    for (let k = end - 1; text.charCodeAt(k) === 0x5c; k -= 1) slashes += 1;
    if (slashes % 2 === 0) return end;
  }
  return -1;
}

/**
 * The character at which JSON text first nests deeper than `maxDepth`, or null: a scan of the text that refuses a
 * file of a hundred thousand brackets before JSON.parse spends the main thread on it. It jumps from bracket to bracket
 * and over strings with native searches (a megabyte string costs a millisecond, not a character-by-character loop).
 */
export function nestingTooDeepAt(text: string, maxDepth: number): number | null {
  let depth = 0;
  STRUCTURE.lastIndex = 0;
  for (let match = STRUCTURE.exec(text); match; match = STRUCTURE.exec(text)) {
    const c = match[0];
    if (c === '"') {
      const end = stringEnd(text, STRUCTURE.lastIndex);
      if (end === -1) return null; // an unterminated string: JSON.parse says so
      STRUCTURE.lastIndex = end + 1;
    } else if (c === '[' || c === '{') {
      depth += 1;
      if (depth > maxDepth) return match.index;
    } else depth -= 1;
  }
  return null;
}
