import { screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TableModel } from '@/lib/table-model';
import { renderWithProviders } from '@/testing/render-with-providers';
import { PanelToolbar } from './panel-toolbar';

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
  return renderWithProviders(
    <section ref={sectionRef}>
      <PanelToolbar
        title="Investment tracker"
        panel="investment"
        sectionRef={sectionRef}
        bodyRef={bodyRef}
        table={table}
        hasSvg={props.hasSvg ?? true}
        ready={props.ready ?? true}
        showTable={false}
        onToggleTable={() => {}}
        asOf="Mar 2025"
        sourceLine="Sources: TASS"
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

describe('PanelToolbar', () => {
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

  it('keeps the accessible names of every tool', () => {
    setup();
    const toolbar = screen.getByRole('toolbar', { name: 'Investment tracker tools' });
    for (const name of [
      'Download PNG',
      'Download SVG',
      'Download CSV',
      'Export options',
      'Show data table',
      'Full screen',
    ]) {
      expect(within(toolbar).getByRole('button', { name })).toBeInTheDocument();
    }
  });

  it('the map (no SVG) has no Download SVG; nothing exports before the data is ready', () => {
    setup({ hasSvg: false, ready: false });
    expect(screen.queryByRole('button', { name: 'Download SVG' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download PNG' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
  });

  it('Download CSV saves the table, named by title and window, with a BOM, escaped formulae and a citation column', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    // The export code loads on demand, so the file is saved once the status says so.
    expect(await screen.findByText('Saved investment-tracker_2022-01_2024-12.csv (2 rows).')).toBeInTheDocument();
    expect(saved.map((s) => s.name)).toEqual(['investment-tracker_2022-01_2024-12.csv']);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await saved[0]?.blob.arrayBuffer());
    expect(text).toBe(
      '\uFEFFProject,Value (US$ bn),Source ids,Source citations\r\nAmur GPP,13.9,nope,nope (not in sources.json)\r\n"\'=cmd",,,',
    );
  });

  it('Export options is a keyboard-operable disclosure with size, background and content choices', async () => {
    const { user } = setup();
    const toggle = screen.getByRole('button', { name: 'Export options' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const group = screen.getByRole('group', { name: 'Investment tracker export options' });
    await user.selectOptions(within(group).getByLabelText('Image size'), 'Slide 16:9 (1920 × 1080 px)');
    expect(within(group).getByLabelText('Image size')).toHaveValue('slide-16-9');
    await user.click(within(group).getByRole('radio', { name: 'Transparent' }));
    expect(within(group).getByRole('radio', { name: 'Transparent' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'Charts and legends' })).toBeChecked();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('Copy image says clearly when the browser cannot copy images', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export options' }));
    await user.click(screen.getByRole('button', { name: 'Copy image' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This browser does not allow copying images; use Download PNG instead.',
    );
  });
});
