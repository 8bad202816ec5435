import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import type { DatasetName } from '@/data/schemas/registry';
import { formatPartialDate } from '@/lib/months';
import type { TableModel } from '@/lib/table-model';
import { useNearViewport } from '@/lib/use-near-viewport';
import { useDatasetSlots } from '@/store/hooks';
import type { PanelId } from '@/domain/view-state';
import { frameStatus } from './frame-status';
import { useDrawPanelEvent, useEscapeLeavesFullscreen } from './panel-events';
import { PanelBody } from './panel-body';
import { PanelHeader } from './panel-header';
import { useRetryFocus } from './use-retry-focus';

export interface PanelFrameProps {
  id: PanelId;
  title: string;
  /** The files this panel needs: it waits for them, and shows their errors (only theirs). */
  datasets: readonly DatasetName[];
  /** One or two sentences that say what the chart shows under the current filters. */
  summary: string;
  /** Set when the filters leave nothing to show. */
  emptyReason?: string | null | undefined;
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
  const titleRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const [showTable, setShowTable] = useState(false);
  const slots = useDatasetSlots(datasets);
  const status = useMemo(() => frameStatus(datasets, slots), [datasets, slots]);
  const [retry, setRetry] = useRetryFocus(status.state, titleRef);
  // Charts are the expensive part of the page: a panel draws its body once it is near the screen, and everything in
  // it at once when it gets keyboard focus (so Tab reaches every bar and row) or is exported. The summary, the
  // toolbar and the "Show data table" table never wait.
  const near = useNearViewport(sectionRef);
  const [drawNow, setDrawNow] = useState(false);
  useDrawPanelEvent(sectionRef, setDrawNow);
  useEscapeLeavesFullscreen(sectionRef);
  const ready = status.state === 'ready';

  return (
    <section
      ref={sectionRef}
      className="panel"
      id={`panel-${id}`}
      aria-labelledby={titleId}
      data-panel={id}
      onFocus={drawNow ? undefined : () => setDrawNow(true)}
    >
      <PanelHeader
        id={id}
        title={title}
        titleId={titleId}
        titleRef={titleRef}
        asOf={status.asOf ? formatPartialDate(status.asOf) : null}
        sourceLine={sourceLine}
        sectionRef={sectionRef}
        bodyRef={bodyRef}
        table={table}
        hasSvg={hasSvg}
        ready={ready && !stale}
        showTable={showTable}
        onToggleTable={() => setShowTable((v) => !v)}
      />
      {ready ? (
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
      <PanelBody
        title={title}
        status={status}
        bodyRef={bodyRef}
        emptyReason={emptyReason}
        stale={stale}
        drawn={near || drawNow}
        drawNow={drawNow}
        retry={retry}
        onRetry={(next) => {
          setRetry(next);
          status.errors.forEach((e) => e.refetch());
        }}
      >
        {children}
      </PanelBody>
      {showTable && ready && table && <DataTable model={table} />}
    </section>
  );
}
