import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useId, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { ErrorBoundary } from 'react-error-boundary';
import { DataTable } from '@/components/data-table/data-table';
import { retryDataset } from '@/data/data-client';
import type { DatasetName } from '@/data/schemas/registry';
import { formatPartialDate } from '@/lib/months';
import type { TableModel } from '@/lib/table-model';
import { DRAW_PANEL_EVENT, DrawNowContext, useNearViewport } from '@/lib/use-near-viewport';
import { useDashboardActions, useDatasetSlots, useFocusedPanel } from '@/store/hooks';
import { useStoreApi } from '@/store/store-context';
import type { PanelId } from '@/store/view-state';
import { frameStatus } from './frame-status';
import { PanelError, type RetryState } from './panel-error';
import { PanelToolbar } from './panel-toolbar';

export interface PanelFrameProps {
  id: PanelId;
  title: string;
  /** The files this panel needs: it waits for them, and shows their errors (only theirs). */
  datasets: readonly DatasetName[];
  /** One or two sentences that say what the chart shows under the current filters. */
  summary: string;
  /** Set when the filters leave nothing to show. */
  emptyReason?: string | null;
  /** "Sources: …" line, from the records shown. */
  sourceLine: string;
  /** The table behind "Show data table" and "Download CSV". */
  table: TableModel | null;
  /** The body still shows the previous filters' charts while the new ones are drawn (see useValueAfterPaint). */
  stale?: boolean;
  /** Whether the body is a chart with an SVG to export (the map is not). */
  hasSvg?: boolean;
  children: ReactNode;
}

