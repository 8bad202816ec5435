import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render-with-providers';
import { readFileSync } from 'node:fs';
import { DEFAULT_FILTERS } from '@/domain/view-state';
import { FilterBar } from './filter-bar';

// Expected names come from the data file, not from the code under test.
type Sector = { id: string; label: string };
const sectors = (JSON.parse(readFileSync('data/sectors.json', 'utf8')) as { records: Sector[] }).records;
const [first, second] = sectors as [Sector, Sector, ...Sector[]];

function bar() {
  return screen.getByRole('region', { name: 'Filters' });
}

async function openSector(user: ReturnType<typeof renderWithProviders>['user']) {
  await user.click(within(bar()).getByRole('combobox', { name: 'Sector' }));
  return screen.findByRole('listbox');
}

describe('FilterBar', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names every control as the architecture lists them', () => {
    renderWithProviders(<FilterBar />);
    for (const name of ['From', 'To', 'Search'])
      expect(within(bar()).getByLabelText(name, { exact: true })).toBeVisible();
    for (const name of ['Sector', 'Region', 'Status'])
      expect(within(bar()).getByRole('combobox', { name })).toHaveTextContent('All');
    expect(within(bar()).getByRole('button', { name: 'Reset filters' })).toBeVisible();
  });

  it('chooses two sectors with plain clicks, shows them as chips, and removes one by its chip', async () => {
    const { user, store } = renderWithProviders(<FilterBar />);
    await openSector(user);
    await user.click(screen.getByRole('option', { name: first.label }));
    await user.click(screen.getByRole('option', { name: second.label }));
    expect(store.getState().filters.sectors).toEqual([first.id, second.id].sort());
    expect(screen.getByRole('option', { name: first.label })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('option', { name: second.label })).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    // (Where the focus goes on Escape is the library's work: the browser tests check it, jsdom has no layout for it.)
    const chips = within(bar()).getByRole('list', { name: 'Chosen filters' });
    expect(within(chips).getAllByRole('listitem')).toHaveLength(2);
    expect(within(bar()).getByRole('combobox', { name: 'Sector' })).toHaveTextContent(`2 of ${sectors.length} chosen`);

    await user.click(within(chips).getByRole('button', { name: `Remove ${first.label}` }));
    expect(store.getState().filters.sectors).toEqual([second.id]);
    // The focus moves to the chip that is left, not to the top of the page.
    expect(within(bar()).getByRole('button', { name: `Remove ${second.label}` })).toHaveFocus();
    await user.click(within(bar()).getByRole('button', { name: `Remove ${second.label}` }));
    expect(within(bar()).queryByRole('list', { name: 'Chosen filters' })).not.toBeInTheDocument();
    expect(within(bar()).getByRole('button', { name: 'Reset filters' })).toHaveFocus();
  });

  it('the search box narrows the options, and the keyboard alone chooses one', async () => {
    const { user, store } = renderWithProviders(<FilterBar />);
    await user.click(within(bar()).getByRole('combobox', { name: 'Region' }));
    const search = await screen.findByRole('combobox', { name: 'Search Region options' });
    // (Typed in one go: jsdom drops keys between the library's re-renders; the browser tests type key by key.)
    await user.click(search);
    fireEvent.change(search, { target: { value: 'amur' } });
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Amur Oblast']);
    await user.keyboard('{Enter}');
    expect(store.getState().filters.regions).toEqual(['amur-oblast']);
    fireEvent.change(search, { target: { value: 'amurxyz' } });
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText(/No region matches/)).toBeInTheDocument();
  });

  it('Reset filters clears every chosen value', async () => {
    const { user, store } = renderWithProviders(<FilterBar />, {
      view: { filters: { ...DEFAULT_FILTERS, sectors: [first.id], statuses: ['operating'] } },
    });
    expect(within(bar()).getAllByRole('button', { name: /^Remove / })).toHaveLength(2);
    await user.click(within(bar()).getByRole('button', { name: 'Reset filters' }));
    expect(store.getState().filters.sectors).toEqual([]);
    expect(store.getState().filters.statuses).toEqual([]);
    expect(within(bar()).queryAllByRole('button', { name: /^Remove / })).toHaveLength(0);
  });

  it('on a phone the controls fold behind one Filters button with the count; Escape folds them again', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('max-width'),
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    const { user } = renderWithProviders(<FilterBar />, {
      view: { filters: { ...DEFAULT_FILTERS, sectors: [first.id, second.id] } },
    });
    const toggle = within(bar()).getByRole('button', { name: 'Filters (2 active)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(bar()).queryByRole('combobox', { name: 'Sector' })).not.toBeInTheDocument();
    // Not built until first opened (a label query finds hidden fields too): the phone's first screen skips them.
    expect(within(bar()).queryByLabelText('From', { exact: true })).not.toBeInTheDocument();
    // The chips stay in view while folded.
    expect(within(bar()).getByRole('button', { name: `Remove ${first.label}` })).toBeVisible();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(bar()).getByLabelText('From', { exact: true }));
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    expect(within(bar()).getByLabelText('From', { exact: true })).not.toBeVisible();
  });
});
