import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DashboardLayout } from '@/app/dashboard-layout';
import { allRealDatasets } from '@/testing/real-data';
import { renderWithBodies } from '@/testing/render-with-providers';

const PANELS = ['Investment tracker', 'Gas negotiations', 'Payment workaround timeline', 'Border crossings'];

function summaryOf(name: string): string {
  const region = screen.getByRole('region', { name });
  return region.querySelector('.panel__summary')?.textContent ?? '';
}

describe('the dashboard with the real data', () => {
  it('a shared filter change reaches all four panels through the store', async () => {
    await renderWithBodies(<DashboardLayout />);
    const before = Object.fromEntries(PANELS.map((p) => [p, summaryOf(p)]));
    PANELS.forEach((p) => expect(before[p]).not.toBe(''));
    const to = within(screen.getByRole('region', { name: 'Filters' })).getByLabelText('To');
    // jsdom cannot type into a month input key by key (each partial value is invalid), so the change is set whole.
    fireEvent.change(to, { target: { value: '2019-12' } });
    for (const p of PANELS) expect(summaryOf(p), p).not.toBe(before[p]);
    expect(screen.getByText(/Jan 2014 – Dec 2019/)).toBeInTheDocument();
  });

  it('a file that failed breaks only the panels that need it', async () => {
    const datasets = allRealDatasets().filter((d) => d.name !== 'gas-events');
    const { store } = await renderWithBodies(<DashboardLayout />, { datasets });
    store
      .getState()
      .actions.datasetFailed(
        'gas-events',
        'data/gas-events.json',
        'data/gas-events.json: HTTP 500 Internal Server Error',
      );
    return screen.findByText('data/gas-events.json: HTTP 500 Internal Server Error').then(() => {
      const gas = screen.getByRole('region', { name: 'Gas negotiations' });
      expect(within(gas).getByRole('alert')).toHaveTextContent('HTTP 500');
      expect(within(gas).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
      for (const p of PANELS.filter((name) => name !== 'Gas negotiations')) {
        expect(within(screen.getByRole('region', { name: p })).queryByRole('alert')).toBeNull();
        expect(summaryOf(p)).not.toBe('');
      }
    });
  });
});
