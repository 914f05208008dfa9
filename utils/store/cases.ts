// Cases, employer profiles and the quarantine: reading (validated, cached, the broken ones set
// aside), saving with the check's counts in the history and a version of each change, going back
// to a version, delete and restore (one or many), status of many, duplicate, roster import.
import { MATERIAL_IDS } from '../../rules/materials';
import { mergeRosterCase } from '../../rules/roster';
import { CASE_SCHEMA_ID, parseCase, type Case, type CaseError } from '../../rules/schema';
import { localDateOf } from '../../rules/dates';
import type { CheckDigest } from './assess';
import type { Tx } from './backend';
import { digestFor, listItemOf, type CheckOptions } from './cache';
import { identityOf, prefixPath, validateCaseRecord, validateEmployerProfile, type Checked } from './records';
import { SettingsStore } from './settings';
import { sameContent, withVersion } from './versions';
import {
  CASE_STATUSES,
  type CaseInput,
  type CaseListItem,
  type CaseRecord,
  type CaseStatus,
  type EmployerInput,
  type EmployerProfile,
  type QuarantineEntry,
  type RosterImportResult,
  type SaveResult,
  type Settings,
} from './types';

/** Count points kept per case; older ones are dropped first. */
const MAX_HISTORY = 200;

export function newId(): string {
  return crypto.randomUUID();
}

export function newestFirst(a: { updatedAt: string }, b: { updatedAt: string }): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

/** A record as written, with the check made of it then. */
export interface Written {
  record: CaseRecord;
  checked: { options: CheckOptions; digest: CheckDigest | null };
}

export class CaseStore extends SettingsStore {
  // Cases

  /** Every valid case, most recently updated first; invalid records are moved to the quarantine. */
  async listCases(): Promise<CaseRecord[]> {
    return (this.cases.records() ?? (await this.loadCases())).sort(newestFirst);
  }

  /**
   * The case list's items, most recently updated first: of every case, or of the cases with these
   * ids that are stored. Checks are made once per case and kept until it changes or `options` do.
   */
  async listItems(options: CheckOptions, ids?: readonly string[]): Promise<CaseListItem[]> {
    let items = this.cases.listItems(options, ids);
    if (!items) {
      const records = await this.loadCases();
      const wanted = ids && new Set(ids);
      items =
        this.cases.listItems(options, ids) ??
        // A write came in while they were read: they are not kept, but still answer.
        records.filter((r) => !wanted || wanted.has(r.id)).map((r) => listItemOf(r, digestFor(r, options)));
    }
    return items.sort(newestFirst);
  }

  /** Every valid case with the digest of its check for `options`; the records are the cache's own, to read only. */
  async checkedCases(options: CheckOptions): Promise<Array<{ record: CaseRecord; check: CheckDigest | null }>> {
    let checked = this.cases.digests(options);
    if (!checked) {
      const records = await this.loadCases();
      checked = this.cases.digests(options) ?? records.map((record) => ({ record, digest: digestFor(record, options) }));
    }
    return checked.map(({ record, digest }) => ({ record, check: digest }));
  }

  /** Reads and validates every case, keeps them in the cache and sets aside those that fail. */
  private async loadCases(): Promise<CaseRecord[]> {
    const at = this.nowIso();
    const token = this.cases.loadToken();
    const entries = await this.run(['cases'], 'readonly', (tx) => tx.entries('cases'));
    const records: CaseRecord[] = [];
    const broken: string[] = [];
    for (const [key, value] of entries) {
      const checked = validateCaseRecord(value, at);
      if (checked.ok) records.push(checked.value);
      else broken.push(key);
    }
    this.cases.fill(records, token);
    if (broken.length > 0) await this.setAsideCases(broken);
    return records;
  }

  async getCase(id: string): Promise<CaseRecord | undefined> {
    const value = await this.run(['cases'], 'readonly', (tx) => tx.get('cases', id));
    if (value === undefined) return undefined;
    const checked = validateCaseRecord(value, this.nowIso());
    if (checked.ok) return checked.value;
    await this.setAsideCases([id]);
    return undefined;
  }

