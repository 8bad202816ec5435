import { useEffect, useState, type RefObject } from 'react';
import { exportCsv, exportPng, exportSvg } from '@/lib/export/export-panel';
import type { TableModel } from '@/lib/table-model';
import { useFilterLabels, useFilters } from '@/store/hooks';
import type { PanelId } from '@/store/view-state';
import { describeFilters } from '@/store/describe-filters';

interface PanelToolbarProps {
  title: string;
  panel: PanelId;
  sectionRef: RefObject<HTMLElement | null>;
  bodyRef: RefObject<HTMLDivElement | null>;
  table: TableModel | null;
  hasSvg: boolean;
  ready: boolean;
  showTable: boolean;
  onToggleTable: () => void;
  asOf: string;
  sourceLine: string;
}

export function PanelToolbar(props: PanelToolbarProps) {
  const { title, sectionRef, bodyRef, table, hasSvg, ready, showTable, onToggleTable, asOf, sourceLine } = props;
  const filters = useFilters();
  const labels = useFilterLabels();
  const [fullScreen, setFullScreen] = useState(false);

  useEffect(() => {
    const onChange = () => setFullScreen(document.fullscreenElement === sectionRef.current && sectionRef.current !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [sectionRef]);

  const context = () => {
    return {
      title,
      filterLine: describeFilters(filters, labels),
      sourceLine,
      asOf,
      viewUrl: window.location.href,
      from: filters.from,
      to: filters.to,
      table,
    };
  };
  const chartSvg = () => bodyRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface, svg[data-export]') ?? null;

  return (
    <div className="panel__toolbar" role="toolbar" aria-label={`${title} tools`}>
      <button type="button" disabled={!ready} onClick={() => void exportPng(bodyRef.current, context())}>
        Download PNG
      </button>
      {hasSvg && (
        <button type="button" disabled={!ready} onClick={() => exportSvg(chartSvg(), context())}>
          Download SVG
        </button>
      )}
      <button type="button" disabled={!ready || !table} onClick={() => exportCsv(context())}>
        Download CSV
      </button>
      <button type="button" aria-pressed={showTable} disabled={!ready} onClick={onToggleTable}>
        Show data table
      </button>
      <button
        type="button"
        aria-pressed={fullScreen}
        onClick={() => {
          if (document.fullscreenElement) void document.exitFullscreen();
          else void sectionRef.current?.requestFullscreen?.();
        }}
      >
        Full screen
      </button>
    </div>
  );
}
