import * as z from 'zod/mini';
import { httpUrl, id, nonEmpty, partialDate, strictObject } from './common';

/** The one source without a URL: the project's seed article (its web address is not known to us). */
export const SEED_ARTICLE_ID = 'seed-article';

/** Best first. */
export const SOURCE_TIERS = ['primary', 'outlet', 'research', 'reprint', 'aggregator'] as const;

export const sourcesRecordSchema = strictObject({
  id,
  title: nonEmpty,
  publisher: nonEmpty,
  /** http(s) only; `null` is allowed for `seed-article` alone (see docs/data-format.md). */
  url: z.nullable(httpUrl),
  date: z.nullable(partialDate),
  language: z.string().check(z.regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code (two lower-case letters)')),
  note: z.optional(nonEmpty),
  /**
   * Who the holder of the text is: the primary publisher (customs, a company, a ministry, the Kremlin), a wire or
   * major outlet, a research dataset, a reprint or mirror, or an aggregator / content farm. Ranks sources best first.
   */
  tier: z.enum(SOURCE_TIERS),
  /**
   * For a reprint, mirror or aggregator: the original publisher whose text it carries (e.g. "TASS", "Reuters"), when
   * the page or our research names it. Absent when no original is named (never guessed); the note may say more.
   */
  original: z.optional(nonEmpty),
}).check(
  z.refine((s) => s.url !== null || s.id === SEED_ARTICLE_ID, {
    message: 'must be an absolute http(s) URL (only seed-article may have none)',
    path: ['url'],
  }),
  z.refine((s) => s.url !== null || s.note !== undefined, {
    message: 'a source without a URL must say why in its note',
    path: ['note'],
  }),
  // A primary publisher, an outlet's own text or a research dataset carries no one else's text: an `original` there
  // would make a panel show the record as "retrieved via" a mirror it is not.
  z.refine((s) => s.original === undefined || s.tier === 'reprint' || s.tier === 'aggregator', {
    message: 'only a reprint or aggregator names an original publisher',
    path: ['original'],
  }),
);
