import { useCallback, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { DatasetName } from '@/data/schemas/registry';
import { formatPartialDate } from '@/lib/months';
import type { TableModel } from '@/lib/table-model';
import { useNearViewport } from '@/lib/use-near-viewport';
import { useDatasetSlots } from '@/store/hooks';
import type { SourceRef } from '@/domain/sources';
import type { PanelId } from '@/domain/view-state';
import { CardSlotContext, type CardSlotTargets } from './card-slot-context';
import type { CardTab } from './card-tab-id';
import { CardOtherPanels, CardTabList, CardTabPanel } from './card-tabs';
import { frameStatus } from './frame-status';
import { useDrawPanelEvent, useEscapeLeavesFullscreen } from './panel-events';
import { PanelBody } from './panel-body';
import { CardFooter, PanelHeader } from './panel-header';
import { useRetryFocus } from './use-retry-focus';

export interface PanelFrameProps {
  id: PanelId;
  title: string;
  /** The files this panel needs: it waits for them, and shows their errors (only theirs). */
  datasets: readonly DatasetName[];
  /** The one-line claim under the title, computed from the data (the panel's *-takeaway.ts). */
  takeaway: string;
  /** The careful text summary: read out on every change, and shown in the Table tab. */
  summary: string;
  /** Set when the filters leave nothing to show. */
  emptyReason?: string | null | undefined;
  /** The sources of the records shown, best first: the footer's source line, the Sources tab and the exports. */
  sourceRefs: readonly SourceRef[];
  /** The table behind the Table tab and "Download CSV". */
  table: TableModel | null;
  /** The body still shows the previous filters' charts while the new ones are drawn (see useValueAfterPaint). */
  stale?: boolean;
  /** Whether the body is a chart with an SVG to export (the map is not). */
  hasSvg?: boolean;
  /** The name of the tab holding the body's secondary blocks (see CardSlot); none when the body has none. */
  more?: string;
  /** The hero: the body, whose secondary blocks go to the tabs through CardSlot. */
  children: ReactNode;
}

/**
 * A dashboard card in the manner of OWID's Chart | Table | Sources: the title and a takeaway, one hero chart, and the
 * rest behind tabs. Charts are the expensive part of the page: the hero is drawn once the card is near the screen (and
 * at once on keyboard focus or an export); a tab's content is drawn only once the tab is opened.
 */
export function PanelFrame(props: PanelFrameProps) {
  const { id, title, datasets, takeaway, summary, emptyReason, sourceRefs, table } = props;
  const { stale = false, hasSvg = true, more, children } = props;
  const titleId = useId();
  const tabIds = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const [tab, setTab] = useState<CardTab>('chart');
  const [opened, setOpened] = useState({ more: false, notes: false });
  const [moreTarget, setMoreTarget] = useState<HTMLElement | null>(null);
  const [notesTarget, setNotesTarget] = useState<HTMLElement | null>(null);
  const slots = useDatasetSlots(datasets);
  const status = useMemo(() => frameStatus(datasets, slots), [datasets, slots]);
  const [retry, setRetry] = useRetryFocus(status.state, titleRef);
  const near = useNearViewport(sectionRef);
  const [drawNow, setDrawNow] = useState(false);
  useDrawPanelEvent(sectionRef, setDrawNow);
  useEscapeLeavesFullscreen(sectionRef);
  const ready = status.state === 'ready';
  // Stable: the memoised tab list and panels take it as a prop.
  const select = useCallback((next: CardTab) => {
    setTab(next);
    if (next === 'more') setOpened((o) => (o.more ? o : { ...o, more: true }));
    if (next === 'sources') setOpened((o) => (o.notes ? o : { ...o, notes: true }));
  }, []);
  const targets: CardSlotTargets = useMemo(
    () => ({
      more: moreTarget,
      notes: notesTarget,
      opened,
      show: (slot) => select(slot === 'hero' ? 'chart' : slot === 'more' ? 'more' : 'sources'),
    }),
    [moreTarget, notesTarget, opened, select],
  );

  return (
    <section
      ref={sectionRef}
      className="panel card"
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
        takeaway={ready ? takeaway : null}
        asOf={status.asOf ? formatPartialDate(status.asOf) : null}
        sourceRefs={sourceRefs}
        sectionRef={sectionRef}
        bodyRef={bodyRef}
        table={table}
        hasSvg={hasSvg}
        ready={ready && !stale}
        // An image export draws the hero: show its tab first (synchronously, so the export finds it laid out).
        showChart={() => flushSync(() => select('chart'))}
      />
      {ready ? (
        // The careful summary is for screen readers here (read on every change) and is shown in the Table tab.
        <p className="panel__summary visually-hidden" aria-live="polite">
          {summary}
        </p>
      ) : (
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
      <CardTabList id={id} title={title} prefix={tabIds} more={more} selected={tab} onSelect={select} />
      {/* The hero stays laid out (not display: none) behind the other tabs: its charts keep their size, and an
          export finds them drawn. `inert` keeps it out of the focus order and the accessibility tree meanwhile. */}
      <CardTabPanel
        prefix={tabIds}
        tab="chart"
        selected={tab}
        className="card__panel card__panel--hero"
        inert={tab !== 'chart' || undefined}
        data-hero-chart={id}
      >
        <CardSlotContext.Provider value={targets}>
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
        </CardSlotContext.Provider>
      </CardTabPanel>
      <CardOtherPanels
        title={title}
        prefix={tabIds}
        more={more}
        selected={tab}
        ready={ready}
        summary={summary}
        table={table}
        sourceRefs={sourceRefs}
        notesOpened={opened.notes}
        setMoreTarget={setMoreTarget}
        setNotesTarget={setNotesTarget}
      />
      <CardFooter
        id={id}
        title={title}
        asOf={status.asOf ? formatPartialDate(status.asOf) : null}
        sourceRefs={sourceRefs}
      />
    </section>
  );
}
