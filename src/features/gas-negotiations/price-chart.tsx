import { useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '@/components/chart-box/chart-figure';
import { OKABE_ITO } from '@/lib/colors';
import { formatNumber } from '@/lib/format';
import { formatPartialDate } from '@/lib/months';
import { ChartPatterns } from './chart-patterns';
import { gasPriceRows, gasPriceTitle } from './price-chart-rows';
import { EUROPE_COLOR, hatchId } from './chart-styles';
import { PRICE_KIND_LABELS, type PriceRow } from './price-selectors';

const CHINA = OKABE_ITO.blue;

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  rows: PriceRow[];
}

/** Two-line tick: the year and kind, then the vintage, so forecasts of different vintages are told apart. */
function PriceTick({ x = 0, y = 0, payload, rows }: TickProps & { index?: number }) {
  const row = rows.find((r) => r.key === payload?.value);
  if (!row) return null;
  return (
    <text x={Number(x)} y={Number(y) + 12} textAnchor="middle" fontSize={11} fill="currentColor">
      <tspan x={Number(x)}>{`${row.year} ${PRICE_KIND_LABELS[row.kind]}`}</tspan>
      <tspan x={Number(x)} dy={13}>{`pub. ${formatPartialDate(row.vintage)}`}</tspan>
    </text>
  );
}

/** Sourced average export prices, US$ per 1,000 m³: solid = actual, hatched = forecast or estimate. */
export function PriceChart({ rows }: { rows: PriceRow[] }) {
  const base = useId().replace(/:/g, '');
  const fill = (color: string, row: PriceRow) => (row.kind === 'actual' ? color : `url(#${hatchId(base, color)})`);
  const csv = useMemo(() => gasPriceRows(rows), [rows]);
  const title = useMemo(() => gasPriceTitle(rows), [rows]);
  return (
    <ChartFigure
      chartId="gas-price"
      dataFile="gas-prices"
      title={title}
      units="Average export price, US$ per 1,000 m³ · blue: to China · orange: to Europe + Turkey · hatched: forecast or estimate"
      filters="window"
      height={260}
      rows={csv}
    >
      <BarChart data={rows} margin={{ top: 8, right: 16, left: 0, bottom: 24 }}>
        <ChartPatterns base={base} colors={[CHINA, EUROPE_COLOR]} />
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        {/* Two-line ticks: recharts sizes them by the formatter's text and keeps every n-th on a narrow plot. */}
        <XAxis
          dataKey="key"
          interval="equidistantPreserveStart"
          minTickGap={4}
          tickFormatter={() => 'XXXX forecast'}
          tick={<PriceTick rows={rows} />}
          height={36}
        />
        <YAxis tick={{ fill: 'currentColor', fontSize: 12 }} width={40} />
        <Tooltip
          formatter={(v) => (typeof v === 'number' ? `US$${formatNumber(v, 1)} per 1,000 m³` : '— not sourced')}
          labelFormatter={(k) => rows.find((r) => r.key === k)?.label ?? String(k)}
        />
        <Bar dataKey="china" name="China" fill={CHINA} isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.key} fill={fill(CHINA, r)} stroke={CHINA} />
          ))}
        </Bar>
        <Bar dataKey="europe" name="Europe + Turkey" fill={EUROPE_COLOR} isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.key} fill={fill(EUROPE_COLOR, r)} stroke={EUROPE_COLOR} />
          ))}
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
