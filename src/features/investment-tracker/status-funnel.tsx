import { useCallback, useMemo, type KeyboardEvent } from 'react';
import { ChartFigure } from '@/components/chart-box/chart-figure';
import type { FunnelStage, TroubledGroup } from './funnel-selectors';
import type { ProjectStatus } from './investment-selectors';
import {
  funnelHeight,
  layoutFunnel,
  LABEL_SIZE,
  VALUE_SIZE,
  type FunnelRowInput,
  type FunnelRowLayout,
} from './status-funnel-layout';
import { funnelRowInputs, funnelRows, funnelTitle } from './status-funnel-rows';

interface StatusFunnelProps {
  stages: readonly FunnelStage[];
  troubled: TroubledGroup;
  onToggle: (status: ProjectStatus) => void;
  /** Sets the status filter to exactly these statuses (or clears it with []). */
  onStatuses: (statuses: ProjectStatus[]) => void;
}

/**
 * Announced → agreed → under construction → operating or completed, then suspended, stalled and cancelled apart, as
 * a published chart (its own Export chart menu). Each stage is a toggle button for the shared status filter; the bar
 * length is the count relative to the largest stage. "Troubled" selects the three ways off the path at once.
 */
export function StatusFunnel({ stages, troubled, onToggle, onStatuses }: StatusFunnelProps) {
  const inputs = useMemo(() => funnelRowInputs(stages, troubled), [stages, troubled]);
  const rows = useMemo(() => funnelRows(stages, troubled), [stages, troubled]);
  const height = useCallback((width: number, room?: number) => funnelHeight(inputs, width, room), [inputs]);
  const pressed = useMemo(() => {
    const map = new Map<string, boolean>(stages.map((s) => [s.status, s.selected]));
    map.set('troubled', troubled.selected);
    return map;
  }, [stages, troubled]);
  const onRow = useCallback(
    (key: string) => {
      if (key === 'troubled') onStatuses(troubled.selected ? [] : [...troubled.statuses]);
      else onToggle(key as ProjectStatus);
    },
    [onStatuses, onToggle, troubled],
  );
  return (
    <ChartFigure
      chartId="investment-status"
      dataFile="projects"
      title={funnelTitle(stages, troubled)}
      units="Projects by status (number), with their values summed per original currency"
      filters="all"
      kind="svg"
      height={height}
      rows={rows}
    >
      <FunnelSvg rows={inputs} pressed={pressed} onRow={onRow} />
    </ChartFigure>
  );
}

interface FunnelSvgProps {
  rows: readonly FunnelRowInput[];
  pressed: ReadonlyMap<string, boolean>;
  onRow: (key: string) => void;
  width?: number;
  height?: number;
}

function FunnelSvg({ rows, pressed, onRow, width = 640, height = 400 }: FunnelSvgProps) {
  const layout = useMemo(() => layoutFunnel(rows, width, height), [rows, width, height]);
  const stages = layout.rows.slice(0, -1);
  const group = layout.rows.at(-1);
  const input = (key: string) => rows.find((r) => r.key === key);
  const row = (l: FunnelRowLayout) => (
    <FunnelRow
      key={l.key}
      layout={l}
      input={input(l.key)}
      width={width}
      pressed={pressed.get(l.key) ?? false}
      onRow={onRow}
    />
  );
  return (
    // Lower than even the counts-only rows need (a slide's plot area): the drawing scales down rather than overflow.
    <svg
      data-chart-svg=""
      className="funnel"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${Math.max(height, layout.height)}`}
    >
      <g role="list" aria-label="Projects by status">
        {stages.map((l) => (
          <g key={l.key} role="listitem">
            {row(l)}
          </g>
        ))}
      </g>
      {group && row(group)}
    </svg>
  );
}

interface FunnelRowProps {
  layout: FunnelRowLayout;
  input: FunnelRowInput | undefined;
  width: number;
  pressed: boolean;
  onRow: (key: string) => void;
}

/** One stage as a toggle button: the whole row is its hit area; a pressed stage's bar has a black outline. */
function FunnelRow({ layout: l, input, width, pressed, onRow }: FunnelRowProps) {
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onRow(l.key);
    }
  };
  return (
    <>
      {l.ruleY !== null && (
        <line x1={0} x2={width} y1={l.ruleY} y2={l.ruleY} stroke="currentColor" strokeOpacity={0.35} />
      )}
      <g
        role="button"
        tabIndex={0}
        className="bar-button"
        aria-pressed={pressed}
        aria-label={input?.label}
        onClick={() => onRow(l.key)}
        onKeyDown={onKeyDown}
      >
        <rect
          className="bar-button__hit"
          x={0}
          y={l.top - 3}
          width={width}
          height={l.height + 6}
          fill={pressed ? '#0072b2' : 'transparent'}
          fillOpacity={pressed ? 0.12 : 0}
          rx={3}
        />
        <text
          x={l.label.x}
          y={l.label.y}
          fontSize={LABEL_SIZE}
          fontWeight={l.key === 'troubled' || pressed ? 700 : 400}
          fill="currentColor"
        >
          {l.label.lines.map((t, i) => (
            <tspan key={i} x={l.label.x} dy={i === 0 ? 0 : 17}>
              {t}
            </tspan>
          ))}
        </text>
        {l.bar && input && (
          <rect {...l.bar} rx={2} fill={input.color} stroke={pressed ? '#000' : 'none'} strokeWidth={pressed ? 2 : 0} />
        )}
        {l.values.lines.length > 0 && (
          <text x={l.values.x} y={l.values.y} fontSize={VALUE_SIZE} fill="currentColor" fillOpacity={0.78}>
            {l.values.lines.map((t, i) => (
              <tspan key={i} x={l.values.x} dy={i === 0 ? 0 : 15}>
                {t}
              </tspan>
            ))}
          </text>
        )}
      </g>
    </>
  );
}
