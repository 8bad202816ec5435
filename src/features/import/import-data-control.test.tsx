import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { realDataset } from '@/testing/real-data';
import { renderWithProviders } from '@/testing/render-with-providers';
import { ImportDataControl } from './import-data-control';
import { csvOf, projectRow } from './import-test-builders';

beforeAll(() => {
  // jsdom has <dialog> but not its modal API; the browser test covers the real one.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

const trade = realDataset('trade-monthly');
const envelope = (records: unknown[]): string =>
  JSON.stringify({ schemaVersion: 1, dataset: 'trade-monthly', title: trade.title, asOf: '2025-08', records });
const [first, ...rest] = trade.records;
const extra = {
  id: 'trade-2099-01',
  month: '2099-01',
  totalUsdBn: 20,
  sources: [...trade.records[0]!.sources],
  confidence: 'confirmed',
};
const changed = { ...first!, totalUsdBn: first!.totalUsdBn + 1 };

async function setup() {
  const result = renderWithProviders(<ImportDataControl />);
  const records = () => {
    const slot = result.store.getState().datasets['trade-monthly'];
    return slot?.status === 'ready' ? slot.data.records : [];
  };
  const pick = async (name: string, text: string) => {
    await result.user.click(screen.getByRole('button', { name: 'Import data' }));
    await result.user.upload(
      screen.getByLabelText('Data file (JSON or CSV)'),
      new File([text], name, { type: name.endsWith('.csv') ? 'text/csv' : 'application/json' }),
    );
  };
  return { ...result, records, pick };
}

describe('ImportDataControl', () => {
  it('opens from the keyboard and closes with Cancel, changing nothing', async () => {
    const { user, records } = await setup();
    screen.getByRole('button', { name: 'Import data' }).focus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Import data' });
    await user.click(within(dialog).getByText('CSV columns (projects and trade-monthly)'));
    const tradeColumns = within(dialog).getByRole('table', { name: 'trade-monthly.csv' });
    expect(
      within(tradeColumns)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(
      'id,month,totalUsdBn,exportsUsdBn,importsUsdBn,sources,confidence,method,alternatives,flags,note'.split(','),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(records()).toEqual(trade.records);
  });

  it('previews a good file (1 added, 1 updated), applies it on confirmation, and reverts to the bundled data', async () => {
    const { user, records, pick } = await setup();
    await pick('trade.json', envelope([changed, ...rest, extra]));
    const changes = await screen.findByRole('list', { name: 'Changes' });
    expect(
      within(changes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['1 added', '1 updated', `${rest.length} unchanged`, '0 rejected']);
    expect(screen.getByText(`${first!.id}: totalUsdBn`)).toBeInTheDocument();
    expect(records()).toEqual(trade.records);

    await user.click(screen.getByRole('button', { name: 'Apply import' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(records()).toEqual([changed, ...rest, extra]);
    const banner = screen.getByRole('region', { name: 'Imported data' });
    expect(banner).toHaveTextContent('Imported data in use: trade-monthly from trade.json');
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(
      'Imported trade.json: trade-monthly: 1 added, 1 updated',
    );

    await user.click(within(banner).getByRole('button', { name: 'Revert to bundled data' }));
    expect(records()).toEqual(trade.records);
    expect(screen.queryByRole('region', { name: 'Imported data' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import data' })).toHaveFocus();
  });

  it('lists rejected records by file, id and field, and applies only the valid ones', async () => {
    const { user, records, pick } = await setup();
    await pick(
      'partly-bad.json',
      envelope([
        { ...extra, totalUsdBn: -5 },
        { ...extra, id: 'trade-2099-02', month: '2099-02' },
      ]),
    );
    const changes = await screen.findByRole('list', { name: 'Changes' });
    expect(changes).toHaveTextContent('1 added');
    expect(changes).toHaveTextContent('1 rejected');
    expect(
      screen.getByText('partly-bad.json › trade-2099-01 › totalUsdBn: must be greater than 0'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Apply import' }));
    expect(records().map((r) => r.id)).toEqual([...trade.records.map((r) => r.id), 'trade-2099-02']);
  });

  it.each([
    { name: 'garbage.json', text: 'PK\u0003\u0004 not json', error: /garbage\.json: is not valid JSON/ },
    {
      name: 'other.json',
      text: JSON.stringify({ schemaVersion: 1, dataset: 'tariffs', records: [] }),
      error: /other\.json: unknown dataset "tariffs"/,
    },
    { name: 'list.json', text: '[]', error: /list\.json: wrong top-level shape/ },
    { name: 'sheet.csv', text: 'a,b\n1,2', error: /sheet\.csv: has a header row \(a,b\) that matches no CSV format/ },
  ])('$name gets a clear error, no Apply, and nothing changes', async ({ name, text, error }) => {
    const { records, pick } = await setup();
    await pick(name, text);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(error);
    expect(alert).toHaveTextContent('Nothing was changed.');
    expect(screen.queryByRole('button', { name: 'Apply import' })).not.toBeInTheDocument();
    expect(records()).toEqual(trade.records);
  });

  it('a file identical to the loaded data cannot be applied', async () => {
    const { pick } = await setup();
    await pick('same.json', envelope(trade.records));
    expect(await screen.findByText('Nothing to apply: the file adds or changes no record.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Apply import' })).toBeDisabled();
  });

  it('imports a projects CSV and warns about ids the reference files do not know', async () => {
    const { user, store, pick } = await setup();
    const project = { ...projectRow(realDataset('projects').records[0]!), id: 'new-plant', sector: 'space-mining' };
    await pick('projects.csv', csvOf('projects', [project]));
    expect(await screen.findByRole('list', { name: 'Changes' })).toHaveTextContent('1 added');
    expect(screen.getByText('projects.csv › new-plant › sector: unknown sector id "space-mining"')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Apply import' }));
    const slot = store.getState().datasets.projects;
    expect(slot?.status === 'ready' && slot.data.records.at(-1)?.id).toBe('new-plant');
    expect(screen.getByRole('region', { name: 'Imported data' })).toHaveTextContent('projects from projects.csv');
  });
});
