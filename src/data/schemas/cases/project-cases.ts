import type { SchemaCases } from './schema-case';

/** The investment projects. */
export const PROJECT_CASES = {
  projects: {
    valid: {
      id: 'amur-gas-chemical-complex',
      name: { en: 'Amur GCC' },
      sector: 'petrochemicals',
      dealType: 'equity',
      regions: ['amur-oblast'],
      chineseParty: 'Sinopec',
      chineseStakePct: 40,
      value: { low: 10, high: 11, currency: 'USD', unit: 'bn', measures: 'project budget', asPrinted: 'US$10–11 bn' },
      dates: { started: '2020-09' },
      status: 'under-construction',
      statusAsOf: '2025-12',
      statusNote: '92%',
      location: null,
      sources: ['s'],
      confidence: 'confirmed',
    },
    accepted: [
      ['no value and no stake', { value: null, chineseStakePct: null }],
      ['statusAsOf null', { statusAsOf: null }],
      ['a stalled and a completed status', { status: 'stalled' }],
      ['a completed loan', { status: 'completed', dealType: 'loan' }],
      [
        'a euro contract with a stated US$ equivalent',
        {
          dealType: 'contract',
          value: {
            low: 2.6,
            high: 2.6,
            currency: 'EUR',
            unit: 'bn',
            measures: 'contract value',
            asPrinted: '€2.6 bn',
            usd: {
              lowBn: 2.9,
              highBn: 2.9,
              rate: 1.12,
              rateUnit: 'USD per EUR',
              rateDate: '2019-06',
              method: 'as printed',
              sources: ['s'],
            },
          },
        },
      ],
      [
        'other figures with their notes',
        {
          otherValues: [
            {
              low: 1.2,
              high: 1.2,
              currency: 'USD',
              unit: 'bn',
              measures: 'stake price',
              asPrinted: 'US$1.2 bn',
              note: 'a conflicting report',
              sources: ['s'],
            },
          ],
        },
      ],
    ],
    broken: [
      {
        what: 'a stake over 100%',
        patch: { chineseStakePct: 140 },
        fields: ['chineseStakePct'],
        message: 'data/projects.json › amur-gas-chemical-complex › chineseStakePct: must be at most 100',
      },
      {
        what: 'no regions',
        patch: { regions: [] },
        fields: ['regions'],
        message: 'data/projects.json › amur-gas-chemical-complex › regions: needs at least one region',
      },
      {
        what: 'an unknown status',
        patch: { status: 'invested' },
        fields: ['status'],
        message:
          'data/projects.json › amur-gas-chemical-complex › status: expected "announced" | "agreed" | "under-construction" | "operating" | "completed" | "suspended" | "stalled" | "cancelled", received string "invested"',
      },
      {
        what: 'a value of 0 instead of null',
        patch: { value: { low: 0, high: 0, currency: 'USD', unit: 'bn', measures: 'loan', asPrinted: '0' } },
        fields: ['value.low', 'value.high'],
        message: 'data/projects.json › amur-gas-chemical-complex › value.low: must be greater than 0',
      },
      {
        what: 'no deal type',
        patch: { dealType: undefined },
        fields: ['dealType'],
        message:
          'data/projects.json › amur-gas-chemical-complex › dealType: expected "equity" | "loan" | "contract" | "purchase-prepayment" | "fund" | "plan", received nothing (the field is missing)',
      },
      {
        what: 'an unknown deal type',
        patch: { dealType: 'grant' },
        fields: ['dealType'],
        message:
          'data/projects.json › amur-gas-chemical-complex › dealType: expected "equity" | "loan" | "contract" | "purchase-prepayment" | "fund" | "plan", received string "grant"',
      },
      {
        what: 'a range upside down',
        patch: {
          value: { low: 11, high: 10, currency: 'USD', unit: 'bn', measures: 'loan', asPrinted: 'US$10–11 bn' },
        },
        fields: ['value.high'],
        message:
          'data/projects.json › amur-gas-chemical-complex › value.high: high must be ≥ low (a point value has low = high)',
      },
      {
        what: 'a value without what it measures or as printed',
        patch: { value: { low: 1, high: 1, currency: 'USD', unit: 'bn' } },
        fields: ['value.measures', 'value.asPrinted'],
        message:
          'data/projects.json › amur-gas-chemical-complex › value.measures: expected string, received nothing (the field is missing)',
      },
      {
        what: 'the old amount field',
        patch: {
          value: {
            amount: 10,
            low: 10,
            high: 10,
            currency: 'USD',
            unit: 'bn',
            measures: 'loan',
            asPrinted: 'US$10 bn',
          },
        },
        fields: ['value'],
        message: 'data/projects.json › amur-gas-chemical-complex › value: unknown field(s): amount',
      },
      {
        what: 'a US$ equivalent of a US$ value',
        patch: {
          value: {
            low: 1,
            high: 1,
            currency: 'USD',
            unit: 'bn',
            measures: 'loan',
            asPrinted: 'US$1 bn',
            usd: {
              lowBn: 1,
              highBn: 1,
              rate: 1,
              rateUnit: 'RUB per USD',
              rateDate: '2020',
              method: 'm',
              sources: ['s'],
            },
          },
        },
        fields: ['value.usd'],
        message: 'data/projects.json › amur-gas-chemical-complex › value.usd: a USD value needs no US$ equivalent',
      },
      {
        what: 'a euro value with a ruble rate',
        patch: {
          value: {
            low: 1,
            high: 1,
            currency: 'EUR',
            unit: 'bn',
            measures: 'loan',
            asPrinted: '€1 bn',
            usd: {
              lowBn: 1.1,
              highBn: 1.1,
              rate: 90,
              rateUnit: 'RUB per USD',
              rateDate: '2020',
              method: 'm',
              sources: ['s'],
            },
          },
        },
        fields: ['value.usd.rateUnit'],
        message:
          'data/projects.json › amur-gas-chemical-complex › value.usd.rateUnit: rateUnit must match the currency',
      },
      {
        what: 'an other figure without its note',
        patch: {
          otherValues: [{ low: 1, high: 1, currency: 'USD', unit: 'bn', measures: 'loan', asPrinted: 'US$1 bn' }],
        },
        fields: ['otherValues.0.note'],
        message:
          'data/projects.json › amur-gas-chemical-complex › otherValues[0].note: expected string, received nothing (the field is missing)',
      },
      {
        what: 'an impossible date',
        patch: { dates: { started: '2020-02-31' } },
        fields: ['dates.started'],
        message:
          'data/projects.json › amur-gas-chemical-complex › dates.started: must be a real calendar date: YYYY, YYYY-MM or YYYY-MM-DD',
      },
      {
        what: 'an unknown date key',
        patch: { dates: { opened: '2020' } },
        fields: ['dates'],
        message: 'data/projects.json › amur-gas-chemical-complex › dates: unknown field(s): opened',
      },
      {
        what: 'a lat of 200',
        patch: { location: { lat: 200, lon: 130, confidence: 'confirmed', sources: ['s'] } },
        fields: ['location.lat'],
        message: 'data/projects.json › amur-gas-chemical-complex › location.lat: latitude must be ≤ 90',
      },
    ],
  },
} satisfies SchemaCases;
