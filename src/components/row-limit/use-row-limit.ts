import { useState } from 'react';

/**
 * Long lists and tables draw this many rows until the reader asks for all. With the bundled data no list comes
 * near it; with an imported or scaled data set (thousands of projects or events) drawing every row on each filter
 * change made the page slow to answer, while nobody reads past the first screenful without narrowing the filters.
 * "Download CSV" and the evidence pack always hold every row.
 */
export const FIRST_ROWS = 100;

export interface RowLimit {
  /** How many rows to draw. */
  limit: number;
  all: boolean;
  toggle: () => void;
}

/**
 * How many of `total` rows to draw: the first FIRST_ROWS, or all once asked; always far enough to include the row
 * at `mustShowIndex` (a selection made elsewhere, e.g. on the map or a chart marker, must be found in the list), and
 * still as far once that selection is cleared (the reader may be on that row; it must not vanish under them).
 */
export function useRowLimit(total: number, mustShowIndex = -1): RowLimit {
  const [all, setAll] = useState(false);
  const [reach, setReach] = useState(0);
  // Derived state, set while rendering: React re-renders at once with it, before anything is drawn.
  if (mustShowIndex + 1 > reach) setReach(mustShowIndex + 1);
  return {
    limit: all ? total : Math.max(FIRST_ROWS, reach, mustShowIndex + 1),
    all,
    toggle: () => {
      setAll((v) => !v);
      setReach(0);
    },
  };
}
