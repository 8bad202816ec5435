/**
 * Image size presets. Each lays the export sheet out at a CSS size and rasterises it at a pixel ratio, so text stays
 * legible at every size:
 * - 1× / 2×: the panel's on-screen width; the height follows the content.
 * - Slide 16:9: 1920 × 1080 (laid out at 960 × 540, ×2).
 * - Slide 4:3: 1600 × 1200 (laid out at 800 × 600, ×2) — the common 4:3 size that is still sharp on a projector.
 * - Report column: A4 width at 150 dpi = 8.27 in × 150 ≈ 1240 px wide (laid out at 800, ×1.55, so 14-px text
 *   prints at about 10 pt); the height follows the content.
 */
export const IMAGE_PRESET_IDS = ['1x', '2x', 'slide-16-9', 'slide-4-3', 'report'] as const;
export type ImagePresetId = (typeof IMAGE_PRESET_IDS)[number];

interface PresetSpec {
  label: string;
  /** Layout width in CSS px; `null` = the panel's on-screen width. */
  cssWidth: number | null;
  /** Layout height in CSS px; `null` = as tall as the content. */
  cssHeight: number | null;
  ratio: number;
}

const PRESETS: Record<ImagePresetId, PresetSpec> = {
  '1x': { label: '1× on-screen size', cssWidth: null, cssHeight: null, ratio: 1 },
  '2x': { label: '2× on-screen size', cssWidth: null, cssHeight: null, ratio: 2 },
  'slide-16-9': { label: 'Slide 16:9 (1920 × 1080 px)', cssWidth: 960, cssHeight: 540, ratio: 2 },
  'slide-4-3': { label: 'Slide 4:3 (1600 × 1200 px)', cssWidth: 800, cssHeight: 600, ratio: 2 },
  report: { label: 'Report column, A4 width (1240 px wide)', cssWidth: 800, cssHeight: null, ratio: 1.55 },
};

export const DEFAULT_PRESET: ImagePresetId = '2x';

export function presetLabel(id: ImagePresetId): string {
  return PRESETS[id].label;
}

export interface SheetSize {
  cssWidth: number;
  /** `null` until the content has been laid out. */
  cssHeight: number | null;
  ratio: number;
}

/** The CSS size of the export sheet for a preset, given the panel's on-screen width. */
export function sheetSize(id: ImagePresetId, onScreenWidth: number): SheetSize {
  const spec = PRESETS[id];
  return {
    cssWidth: spec.cssWidth ?? Math.max(320, Math.round(onScreenWidth)),
    cssHeight: spec.cssHeight,
    ratio: spec.ratio,
  };
}

/** The PNG's pixel size, once the sheet's CSS height is known. */
export function pixelSize(sheet: SheetSize, cssHeight: number): { width: number; height: number } {
  return {
    width: Math.round(sheet.cssWidth * sheet.ratio),
    height: Math.round((sheet.cssHeight ?? cssHeight) * sheet.ratio),
  };
}

export const BACKGROUNDS = ['white', 'transparent'] as const;
export type ImageBackground = (typeof BACKGROUNDS)[number];

/** `figures`: the charts or map with their legends and headings; `panel`: everything in the panel body. */
export const CONTENTS = ['figures', 'panel'] as const;
export type ExportContent = (typeof CONTENTS)[number];
