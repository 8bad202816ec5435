import type { DatasetRecord } from '@/data/schemas/registry';
import { formatUsdBn, pluralise } from '@/lib/format';
import { formatPartialDate } from '@/lib/months';
import type { TableModel } from '@/lib/table-model';
import { dateInWindow, matchesSearch, spanInWindow } from '@/store/filter-match';
import type { Filters } from '@/store/view-state';

export type TradeMonth = DatasetRecord<'trade-monthly'>;
export type PaymentEvent = DatasetRecord<'payment-events'>;

export function filterTradeMonths(months: readonly TradeMonth[], filters: Filters): TradeMonth[] {
  return months.filter((m) => dateInWindow(m.month, filters)).sort((a, b) => a.month.localeCompare(b.month));
}

export function filterPaymentEvents(events: readonly PaymentEvent[], filters: Filters): PaymentEvent[] {
  return events
    .filter((e) => spanInWindow(e.date, e.endDate ?? e.date, filters) && matchesSearch(filters.search, [e.title, e.detail, ...e.actors]))
    .sort((a, b) => a.date.localeCompare(b.date));
}

export interface PaymentView {
  months: TradeMonth[];
  events: PaymentEvent[];
  summary: string;
  emptyReason: string | null;
  table: TableModel;
  sourceIds: string[];
}

export function selectPaymentView(months: readonly TradeMonth[], events: readonly PaymentEvent[], filters: Filters): PaymentView {
  const shownMonths = filterTradeMonths(months, filters);
  const shownEvents = filterPaymentEvents(events, filters);
  const total = shownMonths.reduce((sum, m) => sum + m.totalUsdBn, 0);
  return {
    months: shownMonths,
    events: shownEvents,
    summary: `${pluralise(shownEvents.length, 'payment event')} and ${pluralise(shownMonths.length, 'month')} of trade data in the window (${formatUsdBn(total)} across those months).`,
    emptyReason: shownMonths.length === 0 && shownEvents.length === 0 ? 'no trade months or payment events in this time window.' : null,
    table: {
      caption: 'Payment events',
      columns: [
        { key: 'date', label: 'Date' },
        { key: 'title', label: 'Event' },
        { key: 'category', label: 'Category' },
        { key: 'sources', label: 'Source ids' },
      ],
      rows: shownEvents.map((e) => ({ id: e.id, date: formatPartialDate(e.date), title: e.title, category: e.category, sources: e.sources.join(' ') })),
    },
    sourceIds: [...shownMonths.flatMap((m) => m.sources), ...shownEvents.flatMap((e) => e.sources)],
  };
}
