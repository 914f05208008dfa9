// The case list's rows: one check per record, cached by the record's updatedAt so that a list of
// a thousand cases is checked once, and again only for the records that change.
import { runChecks } from '../../rules/engine';
import { APPLICATION_TYPES, type ApplicationType } from '../../rules/schema';
import type { CheckOutput, Lang } from '../../rules/types';
import { checkCounts } from '../../components/Checklist';
import { CASE_STATUSES, type CaseRecord, type CaseStatus, type WageOverride } from '../../utils/store/types';

export interface CaseRow {
  id: string;
  record: CaseRecord;
  /** Who the case is about: the applicant, or the employer for the employer-level types. */
  subject: string;
  type: ApplicationType;
  status: CaseStatus;
  /** Null when the engine failed on the record. */
  output: CheckOutput | null;
  errors: number;
  warnings: number;
  missing: number;
  permitEnd: string | null;
  lastSafe: string | null;
  updatedAt: string;
  /** Lower-cased name, ID number, employer name and credit code, for the search box. */
  haystack: string;
}

const EMPLOYER_LEVEL: ReadonlySet<ApplicationType> = new Set(['employer-registration', 'department-change']);

export interface RowOptions {
  lang: Lang;
  today: string;
  wageOverride: WageOverride | null;
}

export function subjectOf(record: CaseRecord): string {
  const { applicant, employer, type } = record.case;
  return (EMPLOYER_LEVEL.has(type) ? employer?.name : applicant?.name) ?? '';
}

function buildRow(record: CaseRecord, options: RowOptions): CaseRow {
  let output: CheckOutput | null = null;
  try {
    output = runChecks(record.case, { lang: options.lang, today: options.today, wageOverride: options.wageOverride });
  } catch {
    output = null;
  }
  const counts = output ? checkCounts(output) : null;
  const c = record.case;
  return {
    id: record.id,
    record,
    subject: subjectOf(record),
    type: c.type,
    status: record.status,
    output,
    errors: counts?.errors ?? 0,
    warnings: counts?.warnings ?? 0,
    missing: counts?.missingMaterials ?? 0,
    permitEnd: c.permit?.validUntil ?? null,
    lastSafe: output?.dates.lastSafeSubmission ?? null,
    updatedAt: record.updatedAt,
    haystack: [c.applicant?.name, c.applicant?.idNumber, c.employer?.name, c.employer?.creditCode, c.permit?.employer]
      .filter((s): s is string => typeof s === 'string' && s !== '')
      .join('\n')
      .toLowerCase(),
  };
}

/**
 * Rows by record id; a row is rebuilt only when its record or the check options changed. The
 * record's content is compared, not only its updatedAt: an import may replace a case by one with
 * the same timestamps.
 */
export class RowCache {
  private readonly rows = new Map<string, { row: CaseRow; version: string }>();
  private optionsKey = '';

  rowsFor(records: readonly CaseRecord[], options: RowOptions): CaseRow[] {
    const key = JSON.stringify([options.lang, options.today, options.wageOverride]);
    if (key !== this.optionsKey) {
      this.rows.clear();
      this.optionsKey = key;
    }
    const seen = new Set<string>();
    const out = records.map((record) => {
      seen.add(record.id);
      const version = `${record.updatedAt}|${record.status}|${JSON.stringify(record.case)}`;
      const cached = this.rows.get(record.id);
      if (cached && cached.version === version) return cached.row;
      const row = buildRow(record, options);
      this.rows.set(record.id, { row, version });
      return row;
    });
    for (const id of this.rows.keys()) if (!seen.has(id)) this.rows.delete(id);
    return out;
  }
}

export interface RowFilter {
  type: ApplicationType | '';
  status: CaseStatus | '';
  query: string;
}

export function filterRows(rows: readonly CaseRow[], filter: RowFilter): CaseRow[] {
  const words = filter.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (filter.type === '' || row.type === filter.type) &&
      (filter.status === '' || row.status === filter.status) &&
      words.every((word) => row.haystack.includes(word)),
  );
}

export type SortKey = 'subject' | 'type' | 'status' | 'errors' | 'warnings' | 'missing' | 'permitEnd' | 'lastSafe' | 'updatedAt';
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
    default:
      return row[key];
  }
}

/** Sorted copy; empty values (no name, no date) go last in either direction. */
export function sortRows(rows: readonly CaseRow[], key: SortKey, direction: SortDirection): CaseRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return order === 0 ? b.updatedAt.localeCompare(a.updatedAt) : sign * order;
  });
}
