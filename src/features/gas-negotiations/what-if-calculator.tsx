import { useId, useMemo, useState } from 'react';
import { formatNumber, formatUsdBn } from '@/lib/format';
import { computeWhatIf, parseAssumption } from './what-if';
import type { WhatIfDefaults } from './what-if-defaults';

/** The user's own price and volume: local state on purpose (assumptions, not shared filters), never shown as fact. */
export function WhatIfCalculator({ defaults }: { defaults: WhatIfDefaults }) {
  const [price, setPrice] = useState(defaults.price === null ? '' : String(defaults.price));
  const [volume, setVolume] = useState(defaults.volumeBcm === null ? '' : String(defaults.volumeBcm));
  const [europeId, setEuropeId] = useState(defaults.europeId);
  const ids = { price: useId(), volume: useId(), europe: useId(), priceHint: useId(), volumeHint: useId() };
  const europe = defaults.europeOptions.find((o) => o.id === europeId) ?? null;
  const result = useMemo(
    () =>
      computeWhatIf({
        price: parseAssumption(price),
        volumeBcm: parseAssumption(volume),
        europePrice: europe?.price ?? null,
      }),
    [price, volume, europe],
  );
  return (
    <div className="gas-whatif">
      <fieldset>
        <legend>Your assumptions (what-if)</legend>
        <label htmlFor={ids.price}>Your price (US$ per 1,000 m³)</label>
        <input
          id={ids.price}
          type="number"
          min={0}
          step="any"
          inputMode="decimal"
          value={price}
          aria-describedby={ids.priceHint}
          onChange={(e) => setPrice(e.target.value)}
        />
        <p id={ids.priceHint} className="gas-note">
          {defaults.priceOrigin}
        </p>
        <label htmlFor={ids.volume}>Your volume (bcm per year)</label>
        <input
          id={ids.volume}
          type="number"
          min={0}
          step="any"
          inputMode="decimal"
          value={volume}
          aria-describedby={ids.volumeHint}
          onChange={(e) => setVolume(e.target.value)}
        />
        <p id={ids.volumeHint} className="gas-note">
          {defaults.volumeOrigin}
        </p>
        <label htmlFor={ids.europe}>Compare with the European price of</label>
        <select id={ids.europe} value={europeId} onChange={(e) => setEuropeId(e.target.value)}>
          {defaults.europeOptions.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </fieldset>
      <output className="gas-whatif__result" aria-live="polite" aria-label="What-if result">
        {result.revenueUsdBn === null ? (
          <p>Enter a price and a volume (numbers, 0 or more) to see the annual revenue.</p>
        ) : (
          <p>
            Revenue at your assumptions: <strong>{formatUsdBn(result.revenueUsdBn)} per year</strong> (price × volume:
            US$ per 1,000 m³ × bcm ÷ 1,000).
          </p>
        )}
        {europe && result.europeRevenueUsdBn !== null && result.revenueGapUsdBn !== null && result.gapPct !== null && (
          <p>
            At the European price ({europe.label}) the same volume would bring {formatUsdBn(result.europeRevenueUsdBn)}{' '}
            per year. Your assumptions bring{' '}
            <strong>
              {formatUsdBn(Math.abs(result.revenueGapUsdBn))} per year {result.revenueGapUsdBn >= 0 ? 'less' : 'more'}
            </strong>{' '}
            (your price is {formatNumber(Math.abs(result.gapPct), 1)}% {result.gapPct <= 0 ? 'below' : 'above'} it).
          </p>
        )}
        <p className="gas-note">A calculation on your inputs, not a sourced figure.</p>
      </output>
    </div>
  );
}
