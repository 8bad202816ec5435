import { cloneElement, useMemo, useRef, type ReactElement, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { DatasetName } from '@/data/schemas/registry';
import type { ChartId } from '@/domain/chart-ids';
import type { TidyRow } from '@/lib/tidy-csv';
import { ChartBox } from './chart-box';
import type { ChartHeight, ChartKind } from './chart-height';
import { useCaptionBuilder } from './chart-caption';
import { ChartExportMenu } from './chart-export-menu';
import { ChartRenderContext } from './chart-render-context';
import { useChartExport } from './use-chart-export';
import { useEmbedded } from './embed-context';
import { EmbedFooter } from './embed-footer';
import './chart-figure.css';

const NO_NOTES: readonly string[] = [];

export interface ChartFigureProps {
  chartId: ChartId;
  /** The data file the chart draws from (its "Data as of" date when the rows carry none). */
  dataFile: DatasetName;
  /** The takeaway, computed from the data the chart shows. */
  title: string;
  /** The units (the subtitle adds the filters applied). */
  units: string;
  /** Which filters apply to this chart. */
  filters: 'window' | 'all' | 'none';
  /** Fixed, or following the width (a self-drawn chart that wraps its labels). */
  height: ChartHeight;
  /** 'svg' for a component that draws its own `<svg data-chart-svg>` at the width and height it is given. */
  kind?: ChartKind;
  /** Exactly the rows and numbers the chart plots (a pure, tested selector; memoised by the caller). */
  rows: readonly TidyRow[];
  /** Numbered notes (labels folded for lack of room, scope caveats), shown under the chart and in every export. */
  notes?: readonly string[];
  /** The chart's key, between the units and the plot (where Datawrapper and the FT put it), under the title. */
  legend?: ReactNode;
  /** The notes list's accessible name (default: "Notes to …"). */
  notesLabel?: string;
  /** One chart (see kind); drawn at the box's width on screen and at the frame's size in exports. */
  children: ReactElement<{ width?: number; height?: number }>;
}

/**
 * A published chart (Datawrapper/OWID anatomy): title, units, the chart, its numbered notes, and its own Export chart
 * menu. Exports draw the chart again offscreen at the frame's size and lay the title, subtitle, footer (complete
 * source line, data date, credit, address) around it.
 */
export function ChartFigure(props: ChartFigureProps) {
  const { chartId, title, units, height, rows, children } = props;
  const notes = props.notes ?? NO_NOTES;
  const figureRef = useRef<HTMLElement>(null);
  const buildCaption = useCaptionBuilder({
    chartId,
    dataFile: props.dataFile,
    title,
    units,
    filters: props.filters,
    rows,
    notes,
  });
  const { run, message, stage, stageRef } = useChartExport({
    chartId,
    buildCaption,
    rows,
    figureRef,
    chartHeight: height,
  });
  const embedded = useEmbedded();
  // An embed is built once for one view: its caption (filters applied, data date) is read when it renders.
  const caption = embedded ? buildCaption() : null;
  const box = (
    <ChartBox height={height} kind={props.kind}>
      {children}
    </ChartBox>
  );
  const staged = useMemo(
    () => (stage ? cloneElement(children, { width: Math.round(stage.width), height: Math.round(stage.height) }) : null),
    [children, stage],
  );

  return (
    <figure ref={figureRef} className="chart-figure" data-chart-id={chartId} aria-labelledby={`${chartId}-title`}>
      <div className="chart-figure__head">
        <div>
          <p className="chart-figure__title" id={`${chartId}-title`}>
            {title}
          </p>
          <p className="chart-figure__units">{caption?.subtitle ?? units}</p>
        </div>
        {!embedded && (
          <div className="chart-figure__actions" data-export-ignore="">
            <ChartExportMenu title={title} onAction={run} />
          </div>
        )}
      </div>
      {props.legend && <div className="chart-figure__legend">{props.legend}</div>}
      {/* Embedded, the chart is a picture (its bars would set filters of a dashboard that is not there); the table
          in the footer carries its numbers for a screen reader. */}
      {embedded ? <div inert>{box}</div> : box}
      {notes.length > 0 && (
        <ul className="chart-figure__notes" aria-label={props.notesLabel ?? `Notes to “${title}”`}>
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {caption && <EmbedFooter title={title} rows={rows} caption={caption} />}
      <p className="chart-figure__status" role="status" data-export-ignore="">
        {message}
      </p>
      {staged &&
        createPortal(
          <div ref={stageRef} className="chart-figure__stage" aria-hidden="true" inert>
            <ChartRenderContext.Provider value="export">{staged}</ChartRenderContext.Provider>
          </div>,
          document.body,
        )}
    </figure>
  );
}
