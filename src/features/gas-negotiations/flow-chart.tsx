import { useId } from 'react';
import { Bar, CartesianGrid, Cell, ComposedChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartBox } from '@/components/chart-box/chart-box';
import { formatNumber } from '@/lib/format';
import { OKABE_ITO } from '@/lib/colors';
import { ChartPatterns, Swatch } from './chart-patterns';
import { dotsId, EUROPE_COLOR, hatchId, ROUTE_COLORS } from './chart-styles';
import type { CapacityLine, FlowRow } from './flow-selectors';
import type { AxisAnnotation } from './flow-table';

export interface FlowChartProps {
  rows: FlowRow[];
  capacityLines: CapacityLine[];
  combinedCapacity: number | null;
  annotations: AxisAnnotation[];
}

const POS1 = ROUTE_COLORS['power-of-siberia-1'] ?? OKABE_ITO.blue;
const COLORS = [POS1, EUROPE_COLOR];
/** Axis text follows the theme's text colour (recharts' default grey is too faint on the dark theme). */
const AXIS_TICK = { fill: 'currentColor', fontSize: 12 };

/** PoS-1 flows and Russia → Europe flows (bcm) as bars; design and agreed capacities (bcm/y) as horizontal lines. */
export function FlowChart({ rows, capacityLines, combinedCapacity, annotations }: FlowChartProps) {
  const base = useId().replace(/:/g, '');
  return (
    <figure className="gas-figure">
      <ChartBox height={320}>
        <ComposedChart data={rows} margin={{ top: 20, right: 44, left: 0, bottom: 0 }}>
          <ChartPatterns base={base} colors={COLORS} />
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="key" interval={0} tick={AXIS_TICK} />
          <YAxis
            tick={AXIS_TICK}
            label={{ value: 'bcm (per year)', angle: -90, position: 'insideLeft', offset: 12, fill: 'currentColor' }}
          />
          <Tooltip formatter={(v) => (typeof v === 'number' ? `${formatNumber(v, 2)} bcm` : String(v))} />
          <Bar dataKey="pos1" name="Power of Siberia 1 to China" fill={POS1} isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.key} fill={r.pos1Approx ? `url(#${dotsId(base, POS1)})` : POS1} stroke={POS1} />
            ))}
          </Bar>
          <Bar
            dataKey="europe"
            stackId="europe"
            name="Russian pipeline gas to Europe"
            fill={EUROPE_COLOR}
            isAnimationActive={false}
          >
            {rows.map((r) => (
              <Cell
                key={r.key}
                fill={r.europeApprox ? `url(#${dotsId(base, EUROPE_COLOR)})` : EUROPE_COLOR}
                stroke={EUROPE_COLOR}
              />
            ))}
          </Bar>
          <Bar
            dataKey="europeRangeExtra"
            stackId="europe"
            name="Upper end of the range"
            fill={`url(#${hatchId(base, EUROPE_COLOR)})`}
            stroke={EUROPE_COLOR}
            isAnimationActive={false}
          />
          {capacityLines.map((l, i) => (
            <ReferenceLine
              key={l.id}
              y={l.bcm}
              stroke={ROUTE_COLORS[l.routeId] ?? OKABE_ITO.grey}
              strokeWidth={2}
              strokeDasharray={l.planned ? '6 4' : undefined}
              ifOverflow="extendDomain"
              label={{
                value: formatNumber(l.bcm, 1),
                position: i % 2 === 0 ? 'right' : 'insideBottomRight',
                fontSize: 11,
                fill: 'currentColor',
              }}
            />
          ))}
          {combinedCapacity !== null && (
            <ReferenceLine
              y={combinedCapacity}
              stroke="currentColor"
              strokeDasharray="2 3"
              ifOverflow="extendDomain"
              label={{
                value: `≈${formatNumber(combinedCapacity, 1)}`,
                position: 'right',
                fontSize: 11,
                fill: 'currentColor',
              }}
            />
          )}
          {annotations.map((a) => (
            <ReferenceLine
              key={a.category}
              x={a.category}
              stroke={OKABE_ITO.grey}
              strokeDasharray="1 3"
              label={{ value: a.letter, position: 'top', fontSize: 11, fill: 'currentColor' }}
            />
          ))}
        </ComposedChart>
      </ChartBox>
      <FlowLegend capacityLines={capacityLines} combinedCapacity={combinedCapacity} />
    </figure>
  );
}

function FlowLegend({ capacityLines, combinedCapacity }: Pick<FlowChartProps, 'capacityLines' | 'combinedCapacity'>) {
  return (
    <ul className="gas-legend" aria-label="Flow chart legend">
      <li>
        <Swatch fill={POS1} /> Power of Siberia 1 flows to China (bcm)
      </li>
      <li>
        <Swatch fill={EUROPE_COLOR} /> Russian pipeline gas to Europe (bcm)
      </li>
      <li>
        <svg className="gas-swatch" width={22} height={12} aria-hidden="true">
          <rect x={1} y={1} width={20} height={10} fill="none" stroke={EUROPE_COLOR} strokeDasharray="2 2" />
        </svg>{' '}
        hatched: upper end of a range · dotted: approximate (“≈”)
      </li>
      {capacityLines.map((l) => (
        <li key={l.id}>
          <Swatch fill={ROUTE_COLORS[l.routeId] ?? OKABE_ITO.grey} line dashed={l.planned} /> {l.label}
          {l.planned ? ' (agreed on paper: dashed)' : ''}
        </li>
      ))}
      {combinedCapacity !== null && (
        <li>
          <Swatch fill="currentColor" line dashed /> ≈ derived: sum of the latest Russia → China pipeline capacities,{' '}
          {formatNumber(combinedCapacity, 1)} bcm/y
        </li>
      )}
    </ul>
  );
}