export function PanelFrame(props: PanelFrameProps) {
  const {
    id,
    title,
    datasets,
    summary,
    emptyReason,
    sourceLine,
    table,
    stale = false,
    hasSvg = true,
    children,
  } = props;
  const titleId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const [showTable, setShowTable] = useState(false);
  const slots = useDatasetSlots(datasets);
  const status = useMemo(() => frameStatus(datasets, slots), [datasets, slots]);
  // Kept here, not in PanelError: a retry may pass through "loading", which unmounts the error box.
  const [retry, setRetry] = useState<RetryState | null>(null);
  if (retry && status.state === 'ready') setRetry(null);
  // When a retry succeeds the error box and its focused button go: the focus moves to the panel's title rather than
  // falling to the page.
  const titleRef = useRef<HTMLHeadingElement>(null);
  const retried = useRef(false);
  useEffect(() => {
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (retried.current && status.state === 'ready' && focusLost) titleRef.current?.focus();
    retried.current = retry !== null;
  });
  const queryClient = useQueryClient();
  const store = useStoreApi();
  const { filtersReset, panelFocused } = useDashboardActions();
  const isFocused = useFocusedPanel() === id;
  // Charts are the expensive part of the page: a panel draws its body once it is near the screen, and everything in
  // it at once when it gets keyboard focus (so Tab reaches every bar and row) or is exported. The summary, the
  // toolbar and the "Show data table" table never wait.
  const near = useNearViewport(sectionRef);
  const [drawNow, setDrawNow] = useState(false);
  useDrawPanelEvent(sectionRef, setDrawNow);
  const drawn = near || drawNow;
  useEscapeLeavesFullscreen(sectionRef);

  return (
    <section
      ref={sectionRef}
      className="panel"
      id={`panel-${id}`}
      aria-labelledby={titleId}
      data-panel={id}
      onFocus={drawNow ? undefined : () => setDrawNow(true)}
    >
      <header className="panel__header">
        <h2 id={titleId} ref={titleRef} tabIndex={-1}>
          {title}
        </h2>
        <button
          type="button"
          className="panel__focus"
          aria-pressed={isFocused}
          aria-label={`Focus ${title}`}
          title="Show this panel first and full width; saved views and presentations remember it"
          onClick={() => panelFocused(isFocused ? null : id)}
        >
          Focus
        </button>
        <p className="panel__meta">
          <span>Data as of {status.asOf ? formatPartialDate(status.asOf) : '…'}</span>
          <span aria-hidden="true"> · </span>
          <span>{sourceLine}</span>
        </p>
        <PanelToolbar
          title={title}
          panel={id}
          sectionRef={sectionRef}
          bodyRef={bodyRef}
          table={table}
          hasSvg={hasSvg}
          ready={status.state === 'ready' && !stale}
          showTable={showTable}
          onToggleTable={() => setShowTable((v) => !v)}
          asOf={status.asOf ? formatPartialDate(status.asOf) : 'unknown'}
          sourceLine={sourceLine}
        />
      </header>
      {status.state === 'ready' ? (
        <p className="panel__summary" aria-live="polite">
          {summary}
        </p>
      ) : (
        // Holds the summary's place while loading, so the chart below does not jump when the text arrives.
        <div className="panel__summary-placeholder" aria-hidden="true" />
      )}
      {status.rejected.length > 0 && (
        <details className="panel__warning">
          <summary>
            {status.rejected.length} record{status.rejected.length === 1 ? '' : 's'} rejected by validation (the rest
            are shown)
          </summary>
          <ul>
            {status.rejected.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      <div
        className={`panel__body${status.state === 'loading' ? ' panel__body--loading' : ''}${stale ? ' panel__body--stale' : ''}`}
        ref={bodyRef}
        aria-busy={stale || undefined}
      >
        {status.state === 'loading' && !retry && <p role="status">Loading {title.toLowerCase()} data…</p>}
        {/* While a retry is out, the error box stays (its button says "Trying again…"), so the focus stays on it. */}
        {(status.state === 'error' || (status.state === 'loading' && retry)) && (
          <PanelError
            errors={status.state === 'error' ? status.errors : (retry?.from ?? [])}
            retry={retry}
            onRetry={(next) => {
              setRetry(next);
              status.errors.forEach((e) => void retryDataset(queryClient, store, e.name));
            }}
          />
        )}
        {status.state === 'ready' && emptyReason && (
          <div className="panel__empty" role="status">
            <p>Nothing matches these filters — {emptyReason}</p>
            <button type="button" onClick={filtersReset}>
              Reset filters
            </button>
          </div>
        )}
        {status.state === 'ready' && !emptyReason && !drawn && (
          // Holds about a screen of room, so the panels below do not jump when the body is drawn.
          <p className="panel__pending" data-draw-pending="">
            Charts, lists and tables are drawn when this panel scrolls into view or gets keyboard focus.
          </p>
        )}
        {status.state === 'ready' && !emptyReason && drawn && (
          <ErrorBoundary
            fallbackRender={({ error, resetErrorBoundary }) => (
              <div role="alert" className="panel__error">
                <p>This panel failed to draw: {error instanceof Error ? error.message : String(error)}</p>
                <button type="button" onClick={resetErrorBoundary}>
                  Try again
                </button>
              </div>
            )}
          >
            {/* Panel bodies are loaded on demand; the room is held so nothing below jumps when they arrive. */}
            <DrawNowContext.Provider value={drawNow}>
              <Suspense
                fallback={
                  <p className="panel__pending" data-draw-pending="">
                    Drawing the charts…
                  </p>
                }
              >
                {children}
              </Suspense>
            </DrawNowContext.Provider>
          </ErrorBoundary>
        )}
      </div>
      {showTable && status.state === 'ready' && table && <DataTable model={table} />}
    </section>
  );
}

/** A DRAW_PANEL_EVENT inside the panel (an export) draws everything in it now, synchronously. */
function useDrawPanelEvent(sectionRef: RefObject<HTMLElement | null>, setDrawNow: (value: boolean) => void): void {
  useEffect(() => {
    const section = sectionRef.current;
    if (!section) return;
    const draw = () => flushSync(() => setDrawNow(true));
    section.addEventListener(DRAW_PANEL_EVENT, draw);
    return () => section.removeEventListener(DRAW_PANEL_EVENT, draw);
  }, [sectionRef, setDrawNow]);
}

/**
 * Browsers leave full screen on Escape themselves; where the key reaches the page instead (some kiosk and headless
 * set-ups, clickers mapped to Escape) this does the same, so Escape always returns.
 */
function useEscapeLeavesFullscreen(sectionRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && document.fullscreenElement && document.fullscreenElement === sectionRef.current)
        void document.exitFullscreen();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sectionRef]);
}
