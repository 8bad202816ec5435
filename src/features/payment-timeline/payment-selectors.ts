import { definePanel, type PanelFrameText } from '@/components/panel-frame/panel-spec';
import type { DatasetRecord } from '@/data/schemas/registry';
import { formatNumber, formatPercent, formatUsdBn, pluralise } from '@/lib/format';
import type { TableModel } from '@/lib/table-model';
import { selectAnnotations, type Annotation } from '@/domain/annotations';
import { dateInWindow, spanInWindow, yearInWindow } from '@/domain/filter-match';
import type { Filters } from '@/domain/view-state';
import { filterPaymentEvents, placeEvents, type PaymentEvent, type PlacedEvent } from './payment-events';
import { paymentTakeaway } from './payment-takeaway';
import { combinedPeriods, type CombinedPeriod } from './combined-periods';
import { annualTable, monthsTable, periodsTable, yuanShareTable } from './payment-tables';
import { monthPoints, sharpestFall, tradeAxis, windowIndices, type MonthPoint, type TradeMonth } from './trade-series';

/**
 * The panel's question starts with the 2022 sanctions, so the axis shows 2022 even where no monthly figure is sourced
 * (an honest gap; the annual table gives the year's total). Earlier monthly data would extend it.
 */
export const AXIS_STARTS_BY = '2022-01';

export interface PaymentInputs {
  months: readonly TradeMonth[];
  events: readonly PaymentEvent[];
  annual: readonly DatasetRecord<'trade-annual'>[];
  periods: readonly DatasetRecord<'trade-periods'>[];
  yuan: readonly DatasetRecord<'yuan-share'>[];
  keyEvents: readonly DatasetRecord<'events'>[];
}

/** What the panel frame and the window sliders need at once on a filter change (the rest follows, deferred). */
export interface PaymentFrame extends PanelFrameText {
  /** Every month of the axis (the brush's overview); `window` says which of them the filters show. */
  axis: MonthPoint[];
  window: { start: number; end: number } | null;
}

/** The deferred part: what the body draws. The frame's text is selectPaymentFrame's. */
export interface PaymentView extends Pick<PaymentFrame, 'axis' | 'window'> {
  shown: MonthPoint[];
  /** Combined periods that reach into the window: drawn as one marked span each, never split into months. */
  combined: CombinedPeriod[];
  events: PaymentEvent[];
  placed: PlacedEvent[];
  annotations: Annotation[];
  hasExports: boolean;
  hasImports: boolean;
  table: TableModel;
  annualTable: TableModel;
  periodsTable: TableModel;
  yuanTable: TableModel;
}

type TradePeriods = PaymentInputs['periods'];

// The axis depends on the monthly and period files only, not on the filters: built once per loaded (or imported) pair.
const axes = new WeakMap<
  readonly TradeMonth[],
  WeakMap<TradePeriods, { axis: MonthPoint[]; combined: CombinedPeriod[] }>
>();
function axisOf(months: readonly TradeMonth[], periods: TradePeriods) {
  const byPeriods = axes.get(months) ?? new WeakMap();
  axes.set(months, byPeriods);
  let built = byPeriods.get(periods);
  if (!built) {
    const combined = combinedPeriods(periods);
    built = { axis: monthPoints(tradeAxis(months, AXIS_STARTS_BY, combined), months, combined), combined };
    byPeriods.set(periods, built);
  }
  return built;
}

/** The records in the time window (and Search, for the events): what the frame and the view both start from. */
function inWindow(input: PaymentInputs, filters: Filters) {
  const { axis, combined } = axisOf(input.months, input.periods);
  const window = windowIndices(
    axis.map((p) => p.month),
    filters,
  );
  return {
    axis,
    window,
    shown: window ? axis.slice(window.start, window.end + 1) : [],
    combined: combined.filter((p) => spanInWindow(p.from, p.to, filters)),
    events: filterPaymentEvents(input.events, filters),
    annual: input.annual.filter((r) => yearInWindow(r.year, filters)),
    periods: input.periods.filter((r) => spanInWindow(r.from, r.to, filters)),
    yuan: input.yuan.filter((r) => dateInWindow(r.date, filters)),
  };
}

function frameOf({ axis, window, shown, events, annual, periods, yuan }: ReturnType<typeof inWindow>): PaymentFrame {
  const reported = shown.filter((p) => p.total !== null || p.period !== null);
  return {
    axis,
    window,
    takeaway: paymentTakeaway(annual),
    summary: [tradeSentence(shown), `${pluralise(events.length, 'payment event')} in the window.`].join(' '),
    emptyReason:
      reported.length === 0 && events.length === 0 && yuan.length === 0
        ? 'no trade months, payment events or settlement shares in this time window.'
        : null,
    sourceIds: [
      ...[...reported, ...events, ...annual, ...periods, ...yuan].flatMap((r) => r.sources),
      ...reported.flatMap((p) => p.period?.sources ?? []),
      ...annual.flatMap((r) => (r.alternatives ?? []).flatMap((a) => a.sources)),
    ],
  };
}

