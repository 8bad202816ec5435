import * as z from 'zod/mini';
import { nonEmpty, positive, requiredSources, strictObject } from './common';

/**
 * Quality flags a trade figure carries with it (so a panel or an export can say so next to the number):
 * `aggregator-source` — it rests on a content-farm / aggregator page (a source of tier `aggregator`);
 * `mixed-sources` — its parts are put together from figures of different releases or outlets.
 */
export const TRADE_FLAGS = ['aggregator-source', 'mixed-sources'] as const;
export const tradeFlags = z.optional(
  z.array(z.enum(TRADE_FLAGS)).check(z.minLength(1, 'leave flags out rather than empty')),
);

/**
 * Another value for the same figure: a conflicting report, or a cross-check (e.g. the difference of two year-to-date
 * totals next to the printed single month). `field` says which figure it replaces (the total when absent).
 */
export const tradeAlternative = strictObject({
  field: z.optional(z.enum(['total', 'exports', 'imports'])),
  value: positive,
  basis: nonEmpty,
  sources: requiredSources,
});
export type TradeAlternative = z.infer<typeof tradeAlternative>;
export const tradeAlternatives = z.optional(z.array(tradeAlternative));
