// The window of monthly taxable income a case is judged on (rules.md, Income windows).
import { monthFromIndex, monthIndex, monthOf, type IsoDate, type IsoMonth } from './dates';
import type { Case } from './schema';

export interface IncomeWindow {
  /** asOf's month: it and later months are not complete yet and are ignored. */
  current: IsoMonth;
  /** Months given that are ignored because they are asOf's month or later. */
  ignored: IsoMonth[];
  /** Newest month given before `current`, or null when there is none. */
  newest: IsoMonth | null;
  /** The months N−(length−1) … N, oldest first (empty without a newest month). */
  months: IsoMonth[];
  /** Months of the window with no amount. */
  missing: IsoMonth[];
  /** The newest month is older than two months before `current`. */
  stale: boolean;
  /** Amount by month, for the months of the window that have one. */
  amounts: ReadonlyMap<IsoMonth, number>;
}

/** Length 6 for a new permit, 36 for a renewal. */
export function incomeWindow(c: Case, asOf: IsoDate, length: number): IncomeWindow {
  const current = monthOf(asOf);
  const currentIndex = monthIndex(current);
  const given = new Map<number, number>();
  const ignored: IsoMonth[] = [];
  for (const entry of c.applicant?.monthlyIncome ?? []) {
    if (entry.month === undefined || entry.amount === undefined) continue;
    const index = monthIndex(entry.month);
    if (index >= currentIndex) {
      if (!ignored.includes(entry.month)) ignored.push(entry.month);
    } else {
      given.set(index, entry.amount);
    }
  }
  let newestIndex = -1;
  for (const index of given.keys()) if (index > newestIndex) newestIndex = index;
  if (newestIndex < 0) {
    return { current, ignored, newest: null, months: [], missing: [], stale: false, amounts: new Map() };
  }
  const months: IsoMonth[] = [];
  const missing: IsoMonth[] = [];
  const amounts = new Map<IsoMonth, number>();
  for (let index = newestIndex - length + 1; index <= newestIndex; index++) {
    const month = monthFromIndex(index);
    months.push(month);
    const amount = given.get(index);
    if (amount === undefined) missing.push(month);
    else amounts.set(month, amount);
  }
  return {
    current,
    ignored: ignored.sort(),
    newest: monthFromIndex(newestIndex),
    months,
    missing,
    stale: newestIndex < currentIndex - 2,
    amounts,
  };
}
