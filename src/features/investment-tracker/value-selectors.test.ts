import { describe, expect, it } from 'vitest';
import { buildProject, buildValue } from './investment-builders';
import {
  OTHER_ID,
  leftOutText,
  selectValueBy,
  selectValueByDealType,
  usdBarLabel,
  valueTable,
} from './value-selectors';

const rubWithUsd = buildValue({
  low: 90,
  currency: 'RUB',
  usd: { lowBn: 1, highBn: 1, rate: 90, rateUnit: 'RUB per USD', rateDate: '2024', method: 'm', sources: ['s'] },
});
const projects = [
  buildProject({ id: 'a', dealType: 'loan', sector: 'oil', value: buildValue({ low: 10, high: 12 }) }),
  buildProject({ id: 'b', dealType: 'loan', sector: 'oil', value: rubWithUsd }),
  buildProject({ id: 'c', dealType: 'plan', sector: 'oil', value: buildValue({ low: 100 }) }),
  buildProject({ id: 'd', dealType: 'contract', sector: 'power', value: buildValue({ low: 240, currency: 'RUB' }) }),
  buildProject({ id: 'e', dealType: 'contract', sector: 'power', value: null }),
];

describe('selectValueByDealType', () => {
  const view = selectValueByDealType(projects, []);

  it('sums US$ values within each deal type only, a range as a range, largest first', () => {
    expect(view.bars.map((g) => [g.id, usdBarLabel(g), g.usd.count, g.count])).toEqual([
      ['plan', 'US$100 bn', 1, 1],
      ['loan', 'US$11–13 bn', 2, 2],
      ['contract', 'no US$ value', 0, 2],
    ]);
    expect(view.bars.find((g) => g.id === 'loan')).toMatchObject({ usdLow: 11, usdSpan: 2 });
  });

  it('says what the bars leave out: values only in another currency, and projects without a value', () => {
    expect(leftOutText(view)).toBe(
      'Not drawn: 1 project with a value only in ₽, CN¥ or € and no US$ equivalent stated (₽240 bn); 1 project without a value.',
    );
    expect(view.dealTypesInUsd).toBe(2);
  });

  it('has a table row per deal type with what each sum is made of', () => {
    const row = valueTable('US$ value by deal type', 'Deal type', view).rows.find((r) => r.id === 'contract');
    expect(row).toMatchObject({
      label: 'Construction or supply contract',
      usd: null,
      notInUsd: '₽240 bn',
      withoutValue: 1,
    });
  });
});

describe('selectValueBy with many groups', () => {
  const many = Array.from({ length: 6 }, (_, i) =>
    buildProject({ id: `p${i}`, sector: `s${i}`, value: buildValue({ low: 10 - i }) }),
  );

  it('draws the largest few and gathers the rest in "Other", keeping a selected group its own bar', () => {
    const view = selectValueBy(many, (p) => p.sector, {}, ['s5'], 2);
    expect(view.bars.map((g) => [g.id, g.usd.low])).toEqual([
      ['s0', 10],
      ['s1', 9],
      ['s5', 5],
      [OTHER_ID, 8 + 7 + 6],
    ]);
    expect(view.bars.at(-1)?.label).toBe('Other (3 groups)');
    expect(view.all).toHaveLength(6);
  });

  it('never makes an "Other" of a single group', () => {
    expect(selectValueBy(many, (p) => p.sector, {}, [], 5).bars.map((g) => g.id)).not.toContain(OTHER_ID);
  });
});
