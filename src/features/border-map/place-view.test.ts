import { describe, expect, it } from 'vitest';
import { buildPlace } from './border-builders';
import { buildSource } from '@/testing/builders';
import { placeViews } from './place-view';

describe('placeViews (a place view made once per record and source list)', () => {
  const place = buildPlace();
  const regions: never[] = [];
  const sources = [buildSource({ id: 'src-a', title: 'Report A' }), buildSource({ id: 'src-b', title: 'Report B' })];

  it('gives the same view for the same place while the sources and regions are the same', () => {
    const first = placeViews(sources, regions).view(place);
    expect(first.sources.map((s) => s.label)).toEqual(['TASS: Report A (May 2024)', 'TASS: Report B (May 2024)']);
    expect(placeViews(sources, regions).view(place)).toBe(first);
  });

  it('makes the view anew when the sources change (an imported source list relabels the links)', () => {
    const first = placeViews(sources, regions).view(place);
    const renamed = [buildSource({ id: 'src-a', title: 'Report A, revised' }), sources[1]!];
    const again = placeViews(renamed, regions).view(place);
    expect(again).not.toBe(first);
    expect(again.sources[0]?.label).toBe('TASS: Report A, revised (May 2024)');
  });
});
