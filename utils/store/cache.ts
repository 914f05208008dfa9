// The background's copy of the cases in memory: every valid record, read and validated once, and
// per record the digest of its check for the day and wage figure last asked about. Lists, the
// badge and the reminders then neither read and validate every record nor run the engine on each
// after every change. Only the Store changes it, once its transactions have committed; when it
// cannot follow a change (a failed write, a switch of backend) it forgets everything and the next
// read loads it again from the database.
import { subjectOf } from '../../rules/application-types';
import { assess, digestOf, type CheckDigest } from './assess';
import type { CaseListItem, CaseRecord, StoredCalendar, WageOverride } from './types';

export interface CheckOptions {
  today: string;
  wageOverride: WageOverride | null;
  calendars?: readonly StoredCalendar[];
}

interface Entry {
  /** Kept apart from the objects callers get: they receive copies. */
  readonly record: CaseRecord;
  /** `checkKey` of the options `digest` was computed for. */
  key?: string;
  /** Null when the engine failed on the case. */
  digest?: CheckDigest | null;
  item?: CaseListItem;
}

function checkKey(options: CheckOptions): string {
  return JSON.stringify([options.today, options.wageOverride, (options.calendars ?? []).map((calendar) => [calendar.year, calendar.addedAt])]);
}

/** The digest of a check run now, for a record about to be stored. */
export function digestFor(record: CaseRecord, options: CheckOptions): CheckDigest | null {
  const output = assess(record.case, options);
  return output ? digestOf(output) : null;
}

export function listItemOf(record: CaseRecord, digest: CheckDigest | null): CaseListItem {
  const c = record.case;
  return {
    id: record.id,
    type: c.type,
    status: record.status,
    subject: subjectOf(record.case),
    updatedAt: record.updatedAt,
    permitEnd: c.permit?.validUntil ?? null,
    searchText: [c.applicant?.name, c.applicant?.idNumber, c.employer?.name, c.employer?.creditCode, c.permit?.employer]
      .filter((s): s is string => typeof s === 'string' && s !== '')
      .join('\n')
      .toLowerCase(),
    counts: digest && { ...digest.counts },
    lastSafeSubmission: digest?.lastSafeSubmission ?? null,
    earliestEligible: digest?.earliestEligible ?? null,
    eligibleUntil: digest?.eligibleUntil ?? null,
    lastSafeProvisionalYears: digest ? [...digest.lastSafeProvisionalYears] : [],
  };
}

export class CaseCache {
  private entries: Map<string, Entry> | null = null;
  /** Moved on by every change, so that a load read before a write is not kept after it. */
  private generation = 0;

  /** Call before reading every record from the database; pass the token to `fill`. */
  loadToken(): number {
    return this.generation;
  }

  /** Keeps the records read, unless something changed since `token` was taken. */
  fill(records: readonly CaseRecord[], token: number): void {
    if (token !== this.generation) return;
    this.entries = new Map(records.map((record) => [record.id, { record: structuredClone(record) }]));
  }

  /** Copies of every record, or null while nothing is loaded. */
  records(): CaseRecord[] | null {
    return this.entries && [...this.entries.values()].map((entry) => structuredClone(entry.record));
  }

  has(id: string): boolean {
    return this.entries?.has(id) ?? false;
  }

  /** A record written; `digest`, when given, is its check for `options`, made as it was saved. */
  set(record: CaseRecord, checked?: { options: CheckOptions; digest: CheckDigest | null }): void {
    this.generation++;
    if (!this.entries) return;
    const entry: Entry = { record: structuredClone(record) };
    if (checked) {
      entry.key = checkKey(checked.options);
      entry.digest = checked.digest;
    }
    this.entries.set(record.id, entry);
  }

  delete(id: string): void {
    this.generation++;
    this.entries?.delete(id);
  }

  /** Forgets everything: the next read loads from the database. */
  clear(): void {
    this.generation++;
    this.entries = null;
  }

  /** Every record with its digest for `options` (computed now for those that have none for them), or null while nothing is loaded. */
  digests(options: CheckOptions): Array<{ record: CaseRecord; digest: CheckDigest | null }> | null {
    if (!this.entries) return null;
    const key = checkKey(options);
    return [...this.entries.values()].map((entry) => ({ record: entry.record, digest: this.digestOf(entry, key, options) }));
  }

  /** List items of the records with these ids (all when absent) that exist, or null while nothing is loaded. */
  listItems(options: CheckOptions, ids?: readonly string[]): CaseListItem[] | null {
    if (!this.entries) return null;
    const key = checkKey(options);
    const entries = ids ? ids.flatMap((id) => this.entries?.get(id) ?? []) : [...this.entries.values()];
    return entries.map((entry) => {
      const digest = this.digestOf(entry, key, options);
      entry.item ??= listItemOf(entry.record, digest);
      return entry.item;
    });
  }

  private digestOf(entry: Entry, key: string, options: CheckOptions): CheckDigest | null {
    if (entry.key !== key || entry.digest === undefined) {
      entry.key = key;
      entry.digest = digestFor(entry.record, options);
      delete entry.item;
    }
    return entry.digest;
  }
}
