import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openCardTab } from '@/testing/card-tabs';
import { renderWithBodies } from '@/testing/render-with-providers';
import { realDataset } from '@/testing/real-data';
import { DEFAULT_FILTERS, type ViewState } from '@/domain/view-state';
import { InvestmentTrackerPanel } from './investment-tracker-panel';

const projects = realDataset('projects').records;
const sectors = realDataset('sectors').records;
const aggregates = realDataset('aggregates').records;

/**
 * The default window starts before every project's first sourced date (src/domain/window-covers-data.test.ts), so
 * it shows them all.
 */
const inDefaultWindow = projects;

async function setup(view?: Partial<ViewState>) {
  const result = await renderWithBodies(<InvestmentTrackerPanel />, { view });
  const panel = screen.getByRole('region', { name: 'Investment tracker' });
  return { ...result, panel };
}

// Each test renders the whole panel (three recharts charts and every project) on the real data: allow for a busy machine.
describe('InvestmentTrackerPanel', { timeout: 30_000 }, () => {
  it('summarises every project in the window with the real data, and lists them all in the project table', async () => {
    const { panel, user } = await setup();
    expect(inDefaultWindow.length).toBeGreaterThan(100);
    expect(
      within(panel).getByText(new RegExp(`^${inDefaultWindow.length} projects of ${projects.length} match;`)),
    ).toBeInTheDocument();
    await openCardTab(user, panel, 'More charts');
    const list = within(panel).getByRole('region', { name: 'Project list' });
    await user.click(within(list).getByRole('button', { name: new RegExp(`^Show all ${inDefaultWindow.length}`) }));
    expect(within(list).getAllByRole('rowheader')).toHaveLength(inDefaultWindow.length);
  });

  it('a deal-type bar and the Troubled button set the shared filters; the value charts say what they leave out', async () => {
    const { panel, user, store } = await setup();
    const loans = inDefaultWindow.filter((p) => p.dealType === 'loan').length;
    const chart = within(panel).getByRole('group', { name: 'Projects by deal type: select bars to filter' });
    const name = `Loan or credit line: ${loans} project${loans === 1 ? '' : 's'} (deal type filter)`;
    await user.click(within(chart).getByRole('button', { name }));
    expect(store.getState().filters.dealTypes).toEqual(['loan']);
    await waitFor(() => expect(within(chart).getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true'), {
      timeout: 8000,
    });
    expect(within(panel).getByText(new RegExp(`^${loans} projects? of ${projects.length} match;`))).toBeInTheDocument();

    await user.click(within(chart).getByRole('button', { name }));
    expect(store.getState().filters.dealTypes).toEqual([]);
    await openCardTab(user, panel, 'More charts');
    const troubledName = /^Troubled \(suspended, stalled, cancelled\): /;
    await user.click(within(panel).getByRole('button', { name: troubledName }));
    expect(store.getState().filters.statuses).toEqual(['cancelled', 'stalled', 'suspended']);
    await waitFor(
      () => expect(within(panel).getByRole('button', { name: troubledName })).toHaveAttribute('aria-pressed', 'true'),
      { timeout: 8000 },
    );

    const bySector = within(panel).getByRole('region', { name: 'US$ value by sector' });
    expect(within(bySector).getByText(/adds (one deal type|\d deal types added together)/)).toBeInTheDocument();
  }, 60_000);

  it('shows pledged vs realised statements, newest first, all on request; the article corrections are not on the card', async () => {
    const { panel, user } = await setup();
    await openCardTab(user, panel, 'More charts');
    const headline = within(panel).getByRole('region', { name: 'Pledged vs realised' });
    const investment = aggregates.filter((a) => a.topic === 'investment');
    const columns = [
      { list: 'Realised statements', count: investment.filter((a) => a.kind === 'realised').length },
      {
        list: 'Pledged, planned and portfolio statements',
        count: investment.filter((a) => a.kind !== 'realised').length,
      },
    ];
    for (const { list, count } of columns) {
      expect(within(within(headline).getByRole('list', { name: list })).getAllByRole('listitem')).toHaveLength(
        Math.min(2, count),
      );
    }
    for (const button of within(headline).getAllByRole('button', { name: /^Show all \d+/ })) await user.click(button);
    for (const { list, count } of columns) {
      expect(within(within(headline).getByRole('list', { name: list })).getAllByRole('listitem')).toHaveLength(count);
    }
    // The source article's corrections are QA material: they sit in Methods and sources (ClaimsView), not on the card.
    expect(investment.some((a) => a.articleClaim)).toBe(true);
    const lists = columns.map(({ list }) => within(headline).getByRole('list', { name: list }));
    const claimLines = lists.flatMap((list) => within(list).queryAllByText(/^Article said: .* — corrected: /));
    expect(claimLines).toHaveLength(0);
  });

  it('clicking a sector bar toggles the shared sector filter, and the summary follows', async () => {
    const { panel, user, store } = await setup();
    const sector = inDefaultWindow[0]?.sector as string;
    const label = sectors.find((s) => s.id === sector)?.label as string;
    const count = inDefaultWindow.filter((p) => p.sector === sector).length;
    await openCardTab(user, panel, 'More charts');
    const chart = within(panel).getByRole('group', { name: 'Projects by sector: select bars to filter' });
    const name = `${label}: ${count} project${count === 1 ? '' : 's'} (sector filter)`;
    expect(within(chart).getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false');

    await user.click(within(chart).getByRole('button', { name }));
    expect(store.getState().filters.sectors).toEqual([sector]);
    // The charts follow a filter change after the summaries have been painted (useValueAfterPaint).
    await waitFor(() => expect(within(chart).getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true'), {
      timeout: 8000,
    });
    expect(within(panel).getByText(new RegExp(`^${count} projects? of ${projects.length} match;`))).toBeInTheDocument();

    await user.click(within(chart).getByRole('button', { name }));
    expect(store.getState().filters.sectors).toEqual([]);
  });

  it('region bars work from the keyboard, and a status stage toggles the status filter', async () => {
    const { panel, user, store } = await setup();
    await openCardTab(user, panel, 'More charts');
    const chart = within(panel).getByRole('group', { name: 'Projects by region: select bars to filter' });
    // The bars are toggle buttons (aria-pressed); the chart's Export chart menu button is not one.
    const bar = within(chart).getAllByRole('button', { pressed: false })[0] as HTMLElement;
    bar.focus();
    await user.keyboard('{Enter}');
    expect(store.getState().filters.regions).toHaveLength(1);
    // Focus stays on the bar just toggled (recharts redraws the bars), so Space toggles the same region off.
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-pressed', 'true'), { timeout: 8000 });
    await user.keyboard(' ');
    expect(store.getState().filters.regions).toEqual([]);
    await user.click(
      within(within(panel).getByRole('list', { name: 'Projects by status' })).getByRole('button', {
        name: /^Operating:/,
      }),
    );
    expect(store.getState().filters.statuses).toEqual(['operating']);
  });

  it('sorts by a column header and says so with aria-sort', async () => {
    const { panel, user } = await setup();
    await openCardTab(user, panel, 'More charts');
    const list = within(panel).getByRole('region', { name: 'Project list' });
    const header = within(list).getByRole('columnheader', { name: /^Project/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const names = within(list)
      .getAllByRole('rowheader')
      .map((h) => within(h).getByRole('button').textContent ?? '');
    expect(names).toEqual(
      [...names].sort((a, b) => a.toLocaleLowerCase('en').localeCompare(b.toLocaleLowerCase('en'))),
    );
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
  });

  it('selecting a project selects it for the dashboard and shows its full record with every source link', async () => {
    const project = projects.find((p) => p.sources.length > 1) ?? projects[0];
    if (!project) throw new Error('no projects in data/projects.json');
    // Searched for, so that it is among the rows the list draws (it shows the first 100 of 143 until asked).
    const { panel, user, store } = await setup({ filters: { ...DEFAULT_FILTERS, search: project.name.en } });
    await openCardTab(user, panel, 'More charts');
    const button = within(panel).getByRole('button', { name: project.name.en });
    await user.click(button);
    expect(store.getState().selectedProjectId).toBe(project.id);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const sourceList = within(panel).getByRole('list', { name: `Sources for ${project.name.en}` });
    const links = within(sourceList).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link).toHaveAttribute('href', expect.stringMatching(/^https?:\/\//));
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    await user.click(button);
    expect(store.getState().selectedProjectId).toBeNull();
  });

  it('the data table behind Download CSV lists the rows shown, in order, and every chart has its table', async () => {
    const { panel, user } = await setup({ filters: { ...DEFAULT_FILTERS, statuses: ['operating'] } });
    await openCardTab(user, panel, 'Table');
    const table = within(panel).getByRole('region', { name: 'Investment projects (table)' });
    const csvNames = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[0]?.textContent);
    await openCardTab(user, panel, 'More charts');
    const listNames = within(within(panel).getByRole('region', { name: 'Project list' }))
      .getAllByRole('rowheader')
      .map((h) => within(h).getByRole('button').textContent);
    expect(csvNames).toEqual(listNames);
    expect(csvNames).toHaveLength(projects.filter((p) => p.status === 'operating').length);
    for (const caption of [
      'headline statements',
      'projects by status',
      'projects by sector',
      'projects by region',
      'projects by year',
    ]) {
      expect(within(panel).getByText(new RegExp(`^Data table: ${caption}`))).toBeInTheDocument();
    }
    // A chart's table is rendered when its disclosure is opened.
    await user.click(within(panel).getByText(/^Data table: projects by sector/));
    const sectorTable = within(panel).getByRole('region', { name: 'Projects by sector (table)' });
    const operatingSectors = new Set(projects.filter((p) => p.status === 'operating').map((p) => p.sector));
    expect(within(sectorTable).getAllByRole('row')).toHaveLength(1 + operatingSectors.size);
  });

  it('draws the sector chart and the time axis with key-event lines (recharts in jsdom)', async () => {
    const { panel, user } = await setup();
    await openCardTab(user, panel, 'More charts');
    expect(panel.querySelectorAll('svg.recharts-surface').length).toBeGreaterThanOrEqual(3);
    // Key events are drawn as labelled lines by the chart's event layer.
    expect(panel.querySelectorAll('.event-labels line').length).toBeGreaterThan(0);
    expect(within(panel).getByRole('list', { name: 'Key events on the time axis' })).toBeInTheDocument();
  });

  it('says why when nothing matches', async () => {
    const { panel } = await setup({
      filters: {
        from: '2014-01',
        to: '2014-02',
        sectors: [],
        regions: [],
        statuses: [],
        dealTypes: [],
        search: 'no such project',
      },
    });
    expect(within(panel).getByText(/Nothing matches these filters/)).toBeInTheDocument();
  });
});
