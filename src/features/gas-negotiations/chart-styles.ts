import { OKABE_ITO } from '@/lib/colors';

/** Fills that mark precision without relying on colour: hatched = range or forecast, dotted = approximate. */
export function hatchId(base: string, color: string): string {
  return `${base}-hatch-${color.slice(1)}`;
}
export function dotsId(base: string, color: string): string {
  return `${base}-dots-${color.slice(1)}`;
}

export const ROUTE_COLORS: Record<string, string> = {
  'power-of-siberia-1': OKABE_ITO.blue,
  'far-eastern-route': OKABE_ITO.bluishGreen,
  'power-of-siberia-2': OKABE_ITO.vermillion,
  'central-asia-china': OKABE_ITO.reddishPurple,
  'central-asia-china-line-d': OKABE_ITO.reddishPurple,
};
export const EUROPE_COLOR = OKABE_ITO.orange;
