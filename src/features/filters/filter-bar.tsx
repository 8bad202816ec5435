import { useCallback, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { CURRENT_MONTH, FIRST_MONTH, isMonthKey, type MonthKey } from '@/lib/months';
import { describeFilters } from '@/domain/describe-filters';
import { useDashboardActions, useFilterLabels, useFilters } from '@/store/hooks';
import { DEFAULT_FILTERS, type Filters } from '@/domain/view-state';
import { FilterChips } from './filter-chips';
import { useMultiFilters, type MultiFilter } from './filter-definitions';
import { MultiSelect } from './multi-select';
import { useIsPhone, useScrolledPast, useStickyHeight } from './use-folding-bar';

/** How many filters narrow the view: each chosen value, a search text and a time window other than the whole range. */
function activeCount(filters: Filters, multi: MultiFilter[]): number {
  const windowNarrowed = filters.from !== DEFAULT_FILTERS.from || filters.to !== DEFAULT_FILTERS.to;
  return multi.reduce((n, f) => n + f.selected.length, 0) + (filters.search ? 1 : 0) + (windowNarrowed ? 1 : 0);
}

function MonthField({ label, value, onChange }: { label: string; value: string; onChange: (m: MonthKey) => void }) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="month"
        min={FIRST_MONTH}
        max={CURRENT_MONTH}
        value={value}
        onChange={(e) => isMonthKey(e.target.value) && onChange(e.target.value)}
      />
    </label>
  );
}

/**
 * The shared filters: every panel applies them through its selectors. The bar is sticky; scrolled past (or on a
 * phone) it folds to its chips, with one Filters button that unfolds the controls again.
 */
export function FilterBar() {
  const filters = useFilters();
  const labels = useFilterLabels();
  const actions = useDashboardActions();
  const multi = useMultiFilters();
  const headingId = useId();
  const summaryId = useId();
  const controlsId = useId();
  const markerRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const isPhone = useIsPhone();
  // Folding under a clicked control hides it, and unfolding removes the Filters button: the focus goes to the Filters
  // button when there is one after the change, else to the first control.
  const refocus = useRef(false);
  const scrolledPast = useScrolledPast(markerRef, barRef, () => (refocus.current = true));
  useLayoutEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    (toggleRef.current ?? document.getElementById(controlsId)?.querySelector('input'))?.focus();
  });
  useStickyHeight(barRef);

  const folds = isPhone || scrolledPast;
  const [open, setOpen] = useState(false);
  // Unfolded for good (back at the top of a wide screen), the bar forgets it was opened: the next fold starts folded.
  const [foldedBefore, setFoldedBefore] = useState(folds);
  if (foldedBefore !== folds) {
    setFoldedBefore(folds);
    if (!folds) setOpen(false);
  }
  const showControls = !folds || open;
  // On a phone the bar starts folded: its controls (four dropdowns, the month and search fields) are built the first
  // time they are shown, not at load, where they were a visible share of the first screen's blocking time (issue
  // 22). Once built they stay, so folding and unfolding keeps what a dropdown was showing.
  const [controlsBuilt, setControlsBuilt] = useState(showControls);
  if (showControls && !controlsBuilt) setControlsBuilt(true);
  const active = activeCount(filters, multi);
  const focusReset = useCallback(() => resetRef.current?.focus(), []);

  const onKeyDown = (e: KeyboardEvent) => {
    // Escape in an open dropdown closes only the dropdown (the library handles it there).
    if (e.key !== 'Escape' || !folds || !open) return;
    if (e.target instanceof Element && e.target.closest('.multi-select__popover')) return;
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <>
      <div ref={markerRef} className="filter-bar__marker" aria-hidden="true" />
      <section
        ref={barRef}
        className={`filter-bar${folds ? ' filter-bar--folded' : ''}${showControls ? ' filter-bar--open' : ''}`}
        aria-labelledby={headingId}
        onKeyDown={onKeyDown}
      >
        <h2 id={headingId} className="visually-hidden">
          Filters
        </h2>
        {folds && (
          <button
            ref={toggleRef}
            type="button"
            className="filter-bar__toggle"
            aria-expanded={open}
            aria-controls={controlsId}
            aria-label={`Filters (${active} active)`}
            onClick={() => setOpen((o) => !o)}
          >
            Filters
            <span className="filter-bar__count" aria-hidden="true">
              {active}
            </span>
          </button>
        )}
        <div id={controlsId} className="filter-bar__controls" hidden={!showControls}>
          {controlsBuilt && (
            <>
              {/* Moving From past To drags To along (and vice versa): the field being edited keeps what was chosen. */}
              <MonthField
                label="From"
                value={filters.from}
                onChange={(from) => actions.timeWindowChanged(from, from > filters.to ? from : filters.to)}
              />
              <MonthField
                label="To"
                value={filters.to}
                onChange={(to) => actions.timeWindowChanged(to < filters.from ? to : filters.from, to)}
              />
              {multi.map((filter) => (
                <MultiSelect key={filter.id} filter={filter} />
              ))}
              <label className="field field--search">
                <span>Search</span>
                <input
                  type="search"
                  value={filters.search}
                  placeholder="Name in English, Русский or 中文"
                  aria-describedby={summaryId}
                  onChange={(e) => actions.searchChanged(e.target.value)}
                />
              </label>
            </>
          )}
        </div>
        <div className="filter-bar__chosen">
          <FilterChips filters={multi} fallbackFocus={focusReset} />
          <button ref={resetRef} type="button" className="filter-bar__reset" onClick={actions.filtersReset}>
            Reset filters
          </button>
        </div>
        <p id={summaryId} className="filter-bar__summary" aria-live="polite">
          <span className="visually-hidden">Active filters: </span>
          {describeFilters(filters, labels)}
        </p>
      </section>
    </>
  );
}
