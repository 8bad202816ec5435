import { useCallback, useRef, useState, type RefObject } from 'react';
import { exportFileStem } from '@/lib/download';
import type { TableModel } from '@/lib/table-model';
import { describeFilters } from '@/domain/describe-filters';
import { publishedSourceLines, sourceLine } from '@/domain/source-line';
import type { SourceRef } from '@/domain/sources';
import { useDataset, useFilterLabels, useFilters } from '@/store/hooks';
import { buildCaption } from './caption';
import { DEFAULT_PRESET, type ExportContent, type ImageBackground, type ImagePresetId } from './image-presets';
import type { ImageChoice, PanelExport } from './panel-exports';

type PanelExports = typeof import('./panel-exports');
let panelExports: PanelExports | null = null;

/**
 * The export code (captioned sheets, SVG composition, zip) is not needed for the first screen, so it loads on demand.
 * The toolbar calls this when the pointer or focus first reaches it, so by the click it is usually there and "Copy
 * image" still reaches the clipboard inside the user's gesture.
 */
export function preloadPanelExports(): Promise<PanelExports> {
  return import('./panel-exports').then((module) => (panelExports = module));
}

export type ExportKind = 'png' | 'svg' | 'csv' | 'copy' | 'pack';

const PREPARING: Record<ExportKind, string> = {
  png: 'Preparing the PNG…',
  svg: 'Preparing the SVG…',
  csv: 'Preparing the CSV…',
  copy: 'Copying the image…',
  pack: 'Preparing the evidence pack…',
};

export interface PanelExportProps {
  title: string;
  panel: string;
  bodyRef: RefObject<HTMLElement | null>;
  table: TableModel | null;
  hasSvg: boolean;
  ready: boolean;
  asOf: string;
  /** The sources of what the panel shows, best first: the caption lists every one. */
  sourceRefs: readonly SourceRef[];
}

export interface PanelExportState {
  run: (kind: ExportKind) => void;
  busy: ExportKind | null;
  message: string;
  error: string;
  choice: ImageChoice;
  setPreset: (preset: ImagePresetId) => void;
  setBackground: (background: ImageBackground) => void;
  setContent: (content: ExportContent) => void;
}

/** The toolbar's export actions: gathers the view at click time, runs one export at a time, reports every outcome. */
export function usePanelExport(props: PanelExportProps): PanelExportState {
  const filters = useFilters();
  const labels = useFilterLabels();
  const sources = useDataset('sources');
  const [choice, setChoice] = useState<ImageChoice>({
    preset: DEFAULT_PRESET,
    background: 'white',
    content: 'figures',
  });
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const running = useRef(false);

  const run = useCallback(
    (kind: ExportKind) => {
      const body = props.bodyRef.current;
      if (running.current) return;
      setError('');
      if (!props.ready || !body) {
        setMessage('');
        setError('The panel’s data is still loading; try again when it is shown.');
        return;
      }
      const viewUrl = window.location.href;
      const ex: PanelExport = {
        panelId: props.panel,
        body,
        caption: buildCaption({
          title: props.title,
          filters,
          labels,
          sourceLines: publishedSourceLines(props.sourceRefs),
          publisherLine: sourceLine(props.sourceRefs),
          asOf: props.asOf,
          viewUrl,
        }),
        table: props.table,
        stem: exportFileStem(props.title, filters.from, filters.to),
        hasSvg: props.hasSvg,
        sources: sources?.records,
        asOf: props.asOf,
        viewUrl,
      };
      running.current = true;
      setBusy(kind);
      setMessage(PREPARING[kind]);
      // Called without awaiting first: "Copy image" must reach the clipboard inside the click.
      const start = (m: PanelExports): Promise<string> => {
        try {
          if (kind === 'png') return m.downloadPng(ex, choice);
          if (kind === 'svg') return m.downloadSvg(ex, choice.background);
          if (kind === 'csv') return Promise.resolve(m.downloadCsv(ex));
          if (kind === 'copy') return m.copyImage(ex, choice);
          return m.downloadEvidencePack(ex, choice, describeFilters(filters, labels));
        } catch (e) {
          return Promise.reject(e instanceof Error ? e : new Error(String(e)));
        }
      };
      const job: Promise<string> = panelExports ? start(panelExports) : preloadPanelExports().then(start);
      job
        .then((done) => setMessage(done))
        .catch((e: unknown) => {
          setMessage('');
          setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
        })
        .finally(() => {
          running.current = false;
          setBusy(null);
        });
    },
    [
      props.bodyRef,
      props.ready,
      props.panel,
      props.title,
      props.sourceRefs,
      props.asOf,
      props.table,
      props.hasSvg,
      filters,
      labels,
      sources,
      choice,
    ],
  );

  const setPreset = useCallback((preset: ImagePresetId) => setChoice((c) => ({ ...c, preset })), []);
  const setBackground = useCallback((background: ImageBackground) => setChoice((c) => ({ ...c, background })), []);
  const setContent = useCallback((content: ExportContent) => setChoice((c) => ({ ...c, content })), []);
  return { run, busy, message, error, choice, setPreset, setBackground, setContent };
}
