import type { DatasetRecord } from '@/data/schemas/registry';
import { PAYMENT_CATEGORIES } from '@/data/schemas/payment-events';
import { OKABE_ITO } from '@/lib/colors';
import { formatPartialDate, partialDateSpan, type MonthKey } from '@/lib/months';
import { matchesSearch, spanInWindow } from '@/domain/filter-match';
import type { Filters } from '@/domain/view-state';
import { byCodeUnit } from '@/lib/compare';

export type PaymentEvent = DatasetRecord<'payment-events'>;
export type PaymentCategory = PaymentEvent['category'];

export type MarkerShape = 'square' | 'circle' | 'diamond' | 'triangle' | 'hexagon';

export interface CategoryStyle {
  label: string;
  color: string;
  /** Text colour on the marker: dark on light fills, white on dark ones, for contrast. */
  ink: string;
  /** A letter and a shape, so colour is never the only cue. */
  letter: string;
  shape: MarkerShape;
}

export const CATEGORY_STYLES: Record<PaymentCategory, CategoryStyle> = {
  sanction: { label: 'Sanction', color: OKABE_ITO.vermillion, ink: '#000000', letter: 'S', shape: 'square' },
  'bank-action': { label: 'Bank action', color: OKABE_ITO.blue, ink: '#ffffff', letter: 'B', shape: 'circle' },
  workaround: { label: 'Workaround', color: OKABE_ITO.bluishGreen, ink: '#000000', letter: 'W', shape: 'diamond' },
  statement: { label: 'Statement', color: OKABE_ITO.reddishPurple, ink: '#000000', letter: 'St', shape: 'triangle' },
  'trade-data': { label: 'Trade data', color: OKABE_ITO.orange, ink: '#000000', letter: 'T', shape: 'hexagon' },
};

export const CATEGORY_ORDER: readonly PaymentCategory[] = PAYMENT_CATEGORIES;

/** An event placed on the monthly axis; `stack` lifts events of the same month above one another. */
export interface PlacedEvent {
  event: PaymentEvent;
  month: MonthKey;
  stack: number;
  dateLabel: string;
}

/** The DOM id of an event's entry in the list (a chart marker click scrolls it into view). */
export const eventItemId = (id: string): string => `payment-event-item-${id}`;

export function filterPaymentEvents(events: readonly PaymentEvent[], filters: Filters): PaymentEvent[] {
  return events
    .filter(
      (e) =>
        spanInWindow(e.date, e.endDate ?? e.date, filters) &&
        matchesSearch(filters.search, [e.title, e.detail, ...e.actors]),
    )
    .sort((a, b) => byCodeUnit(a.date, b.date) || byCodeUnit(a.id, b.id));
}

export function eventDateLabel(event: Pick<PaymentEvent, 'date' | 'endDate'>): string {
  const start = formatPartialDate(event.date);
  return event.endDate && event.endDate !== event.date ? `${start} – ${formatPartialDate(event.endDate)}` : start;
}

/**
 * Marks each event at the first month it covers, clamped into the months drawn (an event that began before them but
 * runs into them is drawn at the first month shown).
 */
export function placeEvents(events: readonly PaymentEvent[], shown: { from: MonthKey; to: MonthKey }): PlacedEvent[] {
  const perMonth = new Map<MonthKey, number>();
  return events.map((event) => {
    const first = partialDateSpan(event.date).first;
    const month = first < shown.from ? shown.from : first > shown.to ? shown.to : first;
    const stack = perMonth.get(month) ?? 0;
    perMonth.set(month, stack + 1);
    return { event, month, stack, dateLabel: eventDateLabel(event) };
  });
}

export function countByCategory(events: readonly PaymentEvent[]): Record<PaymentCategory, number> {
  const counts = Object.fromEntries(CATEGORY_ORDER.map((c) => [c, 0])) as Record<PaymentCategory, number>;
  for (const e of events) counts[e.category] += 1;
  return counts;
}
