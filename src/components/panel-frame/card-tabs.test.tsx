import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TableModel } from '@/lib/table-model';
import { renderWithProviders } from '@/testing/render-with-providers';
import { PanelFrame } from './panel-frame';

const table: TableModel = {
  caption: 'Flows',
  columns: [
    { key: 'year', label: 'Year' },
    { key: 'bcm', label: 'Volume (bcm)' },
  ],
  rows: [{ year: 2024, bcm: 31 }],
};

/** A card with no files to wait for (so it is ready at once) and a "More charts" tab. */
function setup({ id = 'gas', more = 'More charts' }: { id?: 'gas' | 'border'; more?: string } = {}) {
  const result = renderWithProviders(
    <PanelFrame
      id={id}
      title="Gas flows"
      datasets={[]}
      takeaway="Flows rose."
      summary="Flows rose to 31 bcm in 2024."
      sourceRefs={[]}
      table={table}
      more={more || undefined}
    >
      <p>The hero chart</p>
    </PanelFrame>,
    { datasets: [] },
  );
  const list = screen.getByRole('tablist', { name: 'Gas flows views' });
  const tab = (name: string) => within(list).getByRole('tab', { name });
  /** The panel a tab controls, found through its aria-controls (hidden panels included). */
  const panelOf = (name: string) =>
    document.getElementById(tab(name).getAttribute('aria-controls') ?? '') as HTMLElement;
  return { ...result, list, tab, panelOf };
}

const NAMES = ['Chart', 'More charts', 'Table', 'Sources'];

/** Exactly one tab selected, focusable (tabindex 0) and with its panel shown; the others -1 and hidden. */
function expectSelected(ctx: ReturnType<typeof setup>, selected: string) {
  for (const name of NAMES) {
    const on = name === selected;
    expect(ctx.tab(name)).toHaveAttribute('aria-selected', String(on));
    expect(ctx.tab(name)).toHaveAttribute('tabindex', on ? '0' : '-1');
    if (name !== 'Chart') expect(ctx.panelOf(name).hidden).toBe(!on);
  }
  expect(screen.getByRole('tabpanel')).toBe(ctx.panelOf(selected));
}

describe('card tabs', () => {
  it('draws a tab list of named tabs, each labelling the panel it controls, Chart first selected', () => {
    const ctx = setup();
    expect(
      within(ctx.list)
        .getAllByRole('tab')
        .map((t) => t.textContent),
    ).toEqual(NAMES);
    for (const name of NAMES) {
      const panel = ctx.panelOf(name);
      expect(panel).toHaveAttribute('role', 'tabpanel');
      expect(panel).toHaveAttribute('aria-labelledby', ctx.tab(name).id);
    }
    expectSelected(ctx, 'Chart');
    expect(screen.getByRole('tabpanel', { name: 'Chart' })).toHaveTextContent('The hero chart');
    // The Table panel draws nothing while hidden; the others stay mounted behind their tab.
    expect(ctx.panelOf('Table')).toBeEmptyDOMElement();
    expect(ctx.panelOf('More charts').childElementCount).toBe(1);
  });

  it('selects a clicked tab and shows its panel; the hero is then hidden and inert', async () => {
    const ctx = setup();
    await ctx.user.click(ctx.tab('Table'));
    expectSelected(ctx, 'Table');
    const panel = screen.getByRole('tabpanel', { name: 'Table' });
    expect(panel).toHaveTextContent('Flows rose to 31 bcm in 2024.');
    expect(within(panel).getByRole('cell', { name: '31' })).toBeInTheDocument();
    expect(ctx.panelOf('Chart')).toHaveAttribute('hidden');
    expect(ctx.panelOf('Chart')).toHaveAttribute('inert');
    await ctx.user.click(ctx.tab('Chart'));
    expectSelected(ctx, 'Chart');
    expect(ctx.panelOf('Chart')).not.toHaveAttribute('inert');
    expect(ctx.panelOf('Table')).toBeEmptyDOMElement();
  });

  it('moves focus and selection with ArrowRight / ArrowLeft (wrapping), Home and End', async () => {
    const ctx = setup();
    ctx.tab('Chart').focus();
    const steps: [string, string][] = [
      ['{ArrowRight}', 'More charts'],
      ['{ArrowRight}', 'Table'],
      ['{ArrowRight}', 'Sources'],
      ['{ArrowRight}', 'Chart'],
      ['{ArrowLeft}', 'Sources'],
      ['{ArrowLeft}', 'Table'],
      ['{Home}', 'Chart'],
      ['{End}', 'Sources'],
      ['{ArrowUp}', 'Sources'],
    ];
    for (const [key, expected] of steps) {
      await ctx.user.keyboard(key);
      expect(ctx.tab(expected)).toHaveFocus();
      expectSelected(ctx, expected);
    }
  });

  it('Tab from the tab list goes into the selected panel, and Shift+Tab back to the selected tab', async () => {
    const ctx = setup();
    await ctx.user.click(ctx.tab('More charts'));
    await ctx.user.keyboard('{ArrowRight}');
    await ctx.user.tab();
    expect(screen.getByRole('tabpanel', { name: 'Table' })).toHaveFocus();
    await ctx.user.tab({ shift: true });
    expect(ctx.tab('Table')).toHaveFocus();
  });

  it('a card with no secondary blocks has three tabs; the map card names its first one "Map"', async () => {
    const ctx = setup({ id: 'border', more: '' });
    expect(
      within(ctx.list)
        .getAllByRole('tab')
        .map((t) => t.textContent),
    ).toEqual(['Map', 'Table', 'Sources']);
    ctx.tab('Map').focus();
    await ctx.user.keyboard('{ArrowLeft}');
    expect(ctx.tab('Sources')).toHaveFocus();
    expect(ctx.tab('Sources')).toHaveAttribute('aria-selected', 'true');
    await ctx.user.keyboard('{ArrowRight}');
    expect(ctx.tab('Map')).toHaveFocus();
    expect(ctx.tab('Map')).toHaveAttribute('tabindex', '0');
  });
});
