import type { SchemaCases } from './schema-case';

/** The payment timeline, the currency of settlement and the border places. */
export const PAYMENT_BORDER_CASES = {
  'payment-events': {
    valid: {
      id: 'g7-apulia-communique',
      date: '2024-06-14',
      title: 't',
      detail: 'd',
      category: 'statement',
      actors: ['G7'],
      sources: ['s'],
      confidence: 'confirmed',
    },
    accepted: [['an endDate month that contains the date', { date: '2025-08-11', endDate: '2025-08' }]],
    broken: [
      {
        what: 'an unknown category',
        patch: { category: 'rumour' },
        fields: ['category'],
        message:
          'data/payment-events.json › g7-apulia-communique › category: expected "sanction" | "bank-action" | "workaround" | "statement" | "trade-data", received string "rumour"',
      },
      {
        what: 'an endDate before the date',
        patch: { endDate: '2024-06-13' },
        fields: ['endDate'],
        message: 'data/payment-events.json › g7-apulia-communique › endDate: endDate must not be before date',
      },
      {
        what: 'an empty actor',
        patch: { actors: [''] },
        fields: ['actors.0'],
        message: 'data/payment-events.json › g7-apulia-communique › actors[0]: must not be empty',
      },
    ],
  },
  'yuan-share': {
    valid: {
      id: 'yuan-share-ru-exports-2024-02',
      date: '2024-02',
      metric: 'yuan-share-russian-export-settlements',
      label: 'l',
      valuePct: 34.5,
      scope: 's',
      sources: ['s'],
      confidence: 'confirmed',
    },
    accepted: [],
    broken: [
      {
        what: 'a share over 100',
        patch: { valuePct: 101 },
        fields: ['valuePct'],
        message: 'data/yuan-share.json › yuan-share-ru-exports-2024-02 › valuePct: must be at most 100',
      },
      {
        what: 'a metric that is not an id',
        patch: { metric: 'Yuan share' },
        fields: ['metric'],
        message: 'data/yuan-share.json › yuan-share-ru-exports-2024-02 › metric: must be a kebab-case id',
      },
    ],
  },
  places: {
    valid: {
      id: 'mishan-port',
      name: { en: 'Mishan port', zh: '密山' },
      kind: 'crossing',
      modes: ['road'],
      counterpart: { en: 'Turiy Rog' },
      regions: ['heilongjiang', 'primorsky-krai'],
      opened: '1993',
      status: 'operating',
      heilongjiangPort: true,
      location: { lat: 45.27, lon: 131.99, confidence: 'approximate', sources: [], note: 'from the fact sheet' },
      sources: ['s'],
      confidence: 'confirmed',
    },
    accepted: [
      ['a bare name with no date, coordinate or source', { opened: null, location: null, sources: [] }],
      ['no coordinates (location null)', { location: null }],
    ],
    broken: [
      {
        what: 'a date without a source',
        patch: { sources: [] },
        fields: ['sources'],
        message:
          'data/places.json › mishan-port › sources: a place with a date, a sourced coordinate or a throughput figure needs a source',
      },
      {
        what: 'an unknown mode',
        patch: { modes: ['ferry'] },
        fields: ['modes.0'],
        message:
          'data/places.json › mishan-port › modes[0]: expected "road" | "rail" | "river" | "bridge" | "air", received string "ferry"',
      },
      {
        what: 'a repeated mode',
        patch: { modes: ['road', 'road'] },
        fields: ['modes'],
        message: 'data/places.json › mishan-port › modes: modes must not repeat',
      },
      {
        what: 'heilongjiangPort as text',
        patch: { heilongjiangPort: 'yes' },
        fields: ['heilongjiangPort'],
        message: 'data/places.json › mishan-port › heilongjiangPort: expected boolean, received string "yes"',
      },
      {
        what: 'a lon of 200',
        patch: { location: { lat: 45, lon: 200, confidence: 'approximate', sources: [], note: 'n' } },
        fields: ['location.lon'],
        message: 'data/places.json › mishan-port › location.lon: longitude must be ≤ 180',
      },
    ],
  },
} satisfies SchemaCases;