/** Pure: the frame's text and the window, without the chart's placed events and the tables. */
export function selectPaymentFrame(input: PaymentInputs, filters: Filters): PaymentFrame {
  return frameOf(inWindow(input, filters));
}

export function selectPaymentView(input: PaymentInputs, filters: Filters): PaymentView {
  const records = inWindow(input, filters);
  const { shown, events, annual, periods, yuan } = records;
  const bounds =
    shown.length > 0
      ? { from: shown[0]?.month ?? filters.from, to: shown[shown.length - 1]?.month ?? filters.to }
      : filters;
  return {
    axis: records.axis,
    window: records.window,
    shown,
    combined: records.combined,
    events,
    placed: placeEvents(events, bounds),
    annotations: selectAnnotations(input.keyEvents, bounds),
    hasExports: shown.some((p) => p.exports !== null || (p.period?.exports ?? null) !== null),
    hasImports: shown.some((p) => p.imports !== null || (p.period?.imports ?? null) !== null),
    table: monthsTable(shown),
    annualTable: annualTable(annual),
    periodsTable: periodsTable(periods),
    yuanTable: yuanShareTable(yuan),
  };
}

/** What the monthly series does in the window: the sharpest fall, the first and last figures, and what is missing. */
export function tradeSentence(shown: readonly MonthPoint[]): string {
  const reported = shown.filter((p) => p.total !== null);
  const first = reported[0];
  const last = reported[reported.length - 1];
  if (!first || !last || first.total === null || last.total === null) return 'No monthly trade figure in this window.';
  const parts: string[] = [];
  const fall = sharpestFall(shown);
  if (fall) {
    const label = labelOf(shown);
    const derived = [fall.from, fall.to]
      .filter((m) => shown.find((p) => p.month === m)?.flagged)
      .map((m) => `${label(m)} is derived`);
    const between = fall.missingBetween.map((m) => shown.find((p) => p.month === m));
    const together = [...new Set(between.flatMap((p) => (p?.period ? [p.period.label] : [])))];
    const unsourced = between.flatMap((p) => (p && !p.period ? [p.label] : []));
    const missing = [
      ...(unsourced.length > 0 ? [`no figure for ${unsourced.join(', ')}`] : []),
      ...together.map((l) => `${l} known only together`),
    ];
    const gap = missing.length + derived.length > 0 ? ` (${[...missing, ...derived].join('; ')})` : '';
    parts.push(`Trade fell ${formatNumber(Math.abs(fall.pct))}% from ${label(fall.from)} to ${label(fall.to)}${gap}.`);
  } else if (reported.length > 1) {
    parts.push('No month-on-month fall in the window.');
  }
  const range =
    first === last
      ? `One month with a figure: ${formatUsdBn(first.total)} in ${first.label}`
      : `Monthly total ${formatUsdBn(first.total)} in ${first.label}, ${formatUsdBn(last.total)} in ${last.label} (${formatPercent(((last.total - first.total) / first.total) * 100)})`;
  const combined = shown.filter((p) => p.total === null && p.period !== null).length;
  const missing = shown.length - reported.length - combined;
  const flagged = reported.filter((p) => p.flagged).length;
  const notes = [
    combined > 0 ? `${pluralise(combined, 'month')} known only as two or more months together` : '',
    missing > 0 ? `${pluralise(missing, 'month')} without a figure` : '',
    flagged > 0 ? `${formatNumber(flagged, 0)} derived or approximate` : '',
  ]
    .filter(Boolean)
    .join(', ');
  parts.push(`${range}${notes ? `; ${notes}` : ''}.`);
  return parts.join(' ');
}

function labelOf(points: readonly MonthPoint[]): (month: string) => string {
  return (month) => points.find((p) => p.month === month)?.label ?? month;
}

/** The panel contract (see usePanelView): the files it reads, under the names the selectors read them by. */
export const PAYMENT_PANEL = definePanel({
  id: 'payments',
  datasets: {
    months: 'trade-monthly',
    annual: 'trade-annual',
    periods: 'trade-periods',
    events: 'payment-events',
    yuan: 'yuan-share',
    keyEvents: 'events',
    sources: 'sources',
  },
  selectFrame: selectPaymentFrame,
  selectView: selectPaymentView,
});
