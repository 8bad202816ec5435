import { useCallback, useLayoutEffect, useRef, useState } from 'react';

/**
 * Long lists and tables draw this many rows until the reader asks for all. With the bundled data no list comes
 * near it; with an imported or scaled data set (thousands of projects or events) drawing every row on each filter
 * change made the page slow to answer, while nobody reads past the first screenful without narrowing the filters.
 * "Download CSV" and the evidence pack always hold every row.
 */
export const FIRST_ROWS = 100;

/** What a row element takes from the limit: the focus, if it is the first row "Show all" drew. */
export interface RevealProps {
  ref?: (element: HTMLElement | null) => void;
  tabIndex?: number;
  onBlur?: () => void;
}

const NO_PROPS: RevealProps = {};

export interface RowLimit {
  /** How many rows to draw. */
  limit: number;
  /** Every row is drawn: asked for, or the selection's reach covers the list. */
  all: boolean;
  toggle: () => void;
  /**
   * Spread on row `index`. "Show all" draws the new rows between the list and its button, which ends up far below
   * them; the first new row takes the focus instead, so the keyboard and the screen reader go on from there.
   */
  revealProps: (index: number) => RevealProps;
}

/**
 * How many of `total` rows to draw: the first FIRST_ROWS, or all once asked; always far enough to include the row
 * at `mustShowIndex` (a selection made elsewhere, e.g. on the map or a chart marker, must be found in the list), and
 * still as far once that selection is cleared (the reader may be on that row; it must not vanish under them).
 */
export function useRowLimit(total: number, mustShowIndex = -1): RowLimit {
  const [all, setAll] = useState(false);
  const [reach, setReach] = useState(0);
  // The row that "Show all" focused: focusable (tabIndex -1) until the focus leaves it, then an ordinary row again.
  const [revealedFrom, setRevealedFrom] = useState(-1);
  // Counts the clicks on "Show all": the focus moves in the commit that drew the rows of that click, and never later,
  // where it would pull the focus from wherever the reader is by then.
  const [focusRequest, setFocusRequest] = useState(0);
  const revealedRow = useRef<HTMLElement | null>(null);
  const holdRevealedRow = useCallback((element: HTMLElement | null) => {
    revealedRow.current = element;
  }, []);
  useLayoutEffect(() => {
    if (focusRequest > 0) revealedRow.current?.focus();
  }, [focusRequest]);
  const forgetRevealed = useCallback(() => setRevealedFrom(-1), []);
  // Derived state, set while rendering: React re-renders at once with it, before anything is drawn.
  if (mustShowIndex + 1 > reach) setReach(mustShowIndex + 1);
  const limit = all ? total : Math.max(FIRST_ROWS, reach, mustShowIndex + 1);
  const showingAll = all || limit >= total;
  return {
    limit,
    all: showingAll,
    toggle: () => {
      if (!showingAll) setFocusRequest((n) => n + 1);
      setRevealedFrom(showingAll ? -1 : limit);
      setAll(!showingAll);
      setReach(0);
    },
    revealProps: (index) =>
      index === revealedFrom ? { ref: holdRevealedRow, tabIndex: -1, onBlur: forgetRevealed } : NO_PROPS,
  };
}
