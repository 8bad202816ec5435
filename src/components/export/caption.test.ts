import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '@/domain/view-state';
import { buildCaption, captionFooterLines, captionLines } from './caption';

const labels = { sectors: { energy: 'Energy' }, regions: { amur: 'Amur Oblast' } };
const base = {
  title: 'Investment tracker',
  labels,
  sourceLines: ['Sources:', '1. TASS, “Gas talks”, Mar 2024', '2. Reuters, “Flows”'],
  publisherLine: 'Sources: TASS, Reuters',
  asOf: 'Mar 2025',
  viewUrl: 'https://x.test/?v=1&from=2022-01',
};

describe('buildCaption', () => {
  it.each<[string, Partial<Filters>, string]>([
    ['the whole range', {}, 'All data, '],
    ['a window', { from: '2022-01', to: '2024-12' }, 'Jan 2022 – Dec 2024'],
    ['a sector by its label', { sectors: ['energy'] }, 'Sector: Energy'],
    ['a region by its label', { regions: ['amur'] }, 'Region: Amur Oblast'],
    ['a status', { statuses: ['operating'] }, 'Status: Operating'],
    ['a search', { search: 'bridge' }, 'Search: “bridge”'],
  ])('names %s in the subtitle', (_name, filters, expected) => {
    const caption = buildCaption({ ...base, filters: { ...DEFAULT_FILTERS, ...filters } });
    expect(caption.subtitle).toContain(expected);
  });

  it('carries the title, every source line, the date and the view address, in that order', () => {
    const caption = buildCaption({ ...base, filters: { ...DEFAULT_FILTERS, from: '2022-01', to: '2024-12' } });
    expect(captionLines(caption)).toEqual([
      'Investment tracker',
      'Jan 2022 – Dec 2024',
      'Sources:',
      '1. TASS, “Gas talks”, Mar 2024',
      '2. Reuters, “Flows”',
      'Data as of Mar 2025',
      'Dashboard view: https://x.test/?v=1&from=2022-01',
    ]);
    expect(captionFooterLines(caption)).toEqual(captionLines(caption).slice(2));
  });
});
