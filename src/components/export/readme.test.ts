import { describe, expect, it } from 'vitest';
import type { SourceRecord } from './citations';
import { readmeText, type ReadmeInput } from './readme';

const SOURCES: SourceRecord[] = [
  {
    id: 'tass-2023',
    title: 'Talks',
    publisher: 'TASS',
    url: 'https://tass.com/1',
    date: '2023-03',
    language: 'en',
    tier: 'outlet',
  },
  {
    id: 'rbc-2024',
    title: 'Payments',
    publisher: 'RBC',
    url: 'https://rbc.ru/2',
    date: '2024',
    language: 'ru',
    tier: 'outlet',
  },
];

const input = (over: Partial<ReadmeInput> = {}): ReadmeInput => ({
  caption: {
    title: 'Gas negotiations',
    subtitle: 'Jan 2022 – Dec 2024',
    sourceLines: ['Sources:', '1. TASS, “Gas talks”, Mar 2024', '2. Reuters, “Flows”'],
    publisherLine: 'Sources: TASS, Reuters',
    asOfLine: 'Data as of Mar 2025',
    urlLine: 'Dashboard view: https://x.test/?v=1',
  },
  filters: 'Jan 2022 – Dec 2024 · Status: Agreed',
  viewUrl: 'https://x.test/?v=1&status=agreed',
  asOf: 'Mar 2025',
  exportedAt: new Date('2025-04-01T10:20:30Z'),
  files: [
    { name: 'gas.png', description: 'the image' },
    { name: 'README.txt', description: 'this file' },
  ],
  sourceIds: ['rbc-2024', 'tass-2023'],
  sources: SOURCES,
  hasSourceColumn: true,
  ...over,
});

describe('readmeText', () => {
  it.each<[string, Partial<ReadmeInput>, string[]]>([
    [
      'filters, address, time and files',
      {},
      [
        'Filters applied: Jan 2022 – Dec 2024 · Status: Agreed',
        'View URL: https://x.test/?v=1&status=agreed',
        'Exported: 2025-04-01T10:20:30.000Z',
        'Data as of: Mar 2025',
        '- gas.png: the image',
        '- README.txt: this file',
      ],
    ],
    [
      'every cited source in full, in the rows’ order',
      {},
      [
        'Sources cited by the rows shown (2)',
        '[1] RBC. “Talks.”'.replace('Talks', 'Payments') + ' 2024. https://rbc.ru/2 (id: rbc-2024)',
        '[2] TASS. “Talks.” Mar 2023. https://tass.com/1 (id: tass-2023)',
        '@misc{tass-2023,',
      ],
    ],
    [
      'unknown ids are named',
      { sourceIds: ['tass-2023', 'ghost'] },
      ['Sources cited by the rows shown (1)', 'Source ids not found in sources.json: ghost'],
    ],
    [
      'no rows, no sources',
      { sourceIds: [] },
      ['Sources cited by the rows shown (0)', 'No sources: no rows are shown under these filters.'],
    ],
    [
      'a table without a source column falls back to the panel’s line',
      { sourceIds: [], hasSourceColumn: false },
      [
        'The table has no source column; the panel cites:',
        'Sources:',
        '1. TASS, “Gas talks”, Mar 2024',
        '2. Reuters, “Flows”',
      ],
    ],
  ])('%s', (_name, over, expected) => {
    const lines = readmeText(input(over)).split('\r\n');
    for (const line of expected) expect(lines).toContain(line);
  });

  it('starts with the title, underlined', () => {
    expect(readmeText(input()).startsWith('Gas negotiations\r\n================\r\n')).toBe(true);
  });
});
