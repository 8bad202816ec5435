import { csvBlob, tableToCsv, UTF8_BOM } from '@/lib/csv';
import { downloadBlob } from '@/lib/download';
import type { TableModel } from '@/lib/table-model';
import { drawPanelNow } from '@/lib/use-near-viewport';
import type { ExportCaption } from './caption';
import { SOURCE_COLUMN_KEY, tableSourceIds, withCitationColumn, type SourceRecord } from './citations';
import { canCopyImage, copyPng } from './clipboard';
import { buildSheet } from './export-sheet';
import { type ExportContent, type ImageBackground, type ImagePresetId, sheetSize } from './image-presets';
import { readmeText, type PackFile } from './readme';
import { renderPng, type RenderedPng } from './render-png';
import { chartParts, composeSvg } from './svg-export';
import { zipFiles } from './zip';

/** Padding of the export sheet; the 1× preset is the panel body plus this on each side, so the body is not rescaled. */
const SHEET_PADDING = 16;

/** Everything one panel's exports need, gathered by the toolbar at the moment of the click. */
export interface PanelExport {
  panelId: string;
  body: HTMLElement;
  caption: ExportCaption;
  table: TableModel | null;
  /** File name without extension, e.g. `investment-tracker_2022-01_2024-12`. */
  stem: string;
  hasSvg: boolean;
  sources: readonly SourceRecord[] | undefined;
  asOf: string;
  viewUrl: string;
}

export interface ImageChoice {
  preset: ImagePresetId;
  background: ImageBackground;
  content: ExportContent;
}

export function renderPanelPng(ex: PanelExport, choice: ImageChoice): Promise<RenderedPng> {
  return drawPanelNow(ex.body).then(() => {
    const size = sheetSize(choice.preset, ex.body.getBoundingClientRect().width + 2 * SHEET_PADDING);
    return renderPng(ex.body, ex.caption, size, choice, ex.panelId);
  });
}

/** The captioned SVG of every chart in the panel, or null when the panel has none drawn. */
export async function renderPanelSvg(ex: PanelExport, background: ImageBackground): Promise<string | null> {
  await drawPanelNow(ex.body);
  const size = sheetSize('1x', ex.body.getBoundingClientRect().width + 2 * SHEET_PADDING);
  const sheet = await buildSheet(ex.body, ex.caption, size, { background, content: 'figures' }, ex.panelId);
  try {
    const parts = chartParts(sheet.stage, sheet.scale);
    return parts.length ? composeSvg(parts, ex.caption, background) : null;
  } finally {
    sheet.remove();
  }
}

export function exportTable(ex: PanelExport): TableModel | null {
  return ex.table ? withCitationColumn(ex.table, ex.sources) : null;
}

export async function downloadPng(ex: PanelExport, choice: ImageChoice): Promise<string> {
  const png = await renderPanelPng(ex, choice);
  downloadBlob(png.blob, `${ex.stem}.png`);
  return `Saved ${ex.stem}.png (${png.width} × ${png.height} px).`;
}

export async function downloadSvg(ex: PanelExport, background: ImageBackground): Promise<string> {
  const svg = await renderPanelSvg(ex, background);
  if (!svg) throw new Error('There is no chart drawn in this panel to save as SVG.');
  downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), `${ex.stem}.svg`);
  return `Saved ${ex.stem}.svg.`;
}

export function downloadCsv(ex: PanelExport): string {
  const table = exportTable(ex);
  if (!table) throw new Error('This panel has no table to save.');
  downloadBlob(csvBlob(table), `${ex.stem}.csv`);
  return `Saved ${ex.stem}.csv (${table.rows.length} row${table.rows.length === 1 ? '' : 's'}).`;
}

/** Starts rendering at once (inside the click) and hands the promise to the clipboard. */
export async function copyImage(ex: PanelExport, choice: ImageChoice): Promise<string> {
  if (!canCopyImage()) throw new Error('This browser does not allow copying images; use Download PNG instead.');
  const png = renderPanelPng(ex, choice);
  await copyPng(png.then((p) => p.blob));
  const { width, height } = await png;
  return `Copied the image (${width} × ${height} px) to the clipboard.`;
}

/** One zip: PNG, SVG (charts only), CSV and a README with filters, view address, export time and full citations. */
export async function downloadEvidencePack(
  ex: PanelExport,
  choice: ImageChoice,
  filtersText: string,
  now = new Date(),
): Promise<string> {
  const png = await renderPanelPng(ex, choice);
  const svg = ex.hasSvg ? await renderPanelSvg(ex, choice.background) : null;
  const table = exportTable(ex);
  const files: (PackFile & { data: Uint8Array | string })[] = [
    {
      name: `${ex.stem}.png`,
      description: `the chart image, ${png.width} × ${png.height} px, ${choice.background} background, caption burned in`,
      data: new Uint8Array(await png.blob.arrayBuffer()),
    },
  ];
  if (svg)
    files.push({ name: `${ex.stem}.svg`, description: 'the chart as SVG, caption as selectable text', data: svg });
  if (table)
    files.push({
      name: `${ex.stem}.csv`,
      description: `the ${table.rows.length} rows shown in the panel's data table (UTF-8 CSV)`,
      data: UTF8_BOM + tableToCsv(table),
    });
  const readme = readmeText({
    caption: ex.caption,
    filters: filtersText,
    viewUrl: ex.viewUrl,
    asOf: ex.asOf,
    exportedAt: now,
    files: [...files, { name: 'README.txt', description: 'this file' }],
    sourceIds: tableSourceIds(ex.table),
    sources: ex.sources ?? [],
    hasSourceColumn: Boolean(ex.table?.columns.some((c) => c.key === SOURCE_COLUMN_KEY)),
  });
  const zip = await zipFiles([...files, { name: 'README.txt', data: readme }], now);
  downloadBlob(new Blob([zip], { type: 'application/zip' }), `${ex.stem}_evidence.zip`);
  return `Saved ${ex.stem}_evidence.zip (${files.length + 1} files).`;
}
