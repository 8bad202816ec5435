import { useEffect, useState, type RefObject } from 'react';
import { usePanelExport } from '@/components/export/use-panel-export';
import type { TableModel } from '@/lib/table-model';
import { useDashboardActions, useFocusedPanel } from '@/store/hooks';
import type { SourceRef } from '@/domain/sources';
import type { PanelId } from '@/domain/view-state';
import { CardSourceLine } from './card-source-line';
import { ExportMenu } from './export-menu';
import { FilterTags } from './filter-tags';

interface PanelHeaderProps {
  id: PanelId;
  title: string;
  titleId: string;
  titleRef: RefObject<HTMLHeadingElement | null>;
  /** The card's claim; null while its files load. */
  takeaway: string | null;
  /** The newest "as of" date of the panel's files, formatted; null while they load. */
  asOf: string | null;
  /** The sources of what the card shows, best first: the exports list every one. */
  sourceRefs: readonly SourceRef[];
  sectionRef: RefObject<HTMLElement | null>;
  bodyRef: RefObject<HTMLDivElement | null>;
  table: TableModel | null;
  hasSvg: boolean;
  /** Nothing is exported half-loaded: the menu's downloads wait for the data. */
  ready: boolean;
  showChart: () => void;
}

/** The title, the card's actions (one Export menu, Full screen, Focus) and the takeaway. */
export function PanelHeader(props: PanelHeaderProps) {
  const { id, title, titleId, titleRef, takeaway, asOf, sourceRefs, sectionRef, bodyRef, table, hasSvg, ready } = props;
  const { panelFocused } = useDashboardActions();
  const isFocused = useFocusedPanel() === id;
  const exports = usePanelExport({
    title,
    panel: id,
    bodyRef,
    table,
    hasSvg,
    ready,
    asOf: asOf ?? 'unknown',
    sourceRefs,
  });
  const fullScreen = useIsFullScreen(sectionRef);
  return (
    <header className="panel__header card__header">
      <h2 id={titleId} ref={titleRef} tabIndex={-1}>
        {title}
      </h2>
      <div className="card__actions">
        <ExportMenu
          title={title}
          exports={exports}
          ready={ready}
          hasSvg={hasSvg}
          hasTable={table !== null}
          beforeImage={props.showChart}
        />
        <button
          type="button"
          className="card__action card__action--icon"
          aria-pressed={fullScreen}
          aria-label="Full screen"
          title="Full screen (Escape leaves it)"
          onClick={() => {
            if (document.fullscreenElement) void document.exitFullscreen();
            else void sectionRef.current?.requestFullscreen?.();
          }}
        >
          <Icon d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" />
        </button>
        <button
          type="button"
          className="card__action card__action--icon"
          aria-pressed={isFocused}
          aria-label={`Focus ${title}`}
          title="Show this panel first and full width; saved views and presentations remember it"
          onClick={() => panelFocused(isFocused ? null : id)}
        >
          <Icon d="M8 1v4M8 11v4M1 8h4M11 8h4M8 5.5a2.5 2.5 0 1 1 0 5a2.5 2.5 0 1 1 0-5" />
        </button>
      </div>
      <p className="card__takeaway">{takeaway ?? '…'}</p>
      <p className="export-status" aria-live="polite">
        {exports.message}
      </p>
      {exports.error && (
        <p className="export-error" role="alert">
          {exports.error}
        </p>
      )}
    </header>
  );
}

/** A 16-px line icon; the button carries the name. */
function Icon({ d }: { d: string }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}

/** The as-of date, the complete source line (its numbered list a click away) and the filter tags, under the hero. */
export function CardFooter({
  id,
  title,
  asOf,
  sourceRefs,
}: {
  id: PanelId;
  title: string;
  asOf: string | null;
  sourceRefs: readonly SourceRef[];
}) {
  return (
    <footer className="card__footer">
      <CardSourceLine refs={sourceRefs} title={title} asOf={asOf} />
      <FilterTags panel={id} title={title} />
    </footer>
  );
}

function useIsFullScreen(sectionRef: RefObject<HTMLElement | null>): boolean {
  const [fullScreen, setFullScreen] = useState(false);
  useEffect(() => {
    const onChange = () =>
      setFullScreen(document.fullscreenElement === sectionRef.current && sectionRef.current !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [sectionRef]);
  return fullScreen;
}
