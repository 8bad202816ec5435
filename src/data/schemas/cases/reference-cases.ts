import type { SchemaCases } from './schema-case';

/** The files several panels read: sources, sectors, regions, timeline annotations, headline aggregates. */
export const REFERENCE_CASES = {
  sources: {
    valid: {
      id: 'tass-pos1-flows',
      title: 'T',
      publisher: 'TASS',
      url: 'https://tass.com/economy/2054559',
      date: null,
      language: 'en',
      tier: 'outlet',
    },
    accepted: [
      ['seed-article without a url but with a note', { id: 'seed-article', url: null, note: 'no known address' }],
      ['a dated source', { date: '2024-05' }],
      ['a reprint naming its original', { tier: 'reprint', original: 'Reuters' }],
      ['an aggregator naming no original', { tier: 'aggregator' }],
    ],
    broken: [
      {
        what: 'a non-http url',
        patch: { url: 'javascript:alert(1)' },
        fields: ['url'],
        message: 'data/sources.json › tass-pos1-flows › url: must be an absolute http(s) URL',
      },
      {
        what: 'a truncated url',
        patch: { url: 'https://eurailpress.de/…machalino-hunchun.html' },
        fields: ['url'],
        message: 'data/sources.json › tass-pos1-flows › url: must be an absolute http(s) URL',
      },
      {
        what: 'a null url on an ordinary source',
        patch: { url: null, note: 'n' },
        fields: ['url'],
        message:
          'data/sources.json › tass-pos1-flows › url: must be an absolute http(s) URL (only seed-article may have none)',
      },
      {
        what: 'an impossible date',
        patch: { date: '2023-02-30' },
        fields: ['date'],
        message:
          'data/sources.json › tass-pos1-flows › date: must be a real calendar date: YYYY, YYYY-MM or YYYY-MM-DD',
      },
      {
        what: 'a three-letter language',
        patch: { language: 'eng' },
        fields: ['language'],
        message: 'data/sources.json › tass-pos1-flows › language: must be an ISO 639-1 code (two lower-case letters)',
      },
      {
        what: 'a non-kebab id',
        patch: { id: 'Tass_2024' },
        fields: ['id'],
        message: 'data/sources.json › Tass_2024 › id: must be a kebab-case id',
      },
      {
        what: 'seed-article without a url and without a note',
        patch: { id: 'seed-article', url: null },
        fields: ['note'],
        message: 'data/sources.json › seed-article › note: a source without a URL must say why in its note',
      },
      {
        what: 'a record without a tier',
        patch: { tier: undefined },
        fields: ['tier'],
        message:
          'data/sources.json › tass-pos1-flows › tier: expected "primary" | "outlet" | "research" | "reprint" | "aggregator", received nothing (the field is missing)',
      },
      {
        what: 'an unknown tier',
        patch: { tier: 'blog' },
        fields: ['tier'],
        message:
          'data/sources.json › tass-pos1-flows › tier: expected "primary" | "outlet" | "research" | "reprint" | "aggregator", received string "blog"',
      },
      {
        what: 'an outlet naming an original',
        patch: { original: 'Reuters' },
        fields: ['original'],
        message:
          'data/sources.json › tass-pos1-flows › original: only a reprint or aggregator names an original publisher',
      },
      {
        what: 'a primary publisher naming an original',
        patch: { tier: 'primary', original: 'TASS' },
        fields: ['original'],
        message:
          'data/sources.json › tass-pos1-flows › original: only a reprint or aggregator names an original publisher',
      },
    ],
  },
  sectors: {
    valid: { id: 'lng', label: 'LNG' },
    accepted: [],
    broken: [
      {
        what: 'an empty label',
        patch: { label: '' },
        fields: ['label'],
        message: 'data/sectors.json › lng › label: must not be empty',
      },
      {
        what: 'an unknown field',
        patch: { labels: 'x' },
        fields: [''],
        message: 'data/sectors.json › lng › (record): unknown field(s): labels',
      },
    ],
  },
  regions: {
    valid: {
      id: 'amur-oblast',
      country: 'RU',
      kind: 'federal-subject',
      name: { en: 'Amur Oblast', ru: 'Амурская область', zh: '阿穆尔州' },
    },
    accepted: [
      ['a country-level region', { id: 'mongolia', country: 'MN', kind: 'country', name: { en: 'Mongolia' } }],
    ],
    broken: [
      {
        what: 'an unknown country',
        patch: { country: 'JP' },
        fields: ['country'],
        message: 'data/regions.json › amur-oblast › country: expected "RU" | "CN" | "MN" | "KP", received string "JP"',
      },
      {
        what: 'a name without English',
        patch: { name: { ru: 'x' } },
        fields: ['name.en'],
        message: 'data/regions.json › amur-oblast › name.en: expected string, received nothing (the field is missing)',
      },
      {
        what: 'an unknown kind',
        patch: { kind: 'city' },
        fields: ['kind'],
        message:
          'data/regions.json › amur-oblast › kind: expected "federal-subject" | "province" | "macro-region" | "country", received string "city"',
      },
    ],
  },
  events: {
    valid: {
      id: 'us-eo-14114',
      date: '2023-12-22',
      label: 'US EO 14114',
      detail: 'd',
      kind: 'sanction',
      sources: ['federalregister-eo14114'],
      confidence: 'confirmed',
    },
    accepted: [
      ['a span', { endDate: '2024-01' }],
      ['an articleClaim', { articleClaim: { wording: 'w', correction: 'c' } }],
    ],
    broken: [
      {
        what: 'no sources',
        patch: { sources: [] },
        fields: ['sources'],
        message: 'data/events.json › us-eo-14114 › sources: needs at least one source',
      },
      {
        what: 'an endDate before the date',
        patch: { endDate: '2023-12-01' },
        fields: ['endDate'],
        message: 'data/events.json › us-eo-14114 › endDate: endDate must not be before date',
      },
      {
        what: 'a label too long for an annotation',
        patch: { label: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
        fields: ['label'],
        message: 'data/events.json › us-eo-14114 › label: must be short (≤ 60 characters) for chart annotations',
      },
      {
        what: 'derived without a method',
        patch: { confidence: 'derived' },
        fields: ['method'],
        message: 'data/events.json › us-eo-14114 › method: a derived record must say its method',
      },
      {
        what: 'an unknown kind',
        patch: { kind: 'election' },
        fields: ['kind'],
        message:
          'data/events.json › us-eo-14114 › kind: expected "policy" | "summit" | "war" | "sanction" | "agreement", received string "election"',
      },
    ],
  },
  aggregates: {
    valid: {
      id: 'commission-portfolio-sep-2022',
      topic: 'investment',
      label: 'L',
      kind: 'portfolio',
      scope: 'S',
      date: '2022-09-07',
      projectCount: 79,
      value: { amount: 160, currency: 'USD', unit: 'bn', qualifier: 'about' },
      sources: ['s'],
      confidence: 'confirmed',
    },
    accepted: [
      ['a crossings count', { topic: 'crossings', kind: 'count', projectCount: 19, value: null }],
      ['an endDate of the same year (2022 overlaps 2022-09-07)', { endDate: '2022' }],
    ],
    broken: [
      {
        what: 'a count record without its count',
        patch: { kind: 'count', projectCount: null },
        fields: ['projectCount'],
        message: 'data/aggregates.json › commission-portfolio-sep-2022 › projectCount: a count record needs its count',
      },
      {
        what: 'an endDate clearly before the date',
        patch: { endDate: '2021-12' },
        fields: ['endDate'],
        message: 'data/aggregates.json › commission-portfolio-sep-2022 › endDate: endDate must not be before date',
      },
      {
        what: 'an unknown topic',
        patch: { topic: 'trade' },
        fields: ['topic'],
        message:
          'data/aggregates.json › commission-portfolio-sep-2022 › topic: expected "investment" | "crossings", received string "trade"',
      },
      {
        what: 'an articleClaim without a correction',
        patch: { articleClaim: { wording: 'w' } },
        fields: ['articleClaim.correction'],
        message:
          'data/aggregates.json › commission-portfolio-sep-2022 › articleClaim.correction: expected string, received nothing (the field is missing)',
      },
    ],
  },
} satisfies SchemaCases;
