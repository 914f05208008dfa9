// The case list's rows: the items the background makes of each case (its check included), filtered
// and sorted here.
import { APPLICATION_TYPES, type ApplicationType } from '../../rules/schema';
import { CASE_STATUSES, type CaseListItem, type CaseStatus } from '../../utils/store/types';
import type { WorkCalendar } from '../../rules/calendar';
import { matchesDeadline, type DeadlineFilter } from './deadline';
import { matchesEligibility, type EligibilityFilter } from './eligibility';

export type CaseRow = CaseListItem;

export interface RowFilter {
  type: ApplicationType | '';
  status: CaseStatus | '';
  /** By the planner's dates on `today` (eligibility.ts). */
  eligibility: EligibilityFilter | '';
  /** By the last safe day, or the cases that need action (deadline.ts). */
  deadline: DeadlineFilter | '';
  query: string;
}

/** What the deadline filter counts with: the working days, and the cases with a reminder of their first day to apply. */
export interface DeadlineContext {
  calendar: WorkCalendar;
  remindEligible: ReadonlySet<string>;
}

export function filterRows(rows: readonly CaseRow[], filter: RowFilter, today: string, context: DeadlineContext): CaseRow[] {
  const words = filter.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (filter.type === '' || row.type === filter.type) &&
      (filter.status === '' || row.status === filter.status) &&
      (filter.eligibility === '' || matchesEligibility(row, filter.eligibility, today)) &&
      (filter.deadline === '' || matchesDeadline(row, filter.deadline, today, context.calendar, context.remindEligible)) &&
      words.every((word) => row.searchText.includes(word)),
  );
}

export type SortKey =
  | 'subject'
  | 'type'
  | 'status'
  | 'errors'
  | 'warnings'
  | 'missing'
  | 'permitEnd'
  | 'lastSafe'
  | 'earliestEligible'
  | 'eligibleUntil'
  | 'updatedAt';
export type SortDirection = 'ascending' | 'descending';

const TYPE_ORDER = new Map(APPLICATION_TYPES.map((type, i) => [type, i]));
const STATUS_ORDER = new Map(CASE_STATUSES.map((status, i) => [status, i]));
const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true });

function sortValue(row: CaseRow, key: SortKey): string | number | null {
  switch (key) {
    case 'type':
      return TYPE_ORDER.get(row.type) ?? 0;
    case 'status':
      return STATUS_ORDER.get(row.status) ?? 0;
    case 'subject':
      return row.subject === '' ? null : row.subject;
    case 'errors':
    case 'warnings':
      return row.counts?.[key] ?? 0;
    case 'missing':
      return row.counts?.missingMaterials ?? 0;
    case 'permitEnd':
      return row.permitEnd;
    case 'lastSafe':
      return row.lastSafeSubmission;
    case 'earliestEligible':
    case 'eligibleUntil':
      return row[key];
    case 'updatedAt':
      return row.updatedAt;
  }
}

const inCodeUnitOrder = (x: string | number, y: string | number) => (x < y ? -1 : x > y ? 1 : 0);

function compareValues(x: string | number, y: string | number, key: SortKey): number {
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  // Names sort as people read them; the other strings are ISO dates, in code-unit order.
  return key === 'subject' ? collator.compare(String(x), String(y)) : inCodeUnitOrder(x, y);
}

/** Sorted copy; empty values (no name, no date) go last in either direction; ties newest first. */
export function sortRows(rows: readonly CaseRow[], key: SortKey, direction: SortDirection): CaseRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = compareValues(x, y, key);
    return order === 0 ? inCodeUnitOrder(b.updatedAt, a.updatedAt) : sign * order;
  });
}
