import type { SchemaCases } from './schema-case';

/** The gas panel's files. */
export const GAS_CASES = {
  'gas-routes': {
    valid: {
      id: 'power-of-siberia-1',
      name: { en: 'PoS-1' },
      kind: 'pipeline',
      route: 'r',
      capacityBcm: 38,
      capacityHistory: [{ date: '2014', bcm: 38, sources: ['s'], confidence: 'confirmed' }],
      status: 'operating',
      firstGas: '2019-12-02',
      sources: ['s'],
      confidence: 'confirmed',
    },
    accepted: [
      ['no capacity (null)', { capacityBcm: null, capacityHistory: [] }],
      ['first gas as wording', { firstGas: 'no later than 2027' }],
    ],
    broken: [
      {
        what: 'a capacity of 0',
        patch: { capacityBcm: 0 },
        fields: ['capacityBcm'],
        message: 'data/gas-routes.json › power-of-siberia-1 › capacityBcm: must be greater than 0',
      },
      {
        what: 'a history point without sources',
        patch: { capacityHistory: [{ date: '2014', bcm: 38, sources: [], confidence: 'confirmed' }] },
        fields: ['capacityHistory.0.sources'],
        message: 'data/gas-routes.json › power-of-siberia-1 › capacityHistory[0].sources: needs at least one source',
      },
      {
        what: 'an unknown status',
        patch: { status: 'delayed' },
        fields: ['status'],
        message:
          'data/gas-routes.json › power-of-siberia-1 › status: expected "operating" | "under-construction" | "memorandum" | "planned", received string "delayed"',
      },
    ],
  },
  'gas-flows': {
    valid: {
      id: 'pos1-2024',
      series: 'pos1-to-china',
      year: 2024,
      bcm: 31.12,
      sources: ['s'],
      confidence: 'confirmed',
    },
    accepted: [
      ['a range over two years', { year: 2018, yearEnd: 2019, bcm: 175, bcmMax: 180, series: 'russia-to-europe' }],
    ],
    broken: [
      {
        what: 'a fractional year',
        patch: { year: 2024.5 },
        fields: ['year'],
        message: 'data/gas-flows.json › pos1-2024 › year: must be a whole year',
      },
      {
        what: 'bcmMax below bcm',
        patch: { bcmMax: 30 },
        fields: ['bcmMax'],
        message: 'data/gas-flows.json › pos1-2024 › bcmMax: bcmMax must be ≥ bcm',
      },
      {
        what: 'yearEnd before year',
        patch: { yearEnd: 2023 },
        fields: ['yearEnd'],
        message: 'data/gas-flows.json › pos1-2024 › yearEnd: yearEnd must not be before year',
      },
      {
        what: 'an unknown series',
        patch: { series: 'pos2' },
        fields: ['series'],
        message:
          'data/gas-flows.json › pos1-2024 › series: expected "pos1-to-china" | "russia-to-europe", received string "pos2"',
      },
    ],
  },
  'gas-prices': {
    valid: {
      id: 'china-2022-actual-v2023-09',
      year: 2022,
      destination: 'china',
      usdPer1000m3: 277.1,
      kind: 'actual',
      vintage: '2023-09',
      sources: ['s'],
      confidence: 'confirmed',
    },
    accepted: [],
    broken: [
      {
        what: 'a negative price',
        patch: { usdPer1000m3: -1 },
        fields: ['usdPer1000m3'],
        message: 'data/gas-prices.json › china-2022-actual-v2023-09 › usdPer1000m3: must be greater than 0',
      },
      {
        what: 'an unknown destination',
        patch: { destination: 'japan' },
        fields: ['destination'],
        message:
          'data/gas-prices.json › china-2022-actual-v2023-09 › destination: expected "china" | "europe-turkey", received string "japan"',
      },
      {
        what: 'a vintage that is not a date',
        patch: { vintage: 'Sep 2023' },
        fields: ['vintage'],
        message:
          'data/gas-prices.json › china-2022-actual-v2023-09 › vintage: must be a real calendar date: YYYY, YYYY-MM or YYYY-MM-DD',
      },
    ],
  },
  'gas-suppliers': {
    valid: {
      id: 'russia-pipeline-2024-value',
      year: 2024,
      supplier: 'Russia',
      mode: 'pipeline',
      metric: 'value-usd-bn',
      value: 8.03,
      sources: ['s'],
      confidence: 'confirmed',
    },
    accepted: [['a part-year volume', { metric: 'volume-mt', value: 5.94, year: 2021, period: 'Jan–Oct' }]],
    broken: [
      {
        what: 'a share over 100',
        patch: { metric: 'share-pct', value: 145.4 },
        fields: ['value'],
        message: 'data/gas-suppliers.json › russia-pipeline-2024-value › value: a share must be at most 100',
      },
      {
        what: 'an unknown mode',
        patch: { mode: 'rail' },
        fields: ['mode'],
        message:
          'data/gas-suppliers.json › russia-pipeline-2024-value › mode: expected "pipeline" | "lng", received string "rail"',
      },
    ],
  },
  'gas-events': {
    valid: {
      id: 'pos2-memo',
      date: '2025-09-02',
      title: 't',
      detail: 'd',
      actors: ['gazprom', 'cnpc'],
      marker: 'legally-binding-memorandum',
      routes: ['power-of-siberia-2'],
      sources: ['s'],
      confidence: 'confirmed',
    },
    accepted: [
      ['a quote', { quote: { speaker: 'Miller', text: 'legally binding memorandum' } }],
      ['no actors', { actors: [] }],
    ],
    broken: [
      {
        what: 'an unknown actor',
        patch: { actors: ['putin'] },
        fields: ['actors.0'],
        message:
          'data/gas-events.json › pos2-memo › actors[0]: expected "gazprom" | "cnpc" | "pipechina" | "kremlin" | "beijing" | "mongolia" | "media" | "russian-government", received string "putin"',
      },
      {
        what: 'an unknown marker',
        patch: { marker: 'deal' },
        fields: ['marker'],
        message:
          'data/gas-events.json › pos2-memo › marker: expected "contract" | "mou" | "legally-binding-memorandum" | "agreement" | "no-deal" | "report" | "milestone", received string "deal"',
      },
      {
        what: 'a quote without a speaker',
        patch: { quote: { text: 't' } },
        fields: ['quote.speaker'],
        message:
          'data/gas-events.json › pos2-memo › quote.speaker: expected string, received nothing (the field is missing)',
      },
    ],
  },
} satisfies SchemaCases;
