import { describe, expect, it } from 'vitest';
import { sketchHeight } from './route-schematic-layout';
import type { SchematicRoute } from './route-selectors';

const route = (id: string): SchematicRoute => ({
  id,
  name: 'Route',
  status: 'operating',
  statusLabel: 'operating',
  dashed: false,
  capacityText: '38 bcm/y',
  firstGas: null,
  route: '',
  steps: [],
  sourceIds: [],
});
// Five key rows of one line each: 8 + 5 × (16 + 6) = 118 px. At 920 px the sketch wants 300 (its cap; 920 × 240 /
// 520 is 425) and takes at least 210.
const routes = ['a', 'b', 'c', 'd', 'e'].map(route);

describe('sketchHeight', () => {
  it('wants the sketch at its proportion plus the key, without a room', () => {
    expect(sketchHeight(routes, 920)).toBe(418);
  });

  it('in a slide plot, takes the room (drawn at the plot’s size), down to the least sketch plus its key', () => {
    expect(sketchHeight(routes, 920, 341)).toBe(341);
    expect(sketchHeight(routes, 920, 300)).toBe(328);
    expect(sketchHeight(routes, 920, 500)).toBe(418);
  });
});
