import { screen, waitFor, within } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TableModel } from '@/lib/table-model';
import { renderWithProviders } from '@/testing/render-with-providers';
import { PanelHeader } from './panel-header';

const table: TableModel = {
  caption: 'Projects',
  columns: [
    { key: 'name', label: 'Project' },
    { key: 'value', label: 'Value (US$ bn)' },
    { key: 'sources', label: 'Source ids' },
  ],
  rows: [
    { name: 'Amur GPP', value: 13.9, sources: 'nope' },
    { name: '=cmd', value: null, sources: '' },
  ],
};

function setup(props: { ready?: boolean; hasSvg?: boolean } = {}) {
  const bodyRef = createRef<HTMLDivElement>();
  const sectionRef = createRef<HTMLElement>();
  const titleRef = createRef<HTMLHeadingElement>();
  return renderWithProviders(
    <section ref={sectionRef}>
      <PanelHeader
        id="investment"
        title="Investment tracker"
        titleId="t"
        titleRef={titleRef}
        takeaway="2 of 6 projects are operating or completed."
        sectionRef={sectionRef}
        bodyRef={bodyRef}
        table={table}
        hasSvg={props.hasSvg ?? true}
        ready={props.ready ?? true}
        asOf="Mar 2025"
        sourceRefs={[]}
        showChart={() => {}}
      />
      <div ref={bodyRef} />
    </section>,
    {
      view: {
        filters: { from: '2022-01', to: '2024-12', sectors: [], regions: [], statuses: [], dealTypes: [], search: '' },
      },
    },
  );
}

const openExport = async (user: ReturnType<typeof setup>['user']) => {
  await user.click(screen.getByRole('button', { name: 'Export' }));
  return screen.findByRole('menu', { name: 'Investment tracker export' });
};

describe('PanelHeader', () => {
  let saved: { name: string; blob: Blob }[];
  beforeEach(() => {
    saved = [];
    let last: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      last = blob as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (last) saved.push({ name: this.download, blob: last });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('puts every action in one Export menu, with Full screen and Focus beside it, under the title and takeaway', async () => {
    const { user } = setup();
    expect(screen.getByRole('heading', { name: 'Investment tracker' })).toBeInTheDocument();
    expect(screen.getByText('2 of 6 projects are operating or completed.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Full screen' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Focus Investment tracker' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download PNG' })).not.toBeInTheDocument();
    const menu = await openExport(user);
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((i) => i.textContent),
    ).toEqual(['Download PNG', 'Download SVG', 'Download CSV', 'Copy image', 'Download evidence pack']);
    expect(
      within(menu)
        .getAllByRole('menuitemradio')
        .map((i) => i.textContent),
    ).toEqual([
      '1×on-screen size',
      '2×on-screen size, sharp',
      'Slide 16:91920 × 1080 px',
      'Slide 4:31600 × 1200 px',
      'A4 column1240 px wide',
      'White background',
      'Transparent background',
      'Chart and legend',
      'Whole card',
    ]);
  });

  it('the map (no SVG) has no Download SVG; nothing exports before the data is ready', async () => {
    const { user } = setup({ hasSvg: false, ready: false });
    const menu = await openExport(user);
    expect(within(menu).queryByRole('menuitem', { name: 'Download SVG' })).not.toBeInTheDocument();
    expect(within(menu).getByRole('menuitem', { name: 'Download PNG' })).toHaveAttribute('aria-disabled', 'true');
    expect(within(menu).getByRole('menuitem', { name: 'Download CSV' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('Download CSV saves the table, named by title and window, with a BOM, escaped formulae and a citation column', async () => {
    const { user } = setup();
    const menu = await openExport(user);
    await user.click(within(menu).getByRole('menuitem', { name: 'Download CSV' }));
    // The export code loads on demand, so the file is saved once the status says so.
    expect(await screen.findByText('Saved investment-tracker_2022-01_2024-12.csv (2 rows).')).toBeInTheDocument();
    expect(saved.map((s) => s.name)).toEqual(['investment-tracker_2022-01_2024-12.csv']);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await saved[0]?.blob.arrayBuffer());
    expect(text).toBe(
      '\uFEFFProject,Value (US$ bn),Source ids,Source citations\r\nAmur GPP,13.9,nope,nope (not in sources.json)\r\n"\'=cmd",,,',
    );
  });

  it('the size, background and content choices are radio items that keep the menu open; Escape closes it', async () => {
    const { user } = setup();
    const menu = await openExport(user);
    const button = screen.getByRole('button', { name: 'Export' });
    expect(within(menu).getByRole('menuitemradio', { name: /^2×/ })).toHaveAttribute('aria-checked', 'true');
    await user.click(within(menu).getByRole('menuitemradio', { name: /^Slide 16:9/ }));
    expect(within(menu).getByRole('menuitemradio', { name: /^Slide 16:9/ })).toHaveAttribute('aria-checked', 'true');
    expect(within(menu).getByRole('menuitemradio', { name: /^2×/ })).toHaveAttribute('aria-checked', 'false');
    await user.click(within(menu).getByRole('menuitemradio', { name: 'Transparent background' }));
    expect(within(menu).getByRole('menuitemradio', { name: 'Transparent background' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(within(menu).getByRole('menuitemradio', { name: 'Chart and legend' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    within(menu).getByRole('menuitemradio', { name: 'Chart and legend' }).focus();
    await user.keyboard('{Escape}');
    // Focus returning to the button is checked in the browser (tests/e2e/export.e2e.mjs); jsdom has no focus return.
    await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'false'));
  });

  it('Copy image says clearly when the browser cannot copy images', async () => {
    const { user } = setup();
    const menu = await openExport(user);
    await user.click(within(menu).getByRole('menuitem', { name: 'Copy image' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This browser does not allow copying images; use Download PNG instead.',
    );
  });
});
