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

  it('takes each figure to apply from 1 July of the following year, with its source', () => {
    for (const row of WAGE_TABLE) {
      expect(row.effectiveFrom).toBe(`${row.dataYear + 1}-07-01`);
      expect(row.source).toContain('历年北京市全口径城镇单位就业人员平均工资');
      expect(row.sourceUrl).toBe('https://rsj.beijing.gov.cn/bm/ywml/202007/t20200717_1950961.html');
    }
  });
});

describe('wageInForce', () => {
  it('uses data year 2024 in late 2026 (no 2025 figure is known)', () => {
    expect(wageInForce('2026-11-27')).toMatchObject({ dataYear: 2024, monthly: 11937 });
  });

  it('switches figures on 1 July', () => {
    expect(wageInForce('2025-06-30')).toMatchObject({ dataYear: 2023, monthly: 11761 });
    expect(wageInForce('2025-07-01')).toMatchObject({ dataYear: 2024, monthly: 11937 });
    expect(wageInForce('2019-07-01')).toMatchObject({ dataYear: 2018, monthly: 7855 });
  });

  it('has no figure before the first one took effect', () => {
    expect(wageInForce('2019-06-30')).toBeNull();
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
