import { describe, expect, it } from 'vitest';
import { IMAGE_PRESET_IDS, pixelSize, presetLabel, sheetSize, type ImagePresetId } from './image-presets';

describe('image presets', () => {
  it.each<[ImagePresetId, number, number, { width: number; height: number }]>([
    ['1x', 712.4, 480, { width: 712, height: 480 }],
    ['2x', 712.4, 480, { width: 1424, height: 960 }],
    ['slide-16-9', 712, 999, { width: 1920, height: 1080 }],
    ['slide-4-3', 712, 999, { width: 1600, height: 1200 }],
    ['report', 712, 500, { width: 1240, height: 775 }],
  ])('%s at %s px on screen, laid out %s px tall → %o', (id, onScreen, cssHeight, expected) => {
    expect(pixelSize(sheetSize(id, onScreen), cssHeight)).toEqual(expected);
  });

  it('fixed presets ignore the content height; content-height presets follow it', () => {
    expect(sheetSize('slide-16-9', 500).cssHeight).toBe(540);
    expect(sheetSize('report', 500).cssHeight).toBeNull();
  });

  it('a very narrow panel is still laid out at a readable width', () => {
    expect(sheetSize('1x', 100).cssWidth).toBe(320);
  });

  it('every preset has a label that says its size', () => {
    expect(IMAGE_PRESET_IDS.map(presetLabel)).toEqual([
      '1× on-screen size',
      '2× on-screen size',
      'Slide 16:9 (1920 × 1080 px)',
      'Slide 4:3 (1600 × 1200 px)',
      'Report column, A4 width (1240 px wide)',
    ]);
  });
});
