/**
 * The what-if revenue calculation. Units: price in US$ per 1,000 m³, volume in bcm per year (1 bcm = 10⁹ m³),
 * revenue in US$ bn per year. Everything here is the user's assumption, never a sourced figure.
 */
export interface WhatIfInput {
  /** US$ per 1,000 m³ (the user's assumption). */
  price: number | null;
  /** bcm per year (the user's assumption). */
  volumeBcm: number | null;
  /** US$ per 1,000 m³: the sourced Europe + Turkey price the user compares against, if any. */
  europePrice: number | null;
}

export interface WhatIfResult {
  /** US$ bn per year at the user's price and volume. */
  revenueUsdBn: number | null;
  /** US$ bn per year the same volume would earn at the European price. */
  europeRevenueUsdBn: number | null;
  /** Europe minus the user's price, US$ per 1,000 m³ (positive = China pays less). */
  priceGap: number | null;
  /** Europe revenue minus the user's revenue, US$ bn per year. */
  revenueGapUsdBn: number | null;
  /** User's price relative to Europe's, in % (negative = below Europe). */
  gapPct: number | null;
}

/** price × volume_bcm × 10⁹ m³ / 1,000 m³ gives US$; divided by 10⁹ gives US$ bn. */
export function annualRevenueUsdBn(pricePer1000m3: number, volumeBcm: number): number {
  return (pricePer1000m3 * volumeBcm * 1e9) / 1000 / 1e9;
}

/** A non-negative finite number from an input's text, or null ("" and "abc" are not zero). */
export function parseAssumption(text: string): number | null {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

export function computeWhatIf({ price, volumeBcm, europePrice }: WhatIfInput): WhatIfResult {
  const revenueUsdBn = price !== null && volumeBcm !== null ? annualRevenueUsdBn(price, volumeBcm) : null;
  const europeRevenueUsdBn =
    europePrice !== null && volumeBcm !== null ? annualRevenueUsdBn(europePrice, volumeBcm) : null;
  const priceGap = price !== null && europePrice !== null ? europePrice - price : null;
  return {
    revenueUsdBn,
    europeRevenueUsdBn,
    priceGap,
    revenueGapUsdBn: revenueUsdBn !== null && europeRevenueUsdBn !== null ? europeRevenueUsdBn - revenueUsdBn : null,
    gapPct: price !== null && europePrice ? ((price - europePrice) / europePrice) * 100 : null,
  };
}