  /** Moves case records that fail validation (checked again inside the transaction) to the quarantine. */
  private async setAsideCases(keys: readonly string[]): Promise<void> {
    const at = this.nowIso();
    const moved = await this.run(['cases', 'quarantine'], 'readwrite', async (tx) => {
      const moved: string[] = [];
      for (const key of keys) {
        const value = await tx.get('cases', key);
        if (value === undefined) continue;
        const checked = validateCaseRecord(value, at);
        if (checked.ok) continue;
        await this.putQuarantine(tx, { id: `cases:${key}:${at}`, from: 'cases', reason: checked.error, original: value, setAsideAt: at });
        await tx.delete('cases', key);
        moved.push(key);
      }
      return moved;
    });
    for (const key of moved) this.cases.delete(key);
  }

  protected async putQuarantine(tx: Tx, entry: QuarantineEntry): Promise<void> {
    await tx.put('quarantine', entry);
  }

  /** Checks the case; appends its error and warning counts to its history when they changed. */
  protected recordCounts(record: CaseRecord, settings: Settings): Written {
    const options = { today: localDateOf(this.now()), wageOverride: settings.wageOverride, calendars: settings.calendars };
    const digest = digestFor(record, options);
    const written = { record, checked: { options, digest } };
    if (!digest) return written;
    const { errors, warnings } = digest.counts;
    const last = record.history[record.history.length - 1];
    if (last && last.errors === errors && last.warnings === warnings) return written;
    record.history.push({ at: record.updatedAt, errors, warnings });
    if (record.history.length > MAX_HISTORY) record.history.splice(0, record.history.length - MAX_HISTORY);
    return written;
  }

  /** Tells the cache of a case written, with the check made as it was saved. */
  protected remember({ record, checked }: Written): CaseRecord {
    this.cases.set(record, checked);
    return record;
  }

  protected freshRecord(id: string, at: string): CaseRecord {
    return {
      id,
      case: { schema: CASE_SCHEMA_ID, type: 'new' },
      status: 'draft',
      notes: '',
      createdAt: at,
      updatedAt: at,
      history: [],
      sources: {},
      pageKeys: [],
    };
  }

  /** Creates a case (no id, or an id not in the store) or replaces an existing case's data. */
  async saveCase(input: CaseInput): Promise<SaveResult> {
    const parsed = parseCase(input.case, MATERIAL_IDS);
    if (!parsed.ok) return { ok: false, error: { path: prefixPath('case', parsed.error.path), expected: parsed.error.expected } };
    if (input.status !== undefined && !CASE_STATUSES.includes(input.status)) {
      return { ok: false, error: { path: 'status', expected: `one of ${CASE_STATUSES.join(', ')}` } };
    }
    if (input.notes !== undefined && typeof input.notes !== 'string') return { ok: false, error: { path: 'notes', expected: 'a string' } };
    return { ok: true, record: await this.writeCase(input.id, parsed.case, input) };
  }

  private async writeCase(id: string | undefined, c: Case, fields: { status?: CaseStatus; notes?: string }): Promise<CaseRecord> {
    const at = this.nowIso();
    const settings = await this.getSettings();
    const written = await this.run(['cases'], 'readwrite', async (tx) => {
      const existing = id === undefined ? undefined : validateCaseRecord(await tx.get('cases', id), at);
      const record = existing?.ok ? existing.value : this.freshRecord(id ?? newId(), at);
      if (!existing?.ok || !sameContent(existing.value.case, c)) record.versions = withVersion(record.versions, { at, source: 'editor', case: c });
      record.case = c;
      if (fields.status !== undefined) record.status = fields.status;
      if (fields.notes !== undefined) record.notes = fields.notes;
      record.updatedAt = at;
      this.setIdentity(record);
      const written = this.recordCounts(record, settings);
      await tx.put('cases', record);
      return written;
    });
    return this.remember(written);
  }

  protected setIdentity(record: CaseRecord): void {
    const identity = identityOf(record.case);
    if (identity) record.idNumberType = identity;
    else delete record.idNumberType;
  }

  /** Makes version `index` of the case its content again, as a new version (so this can be undone too). */
  async restoreVersion(id: string, index: number): Promise<CaseRecord | null> {
    const at = this.nowIso();
    const settings = await this.getSettings();
    const written = await this.run(['cases'], 'readwrite', async (tx) => {
      const checked = validateCaseRecord(await tx.get('cases', id), at);
      const version = checked.ok ? checked.value.versions?.[index] : undefined;
      if (!checked.ok || !version) return null;
      const record = checked.value;
      record.case = structuredClone(version.case);
      record.updatedAt = at;
      record.versions = withVersion(record.versions, { at, source: 'editor', case: record.case });
      this.setIdentity(record);
      const written = this.recordCounts(record, settings);
      await tx.put('cases', record);
      return written;
    });
    return written ? this.remember(written) : null;
  }

