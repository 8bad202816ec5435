import { Suspense, type ReactNode, type RefObject } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { DrawNowContext } from '@/lib/use-near-viewport';
import { useDashboardActions } from '@/store/hooks';
import type { FrameStatus } from './frame-status';
import { PanelError, type RetryState } from './panel-error';

interface PanelBodyProps {
  title: string;
  status: FrameStatus;
  bodyRef: RefObject<HTMLDivElement | null>;
  emptyReason: string | null | undefined;
  stale: boolean;
  /** Near the screen, focused or exported: the body may be drawn. */
  drawn: boolean;
  /** Focused or exported: everything in the body is drawn at once. */
  drawNow: boolean;
  retry: RetryState | null;
  onRetry: (next: RetryState) => void;
  children: ReactNode;
}

/** The body's states: loading, the files' errors with Retry, nothing to show, not drawn yet, or the body itself. */
export function PanelBody(props: PanelBodyProps) {
  const { title, status, bodyRef, emptyReason, stale, drawn, drawNow, retry, onRetry, children } = props;
  const { filtersReset } = useDashboardActions();
  const ready = status.state === 'ready';
  return (
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
          onRetry={onRetry}
        />
      )}
      {ready && emptyReason && (
        <div className="panel__empty" role="status">
          <p>Nothing matches these filters — {emptyReason}</p>
          <button type="button" onClick={filtersReset}>
            Reset filters
          </button>
        </div>
      )}
      {ready && !emptyReason && !drawn && (
        // Holds about a screen of room, so the panels below do not jump when the body is drawn.
        <p className="panel__pending" data-draw-pending="">
          Charts, lists and tables are drawn when this panel scrolls into view or gets keyboard focus.
        </p>
      )}
      {ready && !emptyReason && drawn && (
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
  );
}
