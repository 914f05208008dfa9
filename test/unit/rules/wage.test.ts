import { describe, expect, it } from 'vitest';
import { WAGE_TABLE, monthlyFigureForDataYear, wageInForce } from '../../../rules/wage';

describe('WAGE_TABLE', () => {
  it('holds the published monthly figures for data years 2018–2024, oldest first', () => {
    expect(WAGE_TABLE.map((row) => [row.dataYear, row.monthly])).toEqual([
      [2018, 7855],
      [2019, 8847],
      [2020, 9407],
      [2021, 10628],
      [2022, 11297],
      [2023, 11761],
      [2024, 11937],
    ]);
  });

  it('takes each figure to apply from the day it was published (rules.md v2), with its source', () => {
    expect(WAGE_TABLE.map((row) => [row.dataYear, row.effectiveFrom])).toEqual([
      [2018, '2019-07-04'],
      [2019, '2020-07-17'],
      [2020, '2021-08-04'],
      [2021, '2022-07-19'],
      [2022, '2023-07-25'],
      [2023, '2024-07-26'],
      [2024, '2025-09-18'],
    ]);
    for (const row of WAGE_TABLE) {
      expect(row.source).toContain('历年北京市全口径城镇单位就业人员平均工资');
      expect(row.sourceUrl).toBe('https://rsj.beijing.gov.cn/bm/ywml/202007/t20200717_1950961.html');
    }
  });
});

describe('wageInForce', () => {
  it('uses data year 2024 in late 2026 (no 2025 figure is known)', () => {
    expect(wageInForce('2026-11-27')).toMatchObject({ dataYear: 2024, monthly: 11937 });
  });

  it('switches figures on their publication day, not on 1 July', () => {
    expect(wageInForce('2025-08-15')).toMatchObject({ dataYear: 2023, monthly: 11761 });
    expect(wageInForce('2025-09-17')).toMatchObject({ dataYear: 2023, monthly: 11761 });
    expect(wageInForce('2025-09-18')).toMatchObject({ dataYear: 2024, monthly: 11937 });
    expect(wageInForce('2025-09-20')).toMatchObject({ dataYear: 2024, monthly: 11937 });
    expect(wageInForce('2024-07-25')).toMatchObject({ dataYear: 2022 });
    expect(wageInForce('2024-07-26')).toMatchObject({ dataYear: 2023 });
    expect(wageInForce('2019-07-04')).toMatchObject({ dataYear: 2018, monthly: 7855 });
  });

  it('has no figure before the first one took effect', () => {
    expect(wageInForce('2019-07-03')).toBeNull();
    expect(wageInForce('2010-01-01')).toBeNull();
  });

  it('names the source and does not mark a table figure as overridden', () => {
    const figure = wageInForce('2026-11-27')!;
    expect(figure.source).toContain('北京市人力资源和社会保障局');
    expect(figure.overridden).toBeUndefined();
  });

  it('lets an override win, also where the table has no figure', () => {
    expect(wageInForce('2026-11-27', { monthly: 12500, dataYear: 2025 })).toMatchObject({
      dataYear: 2025,
      monthly: 12500,
      overridden: true,
    });
    expect(wageInForce('2019-01-01', { monthly: 7000, dataYear: 2017 })).toMatchObject({
      dataYear: 2017,
      monthly: 7000,
      overridden: true,
    });
    expect(wageInForce('2026-11-27', null)).toMatchObject({ dataYear: 2024 });
  });
});

describe('monthlyFigureForDataYear', () => {
  it('finds a data year and gives null for an unknown one', () => {
    expect(monthlyFigureForDataYear(2022)).toBe(11297);
    expect(monthlyFigureForDataYear(2025)).toBeNull();
    expect(monthlyFigureForDataYear(2017)).toBeNull();
  });
});
