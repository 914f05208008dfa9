// The window of monthly taxable income a case is judged on (rules.md, Income windows).
import { monthFromIndex, monthIndex, monthOf, type IsoDate, type IsoMonth } from '../dates';
import type { Case } from '../schema';
import { memoBy, type RuleContext } from '../types';

/** The window each type's income is judged on: 近6个月 for a new permit (二(二)), 近36个月 for a renewal (七(三)4). */
export const INCOME_WINDOW_MONTHS = { new: 6, renewal: 36 } as const;

export interface IncomeWindow {
  /** asOf's month: it and later months are not complete yet and are ignored. */
  current: IsoMonth;
  /** Months given that are ignored because they are asOf's month or later. */
  ignored: IsoMonth[];
  /** Newest month given before `current`, or null when there is none. */
  newest: IsoMonth | null;
  /** The oldest month of the window, N−(length−1); null without a newest month. */
  first: IsoMonth | null;
  /** Months of the window with no amount. */
  missing: IsoMonth[];
  /** The newest month is older than two months before `current`. */
  stale: boolean;
  /** Month and amount, oldest first, for the months of the window that have one. */
  amounts: readonly (readonly [IsoMonth, number])[];
}

function computeWindow(c: Case, asOf: IsoDate, length: number): IncomeWindow {
  const current = monthOf(asOf);
  const currentIndex = monthIndex(current);
  const entries = c.applicant?.monthlyIncome ?? [];
  const ignored: IsoMonth[] = [];
  let newestIndex = -1;
  for (const { month, amount } of entries) {
    if (month === undefined || amount === undefined) continue;
    const index = monthIndex(month);
    if (index >= currentIndex) {
      if (!ignored.includes(month)) ignored.push(month);
    } else if (index > newestIndex) {
      newestIndex = index;
    }
  }
  if (newestIndex < 0) return { current, ignored, newest: null, first: null, missing: [], stale: false, amounts: [] };
  // The amount of each month of the window by position; a later entry for a month replaces an earlier one.
  const firstIndex = newestIndex - length + 1;
  const given: (readonly [IsoMonth, number])[] = new Array(length);
  for (const { month, amount } of entries) {
    if (month === undefined || amount === undefined) continue;
    const index = monthIndex(month);
    if (index >= firstIndex && index <= newestIndex) given[index - firstIndex] = [month, amount];
  }
  const missing: IsoMonth[] = [];
  const amounts: (readonly [IsoMonth, number])[] = [];
  for (let i = 0; i < length; i++) {
    const entry = given[i];
    if (entry) amounts.push(entry);
    else missing.push(monthFromIndex(firstIndex + i));
  }
  return {
    current,
    ignored: ignored.sort(),
    newest: monthFromIndex(newestIndex),
    first: monthFromIndex(firstIndex),
    missing,
    stale: newestIndex < currentIndex - 2,
    amounts,
  };
}

/** The window of the check's case on its asOf; rules and materials of one check share it. */
export function incomeWindow(ctx: RuleContext, length: number): IncomeWindow {
  return memoBy(ctx, 'income-window', length, (months) => computeWindow(ctx.c, ctx.asOf, months));
}
