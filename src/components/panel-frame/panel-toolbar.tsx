import { useEffect, useState, type RefObject } from 'react';
import '@/lib/export/export.css';
import { ExportOptions } from '@/lib/export/export-options';
import { preloadPanelExports, usePanelExport } from '@/lib/export/use-panel-export';
import type { TableModel } from '@/lib/table-model';
import type { PanelId } from '@/domain/view-state';

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

/**
 * The panel's tools. Every export goes through `src/lib/export` (panels never write their own); the buttons stay
 * disabled until the panel's data is ready, so nothing is exported half-loaded, and each export ends with a message.
 * While one export runs the buttons are only aria-disabled (clicks are ignored): disabling them would drop focus.
 */
export function PanelToolbar(props: PanelToolbarProps) {
  const { title, panel, sectionRef, bodyRef, table, hasSvg, ready, showTable, onToggleTable, asOf, sourceLine } = props;
  const exports = usePanelExport({ title, panel, bodyRef, table, hasSvg, ready, asOf, sourceLine });
  const [fullScreen, setFullScreen] = useState(false);

  useEffect(() => {
    const onChange = () =>
      setFullScreen(document.fullscreenElement === sectionRef.current && sectionRef.current !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [sectionRef]);

  const busy = exports.busy !== null;
  return (
    <>
      <div
        className="panel__toolbar"
        role="toolbar"
        aria-label={`${title} tools`}
        aria-busy={busy}
        onPointerEnter={() => void preloadPanelExports()}
        onFocus={() => void preloadPanelExports()}
      >
        <button type="button" disabled={!ready} aria-disabled={busy || undefined} onClick={() => exports.run('png')}>
          Download PNG
        </button>
        {hasSvg && (
          <button type="button" disabled={!ready} aria-disabled={busy || undefined} onClick={() => exports.run('svg')}>
            Download SVG
          </button>
        )}
        <button
          type="button"
          disabled={!ready || !table}
          aria-disabled={busy || undefined}
          onClick={() => exports.run('csv')}
        >
          Download CSV
        </button>
        <ExportOptions state={exports} disabled={!ready} title={title} />
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
      <p className="export-status" aria-live="polite">
        {exports.message}
      </p>
      {exports.error && (
        <p className="export-error" role="alert">
          {exports.error}
        </p>
      )}
    </>
  );
}
