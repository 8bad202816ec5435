import type { jsPDF } from 'jspdf';
import type { StoreApi } from 'zustand/vanilla';
import type { DatasetRecord } from '@/data/schemas/registry';
import { OVERVIEW_DATASETS } from '@/features/overview/overview-selectors';
import { viewOf, type DashboardStore } from '@/store/dashboard-store';
import type { SavedView } from '@/store/saved-views';
import { PANEL_HERO_CHART } from '@/domain/chart-ids';
import { PANEL_IDS, PANEL_TITLES } from '@/domain/view-state';
import { newPdf, placeImage, writeText } from './deck-pdf';
import { figureText, overviewFigures } from './overview-figures';
import { captureSlides } from './slide-capture';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const WIDTH = A4.width - 2 * MARGIN;
const MUTED = '#555b63';

/** Longer source lines (about four lines of the A4 column at 8.5 pt) are left to the numbered list at the end. */
const LONG_SOURCE_LINE = 480;

/** "1–4, 7, 9–10": source numbers, consecutive ones as ranges. */
export function numberRanges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i += 1) {
    const start = sorted[i] as number;
    while (sorted[i + 1] === (sorted[i] as number) + 1) i += 1;
    parts.push(start === sorted[i] ? String(start) : `${start}–${sorted[i]}`);
  }
  return parts.join(', ');
}

/** Writes on, starting a new page when `needed` points do not fit. */
function cursor(pdf: jsPDF) {
  let y = MARGIN;
  return {
    get y() {
      return y;
    },
    set y(value: number) {
      y = value;
    },
    room(needed: number) {
      if (y + needed <= A4.height - MARGIN) return;
      pdf.addPage('a4', 'portrait');
      y = MARGIN;
    },
  };
}

/**
 * The briefing of the current view, for a client memo: the date and filters, the overview figures, each panel's hero
 * chart with its takeaway and source line, and the full numbered list of the sources they cite. Text is PDF text;
 * the charts are images drawn like the deck's.
 */
export async function briefingPdf(store: StoreApi<DashboardStore>): Promise<Blob> {
  const state = store.getState();
  const view = viewOf(state);
  const heroes: SavedView[] = PANEL_IDS.map((panel) => ({
    id: `briefing-${panel}`,
    name: PANEL_TITLES[panel],
    title: PANEL_TITLES[panel],
    note: '',
    chart: PANEL_HERO_CHART[panel],
    view: { ...view, focusedPanel: panel },
  }));
  const captured = await captureSlides(store, heroes);
  const { figures } = overviewFigures(
    OVERVIEW_DATASETS.map((name) => state.datasets[name]),
    view.filters,
  );
  const slot = state.datasets.sources;
  const sources = (slot?.status === 'ready' ? slot.data.records : []) as readonly DatasetRecord<'sources'>[];
  const numbers = new Map<string, number>();
  const numberOf = (id: string) => {
    if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    return numbers.get(id) as number;
  };

  const pdf = await newPdf('a4');
  pdf.setProperties({ title: 'China–Russia BRI dashboard: briefing', creator: 'China–Russia BRI dashboard' });
  const at = cursor(pdf);
  at.y = writeText(pdf, 'China–Russia BRI dashboard: briefing', {
    x: MARGIN,
    y: at.y,
    width: WIDTH,
    size: 20,
    bold: true,
  });
  const filters = captured[0]?.filters ?? '';
  at.y = writeText(pdf, `${new Date().toISOString().slice(0, 10)} · Filters: ${filters}`, {
    x: MARGIN,
    y: at.y,
    width: WIDTH,
    size: 10,
    color: MUTED,
  });

  at.y = writeText(pdf, 'Overview', { x: MARGIN, y: at.y + 8, width: WIDTH, size: 14, bold: true });
  for (const f of figures) {
    at.room(30);
    const refs = f.sourceIds.length ? ` [${numberRanges(f.sourceIds.map(numberOf))}]` : '';
    at.y = writeText(pdf, `• ${figureText(f)}${refs}`, { x: MARGIN, y: at.y, width: WIDTH, size: 10 });
  }

  for (const slide of captured) {
    at.room(260);
    at.y = writeText(pdf, slide.title, { x: MARGIN, y: at.y + 12, width: WIDTH, size: 14, bold: true });
    at.y = writeText(pdf, slide.takeaway, { x: MARGIN, y: at.y, width: WIDTH, size: 10.5 });
    at.y = placeImage(pdf, slide.chart, { x: MARGIN, y: at.y + 2, width: WIDTH, height: 300 }) + 4;
    const refs = numberRanges(slide.sourceIds.map(numberOf));
    at.room(30);
    // Every source is in the numbered list at the end; the line names every publisher unless that would fill the
    // page (the investment chart cites hundreds), when it points to their numbers in that list instead.
    const line = `${slide.sourceLine}${refs ? ` [${refs}]` : ''}`;
    const long = slide.sourceLine.length > LONG_SOURCE_LINE;
    at.y = writeText(
      pdf,
      long ? `Sources: ${slide.sourceIds.length} sources, [${refs}] in the list at the end` : line,
      {
        x: MARGIN,
        y: at.y,
        width: WIDTH,
        size: 8.5,
        color: MUTED,
      },
    );
  }

  at.room(60);
  at.y = writeText(pdf, 'Sources', { x: MARGIN, y: at.y + 12, width: WIDTH, size: 14, bold: true });
  const byId = new Map(sources.map((s) => [s.id, s]));
  for (const [id, n] of numbers) {
    const s = byId.get(id);
    const line = s
      ? `${n}. ${s.publisher}: ${s.title}${s.date ? ` (${s.date})` : ''}.${s.url ? ` ${s.url}` : ''}`
      : `${n}. ${id} (not in sources.json)`;
    at.room(24);
    at.y = writeText(pdf, line, { x: MARGIN, y: at.y, width: WIDTH, size: 8.5 });
  }
  return pdf.output('blob');
}
