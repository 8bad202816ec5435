import { formatBcm } from '@/lib/format';
import type { GasFlow } from './flow-selectors';

type Flow = Pick<GasFlow, 'series' | 'year' | 'bcm'>;

const yearOf = (f: Flow) => f.year;

/**
 * The card's claim from the flows in the window: the swing from Europe to China ("Russian pipeline gas to Europe
 * fell from 175 bcm (2018) to 18 bcm (2025), while Power of Siberia 1 carried 38.8 bcm to China"). Europe's figure
 * is its peak in the window, then its latest; China's is the latest Power of Siberia 1 year.
 */
export function gasTakeaway(flows: readonly Flow[]): string {
  const europe = flows.filter((f) => f.series === 'russia-to-europe').sort((a, b) => yearOf(a) - yearOf(b));
  const pos1 = flows
    .filter((f) => f.series === 'pos1-to-china')
    .sort((a, b) => yearOf(a) - yearOf(b))
    .at(-1);
  const last = europe.at(-1);
  const peak = europe.reduce<Flow | undefined>((best, f) => (best && best.bcm >= f.bcm ? best : f), undefined);
  const china = pos1 ? `Power of Siberia 1 carried ${formatBcm(pos1.bcm)} to China in ${pos1.year}` : null;
  if (last && peak && peak !== last && last.bcm < peak.bcm) {
    const fall = `Russian pipeline gas to Europe fell from ${formatBcm(peak.bcm)} (${peak.year}) to ${formatBcm(last.bcm)} (${last.year})`;
    return china ? `${fall}, while ${china}.` : `${fall}.`;
  }
  if (china) return `${china}.`;
  return last
    ? `Russian pipeline gas to Europe: ${formatBcm(last.bcm)} in ${last.year}.`
    : 'No gas flow year in this time window.';
}
