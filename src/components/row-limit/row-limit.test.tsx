import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DataTable } from '@/components/data-table/data-table';
import type { TableModel } from '@/lib/table-model';
import { FIRST_ROWS } from './use-row-limit';

const tableOf = (count: number): TableModel => ({
  caption: 'Trade by month',
  columns: [{ key: 'month', label: 'Month' }],
  rows: Array.from({ length: count }, (_, i) => ({ id: `r${i}`, month: `Row ${i + 1}` })),
});

const bodyRows = (name: RegExp | string) =>
  within(within(screen.getByRole('region', { name })).getAllByRole('rowgroup')[1] as HTMLElement).getAllByRole('row');

describe('long tables and lists draw their first rows, the rest on request', () => {
  it('draws every row of a table under the limit, with no note', () => {
    render(<DataTable model={tableOf(FIRST_ROWS)} />);
    expect(bodyRows('Trade by month (table)')).toHaveLength(FIRST_ROWS);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });

  it('draws the first rows of a longer table, says how many there are, and shows all on request and back', async () => {
    const user = userEvent.setup();
    render(<DataTable model={tableOf(250)} />);
    expect(bodyRows('Trade by month (table)')).toHaveLength(FIRST_ROWS);
    expect(screen.getByText(/Showing the first 100 of 250 rows/)).toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Show all 250: Trade by month' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(bodyRows('Trade by month (table)')).toHaveLength(250);
    // The button is now below 150 new rows: the keyboard goes on from the first of them.
    expect(bodyRows('Trade by month (table)')[FIRST_ROWS]).toHaveFocus();
    expect(bodyRows('Trade by month (table)')[FIRST_ROWS]).toHaveTextContent('Row 101');
    expect(screen.getByText(/Showing all 250 rows/)).toBeInTheDocument();
    const showFirst = screen.getByRole('button', { name: 'Show the first 100 only: Trade by month' });
    await user.click(showFirst);
    expect(bodyRows('Trade by month (table)')).toHaveLength(FIRST_ROWS);
    expect(showFirst).toHaveFocus();
  });
});
