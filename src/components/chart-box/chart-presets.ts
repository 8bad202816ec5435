/**
 * Image presets of a published chart. Each lays the chart out at a CSS size and rasterises it at a pixel ratio, so
 * type scales with the frame:
 * - 1× / 2×: the chart's on-screen width, at least PAGE_MIN_WIDTH (a chart in a narrow card would otherwise come
 *   out as a tall column of wrapped footer); the height follows the layout.
 * - Slide 16:9: 1920 × 1080 (laid out at 960 × 540, ×2); Slide 4:3: 1600 × 1200 (800 × 600, ×2). One chart fills
 *   the frame: it is drawn again at the frame's size, not shrunk.
 * - A4 column: a 16 cm report column at 300 dpi = 16 / 2.54 × 300 ≈ 1890 px wide (laid out at 630, ×3, so 12-px
 *   axis text prints at about 8.5 pt); the height follows the layout.
 * Which source list each prints: the images pasted into slides and documents (1×, 2×, the slides) name every original
 * publisher once and say where the numbered list is; the SVG numbers every source; the A4 column (a report's figure
 * with its references) numbers them while they are few (REPORT_LIST_MAX in published-layout.ts) and otherwise prints
 * the publishers like the other images. A chart citing two hundred sources would otherwise be a 13,000-px-tall PNG,
 * mostly list (the investment charts' 340 sources made the A4 column 20,000 px: six pages of a report's column).
 */
/** The narrowest 1× / 2× image, in CSS px: Datawrapper's default export width. */
const PAGE_MIN_WIDTH = 600;

export const CHART_PRESET_IDS = ['1x', '2x', 'slide-16-9', 'slide-4-3', 'a4-column'] as const;
export type ChartPresetId = (typeof CHART_PRESET_IDS)[number];

interface PresetSpec {
  /** The menu item's name (architecture.md names them). */
  label: string;
  /** Layout width in CSS px; null = the chart's on-screen width. */
  cssWidth: number | null;
  /** Layout height in CSS px; null = header + the chart's own height + footer. */
  cssHeight: number | null;
  ratio: number;
  sourceList: SourceList;
}

/**
 * 'numbered': every source numbered under the chart; 'publishers': every publisher once, and where the list is;
 * 'numbered-when-few': numbered up to REPORT_LIST_MAX sources, otherwise the publishers.
 */
export type SourceList = 'numbered' | 'publishers' | 'numbered-when-few';

export const CHART_PRESETS: Record<ChartPresetId, PresetSpec> = {
  '1x': { label: '1×', cssWidth: null, cssHeight: null, ratio: 1, sourceList: 'publishers' },
  '2x': { label: '2×', cssWidth: null, cssHeight: null, ratio: 2, sourceList: 'publishers' },
  'slide-16-9': { label: 'Slide 16:9', cssWidth: 960, cssHeight: 540, ratio: 2, sourceList: 'publishers' },
  'slide-4-3': { label: 'Slide 4:3', cssWidth: 800, cssHeight: 600, ratio: 2, sourceList: 'publishers' },
  'a4-column': { label: 'A4 column', cssWidth: 630, cssHeight: null, ratio: 3, sourceList: 'numbered-when-few' },
};

export interface FrameSize {
  cssWidth: number;
  cssHeight: number | null;
  ratio: number;
  sourceList: SourceList;
}

/** The frame of a preset; `sourceList` overrides the preset's (the SVG is laid out as 1× with the numbered list). */
export function frameSize(id: ChartPresetId, onScreenWidth: number, sourceList?: SourceList): FrameSize {
  const spec = CHART_PRESETS[id];
  return {
    cssWidth: spec.cssWidth ?? Math.max(PAGE_MIN_WIDTH, Math.round(onScreenWidth)),
    cssHeight: spec.cssHeight,
    ratio: spec.ratio,
    sourceList: sourceList ?? spec.sourceList,
  };
}
