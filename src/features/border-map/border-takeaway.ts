import { formatNumber } from '@/lib/format';
import type { Place } from './place-view';

/**
 * The card's claim from the places shown: how many border crossings operate, and how many more are planned or being
 * built ("15 of 23 crossings are operating; 2 are under construction or planned").
 */
export function borderTakeaway(places: readonly Pick<Place, 'kind' | 'status'>[]): string {
  const crossings = places.filter((p) => p.kind === 'crossing');
  if (crossings.length === 0) return 'No border crossings in this selection.';
  const operating = crossings.filter((p) => p.status === 'operating').length;
  const coming = crossings.filter((p) => p.status === 'planned' || p.status === 'under-construction').length;
  const head = `${formatNumber(operating, 0)} of ${formatNumber(crossings.length, 0)} crossing${crossings.length === 1 ? '' : 's'} ${operating === 1 ? 'is' : 'are'} operating`;
  return coming === 0
    ? `${head}.`
    : `${head}; ${formatNumber(coming, 0)} more ${coming === 1 ? 'is' : 'are'} planned or under construction.`;
}
