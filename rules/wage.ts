// 上一年度本市全口径城镇单位就业人员平均工资 (monthly, yuan), by data year.
// Figures: research/domain.md §2.1 (the 2021, 2022, 2024 and 2025 social-insurance caps
// cross-check at 3×). The 2025 figure was not found.
// Each figure is in force from the day it was published (rules.md v2, Average wage), as found in
// the social-insurance base notices and secondary sources (research/domain.md §7); the previous
// figure stays in force until then.

import type { IsoDate } from './dates';

export type WageRow = {
  readonly dataYear: number;
  readonly monthly: number;
  readonly effectiveFrom: IsoDate;
  readonly source: string;
  readonly sourceUrl: string;
};

export type WageFigure = { dataYear: number; monthly: number; source: string; overridden?: boolean };

const SOURCE = '北京市人力资源和社会保障局《历年北京市全口径城镇单位就业人员平均工资》';
const SOURCE_URL = 'https://rsj.beijing.gov.cn/bm/ywml/202007/t20200717_1950961.html';

/** The source named for a figure the user entered in the options. */
export const OVERRIDE_SOURCE = '用户在设置中填写 / entered by the user in the options';

function row(dataYear: number, monthly: number, publishedOn: IsoDate): WageRow {
  return { dataYear, monthly, effectiveFrom: publishedOn, source: SOURCE, sourceUrl: SOURCE_URL };
}

/** Oldest first. */
export const WAGE_TABLE: readonly WageRow[] = [
  row(2018, 7855, '2019-07-04'),
  row(2019, 8847, '2020-07-17'),
  row(2020, 9407, '2021-08-04'),
  row(2021, 10628, '2022-07-19'),
  row(2022, 11297, '2023-07-25'),
  row(2023, 11761, '2024-07-26'),
  row(2024, 11937, '2025-09-18'),
];

/** The figure in force on asOf: the newest row effective on or before it, unless overridden. */
export function wageInForce(
  asOf: IsoDate,
  override?: { monthly: number; dataYear: number } | null,
): WageFigure | null {
  if (override) {
    return { dataYear: override.dataYear, monthly: override.monthly, source: OVERRIDE_SOURCE, overridden: true };
  }
  for (let i = WAGE_TABLE.length - 1; i >= 0; i--) {
    const candidate = WAGE_TABLE[i]!;
    if (candidate.effectiveFrom <= asOf) {
      return { dataYear: candidate.dataYear, monthly: candidate.monthly, source: candidate.source };
    }
  }
  return null;
}

export function monthlyFigureForDataYear(year: number): number | null {
  return WAGE_TABLE.find((candidate) => candidate.dataYear === year)?.monthly ?? null;
}

/** The days after asOf on which a newer figure comes into force, oldest first; none with an override. */
export function wageChangesAfter(asOf: IsoDate, override?: { monthly: number; dataYear: number } | null): IsoDate[] {
  if (override) return [];
  const changes: IsoDate[] = [];
  for (const candidate of WAGE_TABLE) if (candidate.effectiveFrom > asOf) changes.push(candidate.effectiveFrom);
  return changes;
}
