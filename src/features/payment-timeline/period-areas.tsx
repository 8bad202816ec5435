import { useId, type ReactElement } from 'react';
import { DefaultZIndexes, usePlotArea, useXAxisScale, ZIndexLayer } from 'recharts';
import type { CombinedPeriod } from './combined-periods';
import { PeriodLabel } from './period-label';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Each combined period is one marked span over its months, with its total written in it where there is room: the
 * months are known only together, so the lines break there rather than draw a split nobody published. Rendered as a
 * child of the recharts chart.
 *
 * Drawn as one layer, as recharts' ReferenceArea draws each (the span from the start of its first month to the end of
 * its last, the plot's height, clipped to the plot, under the lines; the label above them), not as one ReferenceArea
 * per period: every ReferenceArea registers itself in the chart's store again on each render of it, and each
 * registration copies the store's list of areas and notifies every subscriber of the chart, so a filter change cost
 * the square of the number of periods (a quarter of all the work of a filter change at 100× data).
 */
export function PeriodAreaLayer({ periods }: { periods: readonly CombinedPeriod[] }): ReactElement | null {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  const clipId = `${useId().replace(/:/g, '')}-periods`;
  if (!scale || !plot || periods.length === 0) return null;
  const boxes = periods.flatMap((period) => {
    const x1 = scale(period.from, { position: 'start' });
    const x2 = scale(period.to, { position: 'end' });
    if (!Number.isFinite(x1) || !Number.isFinite(x2)) return [];
    const [left, right] = [Math.min(x1 as number, x2 as number), Math.max(x1 as number, x2 as number)];
    const box: Box = { x: left, y: plot.y, width: right - left, height: plot.height };
    return [{ period, box }];
  });
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.area}>
        <defs>
          <clipPath id={clipId}>
            <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} />
          </clipPath>
        </defs>
        {boxes.map(({ period, box }) => (
          <g key={period.id} className="recharts-reference-area payments__period">
            <rect
              className="recharts-rectangle recharts-reference-area-rect"
              clipPath={`url(#${clipId})`}
              {...box}
              fill="currentColor"
              fillOpacity={0.07}
              stroke="currentColor"
              strokeOpacity={0.45}
              strokeDasharray="3 3"
            />
          </g>
        ))}
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.label}>
        {boxes.map(({ period, box }) => (
          <PeriodLabel key={period.id} viewBox={box} period={period} />
        ))}
      </ZIndexLayer>
    </>
  );
}
