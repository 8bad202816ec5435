import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
    expect(screen.getByText(/Jan 2003 – Dec 2019/)).toBeInTheDocument();
  });

  afterEach(() => vi.unstubAllGlobals());

  it('a file that failed breaks only the panels that need it', async () => {
    // The file fails where it is loaded (the data client), as in the app; every other file is already loaded.
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 500, statusText: 'Internal Server Error' })),
    );
    const datasets = allRealDatasets().filter((d) => d.name !== 'gas-events');
    await renderWithBodies(<DashboardLayout />, { datasets });
    const options = { timeout: 10_000 };
    return screen.findByText('data/gas-events.json: HTTP 500 Internal Server Error', {}, options).then(() => {
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
