import { formatNumber } from '@/lib/format';
import { formatPartialDate } from '@/lib/months';
import { byCodeUnit } from '@/lib/compare';
import type { GasRoute } from './flow-selectors';
import { priceLabel, pricesFor, type GasPrice } from './price-selectors';
import { ROUTE_IDS } from './route-ids';

export interface EuropeOption {
  id: string;
  label: string;
  /** US$ per 1,000 m³ (sourced). */
  price: number;
}

/** Where the what-if's starting values come from, so the form can say so (they are never presented as PoS-2's price). */
export interface WhatIfDefaults {
  price: number | null;
  priceOrigin: string;
  volumeBcm: number | null;
  volumeOrigin: string;
  europeOptions: EuropeOption[];
  europeId: string;
}

/** Actual or estimated figures before forecasts; then the newest year, then the newest vintage. */
export function preferredPrice(
  prices: readonly GasPrice[],
  destination: GasPrice['destination'],
): GasPrice | undefined {
  const ranked = pricesFor(prices, destination);
  return ranked.find((p) => p.kind !== 'forecast') ?? ranked[0];
}

export function whatIfDefaults(prices: readonly GasPrice[], routes: readonly GasRoute[]): WhatIfDefaults {
  const china = preferredPrice(prices, 'china');
  const europe = preferredPrice(prices, 'europe-turkey');
  const pos2 = routes.find((r) => r.id === ROUTE_IDS.pos2);
  const pos2Step = pos2 ? [...pos2.capacityHistory].sort((a, b) => byCodeUnit(a.date, b.date)).at(-1) : undefined;
  const volume = pos2Step?.bcm ?? pos2?.capacityBcm ?? null;
  return {
    price: china?.usdPer1000m3 ?? null,
    priceOrigin: china
      ? `Starts at the latest sourced actual or estimated average export price to China (${priceLabel(china)}: US$${formatNumber(china.usdPer1000m3, 1)}). It is not a Power of Siberia 2 price: none has been agreed or published.`
      : 'No sourced China price is loaded; enter your own.',
    volumeBcm: volume,
    volumeOrigin:
      pos2 && volume !== null
        ? `Starts at ${pos2.name.en}'s capacity in the ${pos2Step ? formatPartialDate(pos2Step.date) : 'latest'} documents (${formatNumber(volume, 1)} bcm/y).`
        : 'No Power of Siberia 2 capacity is loaded; enter your own.',
    europeOptions: pricesFor(prices, 'europe-turkey').map((p) => ({
      id: p.id,
      label: `${priceLabel(p)}: US$${formatNumber(p.usdPer1000m3, 1)}`,
      price: p.usdPer1000m3,
    })),
    europeId: europe?.id ?? '',
  };
}
