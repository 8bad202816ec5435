import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderWithProviders } from '@/testing/render-with-providers';
import { Overview } from './overview';
import { missingFigure, type OverviewFigure } from './overview-figure';
import { OverviewStrip } from './overview-strip';

const trade: OverviewFigure = {
  id: 'trade',
  label: 'China–Russia trade, 12 months',
  prefix: 'US$',
  value: '228.1',
  unit: 'bn',
  missing: null,
  period: 'Jan–Dec 2025',
  change: '−6.9% on 2024',
  detail: null,
  note: null,
  scope: 'Latest to window end · all sectors',
  sourceIds: ['tass'],
  source: { text: 'TASS', title: 'Trade in 2025', href: 'https://tass.com/economy/1' },
  confidence: 'confirmed',
  method: null,
};
const derived: OverviewFigure = {
  ...trade,
  id: 'projects',
  label: 'Investment projects',
  prefix: undefined,
  value: '6',
  unit: 'operating',
  change: null,
  detail: '5 under construction · 1 troubled · of 22 projects',
  confidence: 'derived',
  method: 'Counted from 22 records',
  source: { text: 'Untrusted <b>name</b>', title: 't', href: null },
};
const missing = missingFigure(
  { id: 'pos1', label: 'Power of Siberia 1 flow', unit: 'bcm', scope: 'Latest to window end · all sectors' },
  'not published',
);

describe('OverviewStrip', () => {
  test('a region named Overview with one list item per figure: value, change, date, scope and source link', () => {
    render(<OverviewStrip figures={[trade, derived, missing]} />);
    const region = screen.getByRole('region', { name: 'Overview' });
    const items = within(region).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const [first, second, third] = items as [HTMLElement, HTMLElement, HTMLElement];
    expect(first).toHaveTextContent('US$228.1 bn');
    expect(first).toHaveTextContent('−6.9% on 2024');
    expect(first).toHaveTextContent('Jan–Dec 2025');
    expect(first).toHaveTextContent('all sectors');
    expect(within(first).getByRole('link', { name: 'TASS' })).toHaveAttribute('href', 'https://tass.com/economy/1');
    expect(within(first).queryByText(/Derived|Estimate/)).toBeNull();

    expect(second).toHaveTextContent('Derived: Counted from 22 records');
    // A source without an http(s) address is text, and data is never read as HTML.
    expect(within(second).queryByRole('link')).toBeNull();
    expect(second).toHaveTextContent('Source: Untrusted <b>name</b>');

    expect(third).toHaveTextContent('not published');
    expect(third).not.toHaveTextContent(/\b0\b/);
  });
});

describe('Overview on the real data', () => {
  test('every figure has a date and an http(s) source link; the Status filter changes the projects figure', async () => {
    const { store } = renderWithProviders(<Overview />);
    const region = await screen.findByRole('region', { name: 'Overview' });
    const items = within(region).getAllByRole('listitem');
    expect(items.length).toBeGreaterThanOrEqual(4);
    for (const item of items) {
      expect(item.querySelector('.overview__period')?.textContent).toMatch(/\d{4}/);
      expect(within(item).getByRole('link').getAttribute('href')).toMatch(/^https?:\/\//);
    }
    const projects = () => items.find((i) => i.textContent?.includes('Investment projects')) as HTMLElement;
    const before = projects().textContent;
    act(() => store.getState().actions.statusesChanged(['suspended']));
    const operating = await within(projects()).findByText('0');
    expect(operating).toBeInTheDocument();
    expect(projects().textContent).not.toBe(before);
  });
});
