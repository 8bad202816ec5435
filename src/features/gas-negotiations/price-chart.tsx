import { useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
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

/** Two-line category label left of its bars: the year and kind, then the vintage, so forecasts are told apart. */
function PriceTick({ x = 0, y = 0, payload, rows }: TickProps) {
  const row = rows.find((r) => r.key === payload?.value);
  if (!row) return null;
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" fontSize={11} fill="currentColor">
      <tspan x={Number(x)} dy={-3}>{`${row.year} ${PRICE_KIND_LABELS[row.kind]}`}</tspan>
      <tspan x={Number(x)} dy={13}>{`pub. ${formatPartialDate(row.vintage)}`}</tspan>
    </text>
  );
}

interface ValueLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
  index?: number;
}

const BAR_GAP = 2;
const OTHER = { china: 'europe', europe: 'china' } as const;
const NO_FIGURE = { china: 'China: no figure', europe: 'Europe + Turkey: no figure' } as const;

/**
 * The bar's value at its end. Recharts draws nothing for a missing value, so a bar also marks its partner's slot
 * (China above, Europe + Turkey below) "no figure" when the source gives none: a missing price is shown as missing.
 */
function valueLabel(series: 'china' | 'europe', rows: PriceRow[]) {
  return function ValueLabel({ x = 0, y = 0, width = 0, height = 0, value, index = -1 }: ValueLabelProps) {
    if (typeof value !== 'number') return null;
    const [top, h] = [Number(y), Number(height)];
    const missing = rows[index]?.[OTHER[series]] === null;
    const otherMiddle = series === 'china' ? top + h + BAR_GAP + h / 2 : top - BAR_GAP - h / 2;
    return (
      <g fontSize={11} fill="currentColor">
        <text x={Number(x) + Number(width) + 4} y={top + h / 2} dominantBaseline="central">
          {formatNumber(value, 0)}
        </text>
        {missing && (
          <text x={Number(x) + 4} y={otherMiddle} dominantBaseline="central" fontStyle="italic">
            {NO_FIGURE[OTHER[series]]}
          </text>
        )}
      </g>
    );
  };
}

/** Two bars (China, Europe + Turkey) per year and kind of figure. */
const GROUP_HEIGHT = 40;
const AXIS_ROOM = 32;

/**
 * Sourced average export prices, US$ per 1,000 m³: solid = actual, hatched = forecast or estimate. Horizontal bars,
 * so every year's two-line label is shown in full at any width (as columns, a phone kept 2 of 8 labels and a wide
 * card 4 of 7), and each bar carries its value.
 */
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
      height={AXIS_ROOM + Math.max(rows.length, 2) * GROUP_HEIGHT}
      rows={csv}
    >
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 56, left: 0, bottom: 4 }} barGap={BAR_GAP}>
        <ChartPatterns base={base} colors={[CHINA, EUROPE_COLOR]} />
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <YAxis
          type="category"
          dataKey="key"
          interval={0}
          tick={<PriceTick rows={rows} />}
          width={96}
          tickLine={false}
        />
        <XAxis type="number" tick={{ fill: 'currentColor', fontSize: 12 }} height={24} />
        <Tooltip
          formatter={(v) => (typeof v === 'number' ? `US$${formatNumber(v, 1)} per 1,000 m³` : '— not sourced')}
          labelFormatter={(k) => rows.find((r) => r.key === k)?.label ?? String(k)}
        />
        <Bar dataKey="china" name="China" fill={CHINA} isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.key} fill={fill(CHINA, r)} stroke={CHINA} />
          ))}
          <LabelList dataKey="china" content={valueLabel('china', rows)} />
        </Bar>
        <Bar dataKey="europe" name="Europe + Turkey" fill={EUROPE_COLOR} isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.key} fill={fill(EUROPE_COLOR, r)} stroke={EUROPE_COLOR} />
          ))}
          <LabelList dataKey="europe" content={valueLabel('europe', rows)} />
        </Bar>
      </BarChart>
    </ChartFigure>
  );
}
