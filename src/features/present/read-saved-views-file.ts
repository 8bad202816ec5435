import { jsonProblem, nestingTooDeepAt } from '@/lib/hostile-json';
import { parseSavedViews, type SavedView } from '@/store/saved-views';

/** A saved view takes about 1 kB; far more than a deck of this many is a wrong pick, not a presentation. */
export const MAX_SAVED_VIEWS_BYTES = 2 * 1024 * 1024;
export const MAX_SAVED_VIEWS = 200;

/** Limits of the saved-views format: notes are at most 4,000 characters, a view is nested 4 levels deep. */
const LIMITS = { maxDepth: 12, maxStringLength: 10_000 };

export type SavedViewsRead = { views: SavedView[] } | { error: string };

/** `views[2].note` → `view 3, field note`, the way the file's other problems are named. */
function where(path: string): string {
  const match = /^views\[(\d+)\]\.?(.*)$/.exec(path);
  return match ? `view ${Number(match[1]) + 1}, field ${match[2] || '(whole view)'}` : path;
}

/**
 * A saved-views file's text → its views, or one error naming the file and the view. Before the format's own checks
 * (store/saved-views.ts), hostile content is refused: prototype keys, absurd nesting, megabyte strings, thousands of
 * views. All or nothing, as parseSavedViews is: nothing changes on an error.
 */
export function readSavedViewsText(fileName: string, text: string): SavedViewsRead {
  // Saved-view files are read on the main thread (they are small): a deep pile of brackets is refused before parsing.
  const deepAt = nestingTooDeepAt(text, LIMITS.maxDepth);
  if (deepAt !== null)
    return {
      error: `${fileName}: nested more than ${LIMITS.maxDepth} levels deep (at character ${(deepAt + 1).toLocaleString('en-GB')}); the format needs 4. Nothing was changed.`,
    };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: `${fileName}: The file is not JSON. Nothing was changed.` };
  }
  const problem = jsonProblem(json, LIMITS);
  if (problem) return { error: `${fileName}: ${where(problem.path)}: ${problem.message}. Nothing was changed.` };
  const views = (json as { views?: unknown } | null)?.views;
  if (Array.isArray(views) && views.length > MAX_SAVED_VIEWS)
    return {
      error: `${fileName}: has ${views.length.toLocaleString('en-GB')} views; a saved-views file holds up to ${MAX_SAVED_VIEWS}. Nothing was changed.`,
    };
  const parsed = parseSavedViews(text);
  return 'error' in parsed ? { error: `${fileName}: ${parsed.error} Nothing was changed.` } : parsed;
}

export async function readSavedViewsFile(file: File): Promise<SavedViewsRead> {
  if (file.size === 0) return { error: `${file.name}: the file is empty. Nothing was changed.` };
  if (file.size > MAX_SAVED_VIEWS_BYTES)
    return {
      error: `${file.name}: the file is ${(file.size / 1024 / 1024).toFixed(1)} MB; a saved-views file is under ${MAX_SAVED_VIEWS_BYTES / 1024 / 1024} MB. Nothing was changed.`,
    };
  try {
    return readSavedViewsText(file.name, await file.text());
  } catch {
    return { error: `${file.name}: the file could not be read. Nothing was changed.` };
  }
}