  /** Deletes a case and returns it, for undo with restoreCase. */
  async deleteCase(id: string): Promise<CaseRecord | undefined> {
    const at = this.nowIso();
    const deleted = await this.run(['cases'], 'readwrite', async (tx) => {
      const checked = validateCaseRecord(await tx.get('cases', id), at);
      if (!checked.ok) return undefined;
      await tx.delete('cases', id);
      return checked.value;
    });
    if (deleted) this.cases.delete(id);
    return deleted;
  }

  /** Puts back a record returned by deleteCase (or any valid record) as it was. */
  async restoreCase(record: unknown): Promise<SaveResult> {
    const checked = validateCaseRecord(record, this.nowIso());
    if (!checked.ok) return { ok: false, error: checked.error };
    await this.run(['cases'], 'readwrite', (tx) => tx.put('cases', checked.value));
    this.cases.set(checked.value);
    return { ok: true, record: checked.value };
  }

  /** Deletes these cases in one transaction; returns them, for undo with restoreCases. */
  async deleteCases(ids: readonly string[]): Promise<CaseRecord[]> {
    const at = this.nowIso();
    const deleted = await this.run(['cases'], 'readwrite', async (tx) => {
      const found = (await Promise.all(ids.map((id) => tx.get('cases', id)))).flatMap((value) => {
        const checked = validateCaseRecord(value, at);
        return checked.ok ? [checked.value] : [];
      });
      await Promise.all(found.map((record) => tx.delete('cases', record.id)));
      return found;
    });
    for (const record of deleted) this.cases.delete(record.id);
    return deleted;
  }

  /** Sets the status of these cases in one transaction; returns them as they were, for undo. */
  async setStatuses(ids: readonly string[], status: CaseStatus): Promise<CaseRecord[]> {
    if (!CASE_STATUSES.includes(status)) return [];
    const at = this.nowIso();
    const changed = await this.run(['cases'], 'readwrite', async (tx) => {
      const found = (await Promise.all(ids.map((id) => tx.get('cases', id)))).flatMap((value) => {
        const checked = validateCaseRecord(value, at);
        return checked.ok && checked.value.status !== status ? [checked.value] : [];
      });
      const previous = found.map((record) => structuredClone(record));
      await Promise.all(found.map((record) => tx.put('cases', { ...record, status, updatedAt: at })));
      return { previous, records: found.map((record) => ({ ...record, status, updatedAt: at })) };
    });
    for (const record of changed.records) this.cases.set(record);
    return changed.previous;
  }

  /** Puts back records returned by deleteCases or setStatuses, as they were, in one transaction. */
  async restoreCases(records: readonly unknown[]): Promise<{ ok: true } | { ok: false; error: CaseError }> {
    return this.undoRosterImport([], records);
  }

  /** A copy as a new draft, with no page linked to it and no history. */
  async duplicateCase(id: string): Promise<SaveResult> {
    const source = await this.getCase(id);
    if (!source) return { ok: false, error: { path: 'id', expected: 'the id of a stored case' } };
    return { ok: true, record: await this.writeCase(undefined, source.case, { status: 'draft', notes: source.notes }) };
  }

