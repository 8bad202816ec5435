import type { ExportCaption } from './caption';
import { bibtexEntry, formatCitation, citedSources, type SourceRecord } from './citations';

export interface PackFile {
  name: string;
  description: string;
}

export interface ReadmeInput {
  caption: ExportCaption;
  filters: string;
  viewUrl: string;
  asOf: string;
  exportedAt: Date;
  files: readonly PackFile[];
  /** Source ids of the rows shown (from the table's source column). */
  sourceIds: readonly string[];
  sources: readonly SourceRecord[];
  /** Whether the table has a source column at all. */
  hasSourceColumn: boolean;
}

/** The evidence pack's README.txt: what was exported, under which filters, from where, and the full citations. */
export function readmeText(input: ReadmeInput): string {
  const { found, missing } = citedSources(input.sourceIds, input.sources);
  const lines = [
    input.caption.title,
    '='.repeat(Math.max(8, input.caption.title.length)),
    'Evidence pack exported from the China–Russia BRI dashboard.',
    '',
    `Filters applied: ${input.filters}`,
    `View URL: ${input.viewUrl}`,
    `Exported: ${input.exportedAt.toISOString()}`,
    `Data as of: ${input.asOf}`,
    '',
    'Files',
    ...input.files.map((f) => `- ${f.name}: ${f.description}`),
    '',
    `Sources cited by the rows shown (${found.length})`,
    ...found.map((s, i) => `[${i + 1}] ${formatCitation(s)} (id: ${s.id})`),
  ];
  if (!input.hasSourceColumn)
    lines.push('The table has no source column; the panel cites:', ...input.caption.sourceLines);
  else if (found.length === 0 && missing.length === 0) lines.push('No sources: no rows are shown under these filters.');
  if (missing.length) lines.push('', `Source ids not found in sources.json: ${missing.join(', ')}`);
  if (found.length) lines.push('', 'BibTeX', ...found.flatMap((s) => bibtexEntry(s).split('\n')));
  return `${lines.join('\r\n')}\r\n`;
}
