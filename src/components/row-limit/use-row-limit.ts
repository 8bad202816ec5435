import { useCallback, useRef, useState } from 'react';

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
}

const NO_PROPS: RevealProps = {};

export interface RowLimit {
  /** How many rows to draw. */
  limit: number;
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
  const [revealedFrom, setRevealedFrom] = useState(-1);
  // Set by the click, consumed by the row's ref once it is in the page: the focus moves once, not on every render.
  const focusPending = useRef(false);
  const focusRevealed = useCallback((element: HTMLElement | null) => {
    if (!element || !focusPending.current) return;
    focusPending.current = false;
    element.focus();
  }, []);
  // Derived state, set while rendering: React re-renders at once with it, before anything is drawn.
  if (mustShowIndex + 1 > reach) setReach(mustShowIndex + 1);
  const limit = all ? total : Math.max(FIRST_ROWS, reach, mustShowIndex + 1);
  return {
    limit,
    all,
    toggle: () => {
      focusPending.current = !all;
      setRevealedFrom(all ? -1 : limit);
      setAll(!all);
      setReach(0);
    },
    revealProps: (index) => (index === revealedFrom ? { ref: focusRevealed, tabIndex: -1 } : NO_PROPS),
  };
}
