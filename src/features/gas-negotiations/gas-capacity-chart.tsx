import { useId, useMemo } from 'react';
import { Bar, BarChart, Cell, LabelList, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { ChartFigure } from '@/components/chart-box/chart-figure';
import { OKABE_ITO } from '@/lib/colors';
import { formatNumber } from '@/lib/format';
import { barLabels } from './bar-labels';
import { ChartPatterns } from './chart-patterns';
import { hatchId, ROUTE_COLORS } from './chart-styles';
import { COMBINED_NAME, gasCapacityRows, gasCapacityTitle } from './flow-chart-rows';
import type { CapacityLine } from './flow-selectors';

const ROW_PX = 46;

interface Datum {
  name: string;
  bcm: number;
  color: string;
  /** 'solid' operating, 'hatched' agreed on paper, 'outline' the derived sum. */
  look: 'solid' | 'hatched' | 'outline';
}

function CapacityTooltip({ active, payload }: TooltipContentProps) {
  const d = payload?.[0]?.payload as Datum | undefined;
  if (!active || !d) return null;
  return (
    <div className="chart-tooltip">
      <p>
        <strong>{d.name}</strong>
      </p>
      <p>
        {d.look === 'outline' ? '≈' : ''}
        {formatNumber(d.bcm, 1)} bcm a year{d.look === 'hatched' ? ' (agreed, not yet built)' : ''}
      </p>
    </div>
  );
}

/** Design and agreed capacities of the Russia → China pipelines, bcm a year, and their sum (derived). */
export function GasCapacityChart({ lines, combined }: { lines: CapacityLine[]; combined: number | null }) {
  const base = useId().replace(/:/g, '');
  const csv = useMemo(() => gasCapacityRows(lines, combined), [lines, combined]);
  const title = useMemo(() => gasCapacityTitle(lines, combined), [lines, combined]);
  const data = useMemo<Datum[]>(
    () =>
      csv.map((r, i) => {
        const line = lines[i];
        return {
          name: r.category === COMBINED_NAME ? 'All three routes, if built (sum)' : r.category,
          bcm: r.value ?? 0,
          color: line ? (ROUTE_COLORS[line.routeId] ?? OKABE_ITO.grey) : OKABE_ITO.grey,
          look: !line ? 'outline' : line.planned ? 'hatched' : 'solid',
        };
      }),
    [csv, lines],
  );
  const colors = useMemo(() => [...new Set(data.map((d) => d.color))], [data]);
  const height = data.length * ROW_PX + 24;
  return (
    <ChartFigure
      chartId="gas-capacity"
      dataFile="gas-routes"
      title={title}
      units="Billion cubic metres (bcm) a year · solid: operating · hatched: agreed on paper · outline: derived sum"
      filters="window"
      height={height}
      rows={csv}
    >
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 18, right: 48, left: 4, bottom: 4 }}
        barCategoryGap={20}
        accessibilityLayer={false}
      >
        <ChartPatterns base={base} colors={colors} />
        <XAxis type="number" hide domain={[0, 'dataMax']} />
        <YAxis type="category" dataKey="name" hide />
        <Tooltip content={CapacityTooltip} cursor={{ fillOpacity: 0.1 }} />
        <Bar dataKey="bcm" isAnimationActive={false} maxBarSize={18}>
          {data.map((d) => (
            <Cell
              key={d.name}
              fill={d.look === 'solid' ? d.color : d.look === 'hatched' ? `url(#${hatchId(base, d.color)})` : 'none'}
              stroke={d.look === 'outline' ? 'currentColor' : d.color}
              strokeDasharray={d.look === 'outline' ? '3 3' : undefined}
            />
          ))}
          <LabelList
            content={barLabels(
              data.map((d) => ({ name: d.name, value: `${d.look === 'outline' ? '≈' : ''}${formatNumber(d.bcm, 1)}` })),
            )}
          />
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
