import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openCardTab } from '@/testing/card-tabs';
import { realDataset } from '@/testing/real-data';
import { renderWithBodies } from '@/testing/render-with-providers';
import { DEFAULT_FILTERS } from '@/domain/view-state';
import { PaymentTimelinePanel } from './payment-timeline-panel';

const panel = () => screen.getByRole('region', { name: 'Payment workaround timeline' });
const view = (from: string, to: string) => ({ view: { filters: { ...DEFAULT_FILTERS, from, to } } });

// recharts renders several passes in jsdom; on a busy machine one render takes seconds.
describe('PaymentTimelinePanel', { timeout: 30_000 }, () => {
  it('draws the monthly trade chart with markers for derived months and a legend that explains them', async () => {
    const { container } = await renderWithBodies(<PaymentTimelinePanel />, view('2022-01', '2025-12'));
    expect(container.querySelector('svg.recharts-surface')).not.toBeNull();
    const legend = within(panel()).getByRole('list', { name: 'Chart legend' });
    expect(within(legend).getByText('derived (method in table)')).toBeInTheDocument();
    const derivedMonths = realDataset('trade-monthly').records.filter((m) => m.confidence !== 'confirmed').length;
    expect(container.querySelectorAll('svg.recharts-surface .payments__derived-mark').length).toBeGreaterThanOrEqual(
      derivedMonths,
    );
  });

  it('summarises the fall in trade and the number of events, and the summary follows the window', async () => {
    const { store } = await renderWithBodies(<PaymentTimelinePanel />, view('2022-01', '2025-12'));
    const all = realDataset('payment-events').records.length;
    expect(
      within(panel()).getByText(new RegExp(`Trade fell [\\d.]+% from .*${all} payment events in the window`)),
    ).toBeInTheDocument();
    act(() => store.getState().actions.timeWindowChanged('2024-03', '2024-06'));
    const inSpring = realDataset('payment-events').records.filter(
      (e) => (e.endDate ?? e.date).slice(0, 7) >= '2024-03' && e.date.slice(0, 7) <= '2024-06',
    ).length;
    expect(within(panel()).getByText(new RegExp(`${inSpring} payment events in the window`))).toBeInTheDocument();
  });

  it('sets the shared time window from the labelled range inputs', async () => {
    const { store, user } = await renderWithBodies(<PaymentTimelinePanel />, view('2022-01', '2025-12'));
    const start = within(panel()).getByRole('slider', { name: 'Window start' });
    expect(start).toHaveAttribute('aria-valuetext', 'Jan 2022');
    // user-event cannot move a range input; a change event is what the browser fires when a slider moves.
    fireEvent.change(start, { target: { value: '26' } });
    expect(store.getState().filters).toMatchObject({ from: '2024-03', to: '2025-12' });
    expect(start).toHaveAttribute('aria-valuetext', 'Mar 2024');
    const end = within(panel()).getByRole('slider', { name: 'Window end' });
    fireEvent.change(end, { target: { value: '29' } });
    expect(store.getState().filters).toMatchObject({ from: '2024-03', to: '2024-06' });
    await user.click(within(panel()).getByRole('button', { name: 'Whole trade series' }));
    expect(store.getState().filters).toMatchObject({ from: '2022-01', to: '2026-12' });
  });

  it('opens an event to show its detail, actors and source links that open in a new tab', async () => {
    const { user } = await renderWithBodies(<PaymentTimelinePanel />, view('2022-01', '2025-12'));
    const event = realDataset('payment-events').records.find((e) => e.category === 'sanction');
    if (!event) throw new Error('the data has no sanction event');
    await openCardTab(user, panel(), 'Events');
    const button = within(panel()).getByRole('button', { name: new RegExp(`Sanction: ${escape(event.title)}`) });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const detail = document.getElementById(button.getAttribute('aria-controls') ?? '');
    if (!detail) throw new Error('no detail region');
    expect(within(detail).getByText(event.detail)).toBeInTheDocument();
    const links = within(detail).getAllByRole('link');
    expect(links.length).toBe(event.sources.length);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows the months of the window in the data table: a combined period as one row, missing ones as "—"', async () => {
    const { user } = await renderWithBodies(<PaymentTimelinePanel />, view('2026-02', '2026-06'));
    await openCardTab(user, panel(), 'Table');
    const table = within(panel()).getByRole('table', { name: /trade by month/ });
    const rows = within(table).getAllByRole('row').slice(1);
    const cellsOf = (i: number) =>
      within(rows[i]!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(rows.map((_, i) => cellsOf(i)[0])).toEqual([
      'Feb 2026',
      'Mar–Apr 2026 (2 months together)',
      'May 2026',
      'Jun 2026',
    ]);
    const feb = realDataset('trade-monthly').records.find((m) => m.month === '2026-02');
    const marApr = realDataset('trade-periods').records.find(
      (p) => p.kind === 'combined-months' && p.from === '2026-03' && p.to === '2026-04',
    );
    if (!feb || !marApr) throw new Error('the data has no February 2026 or March–April 2026 figure');
    const number = (v: number | undefined) => (v === undefined ? '—' : v.toLocaleString('en-GB'));
    expect(cellsOf(0).slice(1, 5)).toEqual([
      number(feb.totalUsdBn),
      number(feb.exportsUsdBn),
      number(feb.importsUsdBn),
      feb.confidence,
    ]);
    expect(cellsOf(1).slice(1, 5)).toEqual([
      number(marApr.totalUsdBn),
      number(marApr.exportsUsdBn),
      number(marApr.importsUsdBn),
      marApr.confidence,
    ]);
    for (const i of [2, 3]) expect(cellsOf(i).slice(1, 5)).toEqual(['—', '—', '—', 'not sourced']);
  });

  it('lists the yuan-share figures with their scopes, and says so when a window has no monthly figures', async () => {
    const { user } = await renderWithBodies(<PaymentTimelinePanel />, view('2017-01', '2017-12'));
    expect(within(panel()).getByText(/No monthly trade figures in this window/)).toBeInTheDocument();
    await openCardTab(user, panel(), 'Events');
    const yuan = within(panel()).getByRole('table', { name: /Currency of settlement/ });
    const inYear = realDataset('yuan-share').records.filter((r) => r.date.startsWith('2017'));
    expect(within(yuan).getAllByRole('row')).toHaveLength(inYear.length + 1);
    for (const r of inYear) expect(within(yuan).getAllByText(r.scope).length).toBeGreaterThan(0);
    expect(within(panel()).getByText(/No monthly trade figure in this window\. 0 payment events/)).toBeInTheDocument();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
