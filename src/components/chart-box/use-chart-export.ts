import { useCallback, useRef, useState, type RefObject } from 'react';
import { copyPng } from '@/components/export/clipboard';
import { withPngTextBlob } from '@/components/export/png-text';
import { downloadBlob, exportFileStem } from '@/lib/download';
import { csvTextBlob, rowSourceIds, sourcesCsv, tidyCsv, type TidyRow } from '@/lib/tidy-csv';
import { resolveSources } from '@/domain/sources';
import type { ChartId } from '@/domain/chart-ids';
import { useDataset, useFilters } from '@/store/hooks';
import { useLatest } from '@/lib/use-latest';
import type { ChartHeight } from './chart-height';
import { frameSize, type ChartPresetId, type SourceList } from './chart-presets';
import { embedUrl, embedSnippet } from './embed-link';
import type { ChartCaption } from './chart-caption';
import { readPageLegend } from './page-legend';
import { layoutPublished } from './published-layout';
import { composePublishedSvg, rasteriseSvg } from './published-svg';

/** A chart drawn offscreen at a size, for one export. */
export interface StageJob {
  width: number;
  height: number;
}

export type ChartExportAction =
  { kind: 'png'; preset: ChartPresetId } | { kind: 'svg' | 'csv' | 'sources' | 'copy' | 'embed' };

interface Options {
  chartId: ChartId;
  /** Builds the caption from the current filters and rows (see useCaptionBuilder). */
  buildCaption: () => ChartCaption;
  rows: readonly TidyRow[];
  /** The on-screen figure (its width sets the 1× and 2× presets). */
  figureRef: RefObject<HTMLElement | null>;
  chartHeight: ChartHeight;
}

/** Dispatched on the document with each composed export ({ chartId, preset, svg }); nothing in the app listens. */
export const PUBLISHED_EVENT = 'bri:chart-published';

const RECHARTS_DRAWN = '.recharts-cartesian-axis, .recharts-bar, .recharts-line';

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

/**
 * Per-chart export: draws the chart again offscreen at the frame's size (so a slide is filled, with type scaled to
 * it, and no UI control is drawn), composes the published layout around it, and saves or copies the result. `run`
 * is one function for the chart's life (it reads the latest rows and filters when it runs), so the chart's menu is
 * not drawn again on every filter change.
 */
export function useChartExport({ chartId, buildCaption, rows, figureRef, chartHeight }: Options) {
  const [stage, setStage] = useState<StageJob | null>(null);
  const stageRef = useRef<HTMLDivElement | null>(null);
  const [message, setMessage] = useState('');
  const busy = useRef(false);
  const filters = useFilters();
  const sources = useDataset('sources');
  const latestRef = useLatest({ rows, filters, sources, chartHeight });

  const drawAt = useCallback(async (job: StageJob): Promise<SVGSVGElement> => {
    setStage(job);
    for (let i = 0; i < 60; i += 1) {
      await frames(1);
      const svg = stageRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface, svg[data-chart-svg]');
      // A self-drawn chart is whole when it mounts; a recharts chart once its axes or marks are there: in the frame
      // they appear its labels and layers are drawn too. (It used to wait two frames more, a tenth of a chart's
      // export; without them all 52 exports of the 13 charts in 4 presets composed the same SVG, ids aside.)
      if (svg && (svg.hasAttribute('data-chart-svg') || svg.querySelector(RECHARTS_DRAWN))) return svg;
    }
    throw new Error('the chart did not draw');
  }, []);

  const publish = useCallback(
    async (preset: ChartPresetId, transparent = false, sourceList?: SourceList) => {
      const onScreen = figureRef.current?.getBoundingClientRect().width ?? 800;
      const frame = frameSize(preset, onScreen, sourceList);
      const urlLine = `View: ${embedUrl(window.location, chartId, false)}`;
      const legend = readPageLegend(figureRef.current?.querySelector('.chart-figure__legend'));
      const full = { ...buildCaption(), urlLine, legend: legend.entries };
      const layout = layoutPublished(full, frame, latestRef.current.chartHeight);
      const svgEl = await drawAt(layout.draw);
      const svg = composePublishedSvg(svgEl, full, layout, transparent, legend.swatches);
      setStage(null);
      // Test hook (tests/e2e/chart-downloads.e2e.mjs): the browser test measures the layout each preset rasterises.
      document.dispatchEvent(new CustomEvent(PUBLISHED_EVENT, { detail: { chartId, preset, svg } }));
      return { svg, layout, frame, caption: full };
    },
    [buildCaption, chartId, drawAt, figureRef, latestRef],
  );

  const png = useCallback(
    async (preset: ChartPresetId) => {
      const { svg, layout, frame, caption: full } = await publish(preset);
      const blob = await rasteriseSvg(svg, layout.width, layout.height, frame.ratio);
      return withPngTextBlob(blob, {
        Title: full.title,
        Description: full.subtitle,
        Source: full.sourceLines.join(' '),
        Comment: `${full.asOfLine}. ${full.creditLine}. ${full.urlLine}`,
      });
    },
    [publish],
  );

  const run = useCallback(
    (action: ChartExportAction) => {
      if (busy.current) return;
      const { rows, filters, sources } = latestRef.current;
      const title = buildCaption().title;
      const stem = `${chartId}_${exportFileStem(title, filters.from, filters.to).split('_').slice(1).join('_')}`;
      const work = async (): Promise<string> => {
        switch (action.kind) {
          case 'png':
            downloadBlob(await png(action.preset), `${stem}_${action.preset}.png`);
            return 'PNG downloaded.';
          case 'svg': {
            // The SVG is the chart's reference copy: laid out as 1×, with every source numbered under it.
            const { svg } = await publish('1x', false, 'numbered');
            downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${stem}.svg`);
            return 'SVG downloaded.';
          }
          case 'csv':
            downloadBlob(csvTextBlob(tidyCsv(chartId, rows)), `${stem}.csv`);
            return 'CSV downloaded (its sources: Download sources CSV).';
          case 'sources': {
            const refs = resolveSources(rowSourceIds(rows), sources?.records);
            const meta = refs.map((r) => ({
              id: r.id,
              publisher: r.publisher ?? '',
              title: r.title,
              date: r.date,
              url: r.href,
            }));
            downloadBlob(csvTextBlob(sourcesCsv(meta)), `${stem}_sources.csv`);
            return 'Sources CSV downloaded.';
          }
          case 'copy':
            // The clipboard item is made inside the click, with the PNG still rendering (see copyPng).
            await copyPng(png('2x'));
            return 'Image copied.';
          case 'embed':
            await navigator.clipboard.writeText(embedSnippet(window.location, chartId, title));
            return 'Embed code copied.';
        }
      };
      busy.current = true;
      setMessage('Preparing…');
      work()
        .then(setMessage)
        .catch((e: unknown) => setMessage(`Export failed: ${e instanceof Error ? e.message : String(e)}`))
        .finally(() => {
          busy.current = false;
          setStage(null);
        });
    },
    [buildCaption, chartId, latestRef, png, publish],
  );

  return { run, message, stage, stageRef };
}
