import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProjectRow } from './project-rows';
import { ProjectTable } from './project-table';

describe('ProjectTable with many projects', () => {
  it('draws the project table far enough to include a project selected elsewhere (on the map), and keeps it drawn once closed', () => {
    const rows: ProjectRow[] = Array.from({ length: 180 }, (_, i) => ({
      id: `p${i}`,
      name: `Project ${i + 1}`,
      sector: 'Energy',
      dealType: 'Equity investment',
      status: 'operating',
      statusText: 'Operating',
      value: null,
      conversion: null,
      usdBn: null,
      first: null,
      regions: 'Amur Oblast',
      confidence: 'confirmed',
      sources: [],
    }));
    const table = (selectedId: string | null) => (
      <ProjectTable
        rows={rows}
        sort={{ key: 'name', dir: 'ascending' }}
        onSort={() => {}}
        selectedId={selectedId}
        detail={null}
        onSelect={() => {}}
      />
    );
    const { rerender } = render(table('p149'));
    const list = screen.getByRole('region', { name: 'Project list' });
    expect(within(list).getByRole('button', { name: 'Project 150' })).toHaveAttribute('aria-expanded', 'true');
    expect(within(list).queryByRole('button', { name: 'Project 151' })).toBeNull();
    expect(within(list).getByText(/Showing the first 150 of 180 projects/)).toBeInTheDocument();
    // Closing it (clicking its name) must not take the row away from under the reader.
    rerender(table(null));
    expect(within(list).getByRole('button', { name: 'Project 150' })).toHaveAttribute('aria-expanded', 'false');
  });
});