  /**
   * Imports a roster's cases in one transaction, all or nothing: each updates the stored case of
   * its ID number and type (the row's fields over the case's) or is created as a draft.
   */
  async importRoster(cases: readonly unknown[]): Promise<RosterImportResult> {
    const incoming: Case[] = [];
    for (const [index, value] of cases.entries()) {
      const parsed = parseCase(value, MATERIAL_IDS);
      if (!parsed.ok) return { ok: false, index, error: parsed.error };
      incoming.push(parsed.case);
    }
    const at = this.nowIso();
    let written: { records: CaseRecord[]; created: string[]; previous: CaseRecord[] };
    try {
      written = await this.run(
        ['cases'],
        'readwrite',
        async (tx) => {
          // One read of every case rather than an index lookup per row: 50,000 rows stay quick.
          const byIdentity = new Map<string, CaseRecord>();
          for (const value of await tx.getAll('cases')) {
            const checked = validateCaseRecord(value, at);
            if (!checked.ok || !checked.value.idNumberType) continue;
            const known = byIdentity.get(checked.value.idNumberType);
            if (!known || newestFirst(checked.value, known) < 0) byIdentity.set(checked.value.idNumberType, checked.value);
          }
          const records: CaseRecord[] = [];
          const created: string[] = [];
          const previous: CaseRecord[] = [];
          for (const [index, c] of incoming.entries()) {
            const identity = identityOf(c);
            const existing = identity ? byIdentity.get(identity) : undefined;
            let record: CaseRecord;
            if (existing) {
              const merged = parseCase(mergeRosterCase(existing.case, c), MATERIAL_IDS);
              if (!merged.ok) throw new RosterRowRefused(index, merged.error);
              previous.push(structuredClone(existing));
              record = existing;
              record.case = merged.case;
            } else {
              record = this.freshRecord(newId(), at);
              record.case = c;
              created.push(record.id);
            }
            record.updatedAt = at;
            record.versions = withVersion(record.versions, { at, source: 'import', case: record.case });
            this.setIdentity(record);
            if (record.idNumberType) byIdentity.set(record.idNumberType, record);
            records.push(record);
          }
          // All writes at once: awaiting each in turn costs a round trip per row.
          await Promise.all(records.map((record) => tx.put('cases', record)));
          return { records, created, previous };
        },
        'strict',
      );
    } catch (error) {
      if (error instanceof RosterRowRefused) return { ok: false, index: error.index, error: error.error };
      throw error;
    }
    for (const record of written.records) this.cases.set(record);
    return { ok: true, created: written.created, previous: written.previous };
  }

  /** Undoes a roster import: deletes the cases it created and puts back the ones it updated. */
  async undoRosterImport(created: readonly string[], previous: readonly unknown[]): Promise<{ ok: true } | { ok: false; error: CaseError }> {
    const at = this.nowIso();
    const records: CaseRecord[] = [];
    for (const value of previous) {
      const checked = validateCaseRecord(value, at);
      if (!checked.ok) return { ok: false, error: checked.error };
      records.push(checked.value);
    }
    await this.run(
      ['cases'],
      'readwrite',
      async (tx) => {
        for (const id of created) await tx.delete('cases', id);
        for (const record of records) await tx.put('cases', record);
      },
      'strict',
    );
    for (const id of created) this.cases.delete(id);
    for (const record of records) this.cases.set(record);
    return { ok: true };
  }

  // Employer profiles

  async listEmployers(): Promise<EmployerProfile[]> {
    const at = this.nowIso();
    const values = await this.run(['employers'], 'readonly', (tx) => tx.getAll('employers'));
    return values.flatMap((value) => {
      const checked = validateEmployerProfile(value, at);
      return checked.ok ? [checked.value] : [];
    });
  }

  async saveEmployer(input: EmployerInput): Promise<Checked<EmployerProfile>> {
    const at = this.nowIso();
    const checked = validateEmployerProfile({ ...input, id: input.id ?? newId(), updatedAt: at }, at);
    if (!checked.ok) return checked;
    await this.run(['employers'], 'readwrite', (tx) => tx.put('employers', checked.value));
    return checked;
  }

  async deleteEmployer(id: string): Promise<void> {
    await this.run(['employers'], 'readwrite', (tx) => tx.delete('employers', id));
  }

  // Quarantine

  async listQuarantine(): Promise<QuarantineEntry[]> {
    const values = await this.run(['quarantine'], 'readonly', (tx) => tx.getAll('quarantine'));
    return (values as QuarantineEntry[]).sort((a, b) => (a.setAsideAt < b.setAsideAt ? 1 : a.setAsideAt > b.setAsideAt ? -1 : 0));
  }

  async discardQuarantined(id: string): Promise<void> {
    await this.run(['quarantine'], 'readwrite', (tx) => tx.delete('quarantine', id));
  }
}

/** Thrown inside the roster import's transaction to abort it, naming the row's case. */
class RosterRowRefused extends Error {
  constructor(
    readonly index: number,
    readonly error: CaseError,
  ) {
    super(`roster case ${index}: ${error.path}`);
  }
}
