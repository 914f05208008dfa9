// The store of cases, employer profiles, page mappings and settings, in the extension's own origin.
// Opened by the background (and extension pages); content scripts reach it by messaging. When
// IndexedDB cannot open, the same API runs over memory and says so (`persistent === false`).
import { openDB, type IDBPDatabase } from 'idb';
import { MATERIAL_IDS } from '../../rules/materials';
import { mergeRosterCase } from '../../rules/roster';
import { CASE_SCHEMA_ID, parseCase, type Case, type CaseError } from '../../rules/schema';
import { localDate, type CheckDigest } from './assess';
import { IdbBackend, KEY_PATHS, MemoryBackend, STORE_NAMES, type Backend, type Durability, type Mode, type StoreName, type Tx } from './backend';
import { CaseCache, digestFor, listItemOf, type CheckOptions } from './cache';
import { salvageCase } from '../../rules/salvage';
import { applyPageData } from './merge';
import { sameContent, withVersion } from './versions';
import { jsonLength, LIMIT_ERRORS, MAX_CASE_JSON_LENGTH, MAX_QUARANTINED_PAGES } from './limits';
import { DB_NAME, DB_VERSION, upgradeDatabase } from './migrations';
import {
  identityOf,
  normalizeSettings,
  prefixPath,
  validateCaseRecord,
  validateEmployerProfile,
  validateMappings,
  validateSettingsPatch,
  type Checked,
} from './records';
import { buildExport, duplicatesMessage, parseImport } from './transfer';
import {
  CASE_STATUSES,
  type AutosaveRequest,
  type AutosaveResult,
  type CaseInput,
  type CaseListItem,
  type CaseRecord,
  type CaseStatus,
  type EmployerInput,
  type EmployerProfile,
  type ExportFile,
  type FieldMappings,
  type ImportDuplicate,
  type ImportResult,
  type MappingRecord,
  type QuarantineEntry,
  type RosterImportResult,
  type SaveResult,
  type Settings,
  type StoreStatus,
} from './types';

export interface OpenStoreOptions {
  /** Database name; tests use their own. */
  name?: string;
  /** How long to wait for IndexedDB before working from memory (it is adopted if it opens later). */
  timeoutMs?: number;
  now?: () => Date;
}

const DEFAULT_OPEN_TIMEOUT_MS = 10_000;
/** Count points kept per case; older ones are dropped first. */
const MAX_HISTORY = 200;
/** Entries of the reminder log kept; the oldest go first. */
const MAX_REMINDER_LOG = 1000;
const SETTINGS_KEY = 'settings';
const REMINDER_LOG_KEY = 'reminders-shown';
const ELIGIBLE_REMINDERS_KEY = 'eligible-reminders';
const MAX_PAGE_KEY_LENGTH = 1000;

export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const name = options.name ?? DB_NAME;
  const now = options.now ?? (() => new Date());
  let backend: IdbBackend | undefined;
  let upgradeFailure: unknown;
  const open = () =>
    openDB(name, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        upgradeDatabase(db, oldVersion, tx, now().toISOString()).catch((error: unknown) => {
          upgradeFailure = error;
        });
      },
      // Another context (a newer version of the extension) needs to upgrade: let it.
      blocking: () => backend?.release(),
    });

  let attempt: Promise<IDBPDatabase>;
  try {
    attempt = open();
  } catch (error) {
    return new Store(new MemoryBackend(), describe(error), now);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), options.timeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS);
  });
  const outcome = await Promise.race([attempt, timedOut]).catch((error: unknown) => ({ error }));
  clearTimeout(timer);

  if (outcome === 'timeout') {
    const store = new Store(new MemoryBackend(), 'IndexedDB did not open in time', now);
    attempt.then(
      (db) => store.adopt((backend = new IdbBackend(db, open))),
      () => undefined,
    );
    return store;
  }
  if ('error' in outcome) return new Store(new MemoryBackend(), describe(upgradeFailure ?? outcome.error), now);
  backend = new IdbBackend(outcome, open);
  return new Store(backend, null, now);
}

function describe(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException) return `${error.name}: ${error.message}`;
  return String(error);
}

function newId(): string {
  return crypto.randomUUID();
}

function newestFirst(a: { updatedAt: string }, b: { updatedAt: string }): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

/** A record as written, with the check made of it then. */
interface Written {
  record: CaseRecord;
  checked: { options: CheckOptions; digest: CheckDigest | null };
}

export class Store {
  private switching: Promise<void> | null = null;
  /** The background is the only writer: what it wrote it knows without reading it back. */
  private readonly cases = new CaseCache();
  /** The settings as last read or written, so that saves and lists need not read them. */
  private settings: Settings | null = null;
  /** Moved on by every settings write, so that a read made before one is not kept after it. */
  private settingsVersion = 0;

  constructor(
    private backend: Backend,
    private failure: string | null,
    private readonly now: () => Date,
  ) {}

  /** False when records live only in memory and are lost when the browser closes. */
  get persistent(): boolean {
    return this.backend.persistent;
  }

  /**
   * Moves what was saved in memory into IndexedDB that opened late, then works from IndexedDB.
   * Cases keep their ids, so one typed in memory may sit beside an older one of the same person.
   */
  adopt(idb: IdbBackend): void {
    const memory = this.backend;
    if (!(memory instanceof MemoryBackend)) return;
    this.switching = (async () => {
      // Queued behind every write already sent to memory.
      const snapshot = await memory.run(STORE_NAMES, 'readonly', async () => memory.snapshot());
      await idb.run(
        STORE_NAMES,
        'readwrite',
        async (tx) => {
          for (const [store, records] of snapshot) {
            for (const [key, value] of records) await tx.put(store, value, KEY_PATHS[store] ? undefined : key);
          }
        },
        'strict',
      );
      this.backend = idb;
      this.failure = null;
      // IndexedDB may have held cases and settings that memory did not.
      this.cases.clear();
      this.forgetSettings();
    })()
      .catch(() => idb.close())
      .finally(() => {
        this.switching = null;
      });
  }

  private async run<T>(stores: readonly StoreName[], mode: Mode, fn: (tx: Tx) => Promise<T>, durability?: Durability): Promise<T> {
    if (this.switching) await this.switching;
    try {
      return await this.backend.run(stores, mode, fn, durability);
    } catch (error) {
      // Whether a failed write changed anything is unknown: what it touched is read afresh next time.
      if (mode === 'readwrite' && stores.includes('cases')) this.cases.clear();
      if (mode === 'readwrite' && stores.includes('settings')) this.forgetSettings();
      throw error;
    }
  }

  private nowIso(): string {
    return this.now().toISOString();
  }

  async status(): Promise<StoreStatus> {
    const quarantined = await this.run(['quarantine'], 'readonly', (tx) => tx.count('quarantine'));
    return { persistent: this.persistent, failure: this.failure, quarantined };
  }

  close(): void {
    this.backend.close();
  }

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

  private async putQuarantine(tx: Tx, entry: QuarantineEntry): Promise<void> {
    await tx.put('quarantine', entry);
  }

  private async readSettings(tx: Tx): Promise<Settings> {
    return normalizeSettings(await tx.get('settings', SETTINGS_KEY));
  }

  /** Checks the case; appends its error and warning counts to its history when they changed. */
  private recordCounts(record: CaseRecord, settings: Settings): Written {
    const options = { today: localDate(this.now()), wageOverride: settings.wageOverride };
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
  private remember({ record, checked }: Written): CaseRecord {
    this.cases.set(record, checked);
    return record;
  }

  private freshRecord(id: string, at: string): CaseRecord {
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

  private setIdentity(record: CaseRecord): void {
    const identity = identityOf(record.case);
    if (identity) record.idNumberType = identity;
    else delete record.idNumberType;
  }

  /**
   * Saves what the content script read from a portal page. It merges without asking only into the
   * case the tab is bound to in this same document (`boundCaseId`), or into a case with the same
   * identity when the page changes nothing of it. A page that would change another case with its
   * identity is kept as a draft of its own, `pendingMerge` naming that case, until the user
   * chooses (mergePending / keepPending). Without an identity it continues only the bound case,
   * else makes a new draft. Nothing is dropped: data the schema rejects is kept in `draftRaw`, or
   * set aside in the quarantine when not even its type is usable.
   */
  async autosave(request: AutosaveRequest): Promise<AutosaveResult | { ok: false; error: CaseError }> {
    const { pageKey, caseData } = request;
    if (typeof pageKey !== 'string' || pageKey === '' || pageKey.length > MAX_PAGE_KEY_LENGTH) {
      return { ok: false, error: { path: 'pageKey', expected: `a non-empty string of at most ${MAX_PAGE_KEY_LENGTH} characters` } };
    }
    if (jsonLength(caseData) > MAX_CASE_JSON_LENGTH) return { ok: false, error: LIMIT_ERRORS.size };
    const salvage = salvageCase(caseData, MATERIAL_IDS);
    const at = this.nowIso();
    const stashKey = `autosave:${pageKey}`;
    let checked: Written['checked'] | undefined;
    const settings = await this.getSettings();
    const result = await this.run(['cases', 'quarantine'], 'readwrite', async (tx): Promise<AutosaveResult | { ok: false; error: CaseError }> => {
      /** Sets the page aside; refused once the quarantine holds its limit of pages (a page already there is replaced). */
      const setAside = async (reason: CaseError): Promise<AutosaveResult | { ok: false; error: CaseError }> => {
        if ((await tx.get('quarantine', stashKey)) === undefined) {
          const pages = (await tx.entries('quarantine')).filter(([key]) => key.startsWith('autosave:')).length;
          if (pages >= MAX_QUARANTINED_PAGES) return { ok: false, error: LIMIT_ERRORS.quarantine };
        }
        await this.putQuarantine(tx, { id: stashKey, from: 'autosave', reason, original: caseData, setAsideAt: at });
        return { ok: true, stored: 'set-aside', record: null, created: false, error: reason };
      };
      const valid = (values: unknown[]) =>
        values.flatMap((v) => {
          const checked = validateCaseRecord(v, at);
          return checked.ok ? [checked.value] : [];
        });
      const boundRaw = request.boundCaseId ? await tx.get('cases', request.boundCaseId) : undefined;
      const bound = boundRaw === undefined ? undefined : valid([boundRaw])[0];

      if (!salvage.ok) {
        if (!bound) return setAside(salvage.error);
        bound.draftRaw = { data: caseData, error: salvage.error, at };
        bound.updatedAt = at;
        await tx.put('cases', bound);
        return { ok: true, stored: 'salvaged', record: bound, created: false, error: salvage.error };
      }

      const incoming = salvage.case;
      const identity = identityOf(incoming);
      const sameIdentity = identity
        ? valid(await tx.getAllFromIndex('cases', 'idNumberType', identity))
            .filter((r) => r.id !== bound?.id && r.pendingMerge === undefined)
            .sort(newestFirst)[0]
        : undefined;
      const mergedInto = (base: CaseRecord | undefined) => parseCase(applyPageData(base?.case, base?.sources[pageKey], incoming));

      let target: CaseRecord | undefined;
      let pendingFor: string | undefined;
      let unchanged = false;
      if (bound && bound.case.type === incoming.type && (!identity || bound.idNumberType === identity || bound.pendingMerge !== undefined || !sameIdentity)) {
        // The tab's own case in this document (a draft waiting to be merged stays one).
        target = bound;
        if (bound.pendingMerge !== undefined && sameIdentity && bound.pendingMerge !== sameIdentity.id) bound.pendingMerge = sameIdentity.id;
        pendingFor = target.pendingMerge;
      } else if (sameIdentity) {
        // Another document: nothing of that case is removed for what this page does not show.
        const added = parseCase(applyPageData(sameIdentity.case, undefined, incoming));
        if (added.ok && sameContent(added.case, sameIdentity.case)) {
          // The page shows nothing new of that case (its page reloaded, emptied): bound to it,
          // the case unchanged; what this page shows now is what it may later clear.
          target = sameIdentity;
          unchanged = true;
        } else {
          pendingFor = sameIdentity.id;
        }
      }
      // Over the tab's limit of new drafts: the page is kept in the quarantine, not dropped.
      if (!target && request.mayCreate === false) return setAside(LIMIT_ERRORS.drafts);
      const record = target ?? this.freshRecord(newId(), at);
      if (pendingFor !== undefined) record.pendingMerge = pendingFor;
      const merged = unchanged ? { ok: true as const, case: record.case } : mergedInto(target);
      record.case = merged.ok ? merged.case : incoming;
      record.sources = { ...record.sources, [pageKey]: incoming };
      record.pageKeys = Object.keys(record.sources);
      record.updatedAt = at;
      if (!unchanged) record.versions = withVersion(record.versions, { at, source: 'page', case: record.case, ...(request.docNonce !== undefined && { doc: request.docNonce }) });
      if (salvage.error) record.draftRaw = { data: caseData, error: salvage.error, at };
      else delete record.draftRaw;
      this.setIdentity(record);
      ({ checked } = this.recordCounts(record, settings));
      await tx.put('cases', record);
      // The page's current state supersedes what it stashed while it had no usable type.
      await tx.delete('quarantine', stashKey);
      const pending = pendingFor === undefined ? {} : { pendingFor };
      return salvage.error
        ? { ok: true, stored: 'salvaged', record, created: !target, error: salvage.error, ...pending }
        : { ok: true, stored: 'valid', record, created: !target, ...pending };
    });
    if (result.ok && result.record) this.cases.set(result.record, checked);
    return result;
  }

  /**
   * The user said yes to "this page matches X's case — merge?": the pending draft's page data goes
   * into X (a new version of X, so the merge can be undone) and the draft goes. Returns X.
   */
  async mergePending(id: string): Promise<CaseRecord | null> {
    const at = this.nowIso();
    const settings = await this.getSettings();
    const written = await this.run(['cases'], 'readwrite', async (tx) => {
      const pending = validateCaseRecord(await tx.get('cases', id), at);
      if (!pending.ok || pending.value.pendingMerge === undefined) return null;
      const target = validateCaseRecord(await tx.get('cases', pending.value.pendingMerge), at);
      if (!target.ok) return null;
      const record = target.value;
      for (const [pageKey, data] of Object.entries(pending.value.sources)) {
        const merged = parseCase(applyPageData(record.case, record.sources[pageKey], data as Case));
        if (merged.ok) record.case = merged.case;
        record.sources[pageKey] = data;
      }
      record.pageKeys = Object.keys(record.sources);
      record.updatedAt = at;
      record.versions = withVersion(record.versions, { at, source: 'page', case: record.case });
      this.setIdentity(record);
      const written = this.recordCounts(record, settings);
      await tx.put('cases', record);
      await tx.delete('cases', id);
      return written;
    });
    if (!written) return null;
    this.cases.delete(id);
    return this.remember(written);
  }

  /** The user said no: the pending draft stays a case of its own. */
  async keepPending(id: string): Promise<CaseRecord | null> {
    const at = this.nowIso();
    const record = await this.run(['cases'], 'readwrite', async (tx) => {
      const checked = validateCaseRecord(await tx.get('cases', id), at);
      if (!checked.ok || checked.value.pendingMerge === undefined) return null;
      delete checked.value.pendingMerge;
      await tx.put('cases', checked.value);
      return checked.value;
    });
    if (record) this.cases.set(record);
    return record;
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

  // Page mappings

  async getMappings(pageKey: string): Promise<FieldMappings> {
    const value = (await this.run(['mappings'], 'readonly', (tx) => tx.get('mappings', pageKey))) as MappingRecord | undefined;
    const checked = validateMappings(value?.mappings ?? {});
    return checked.ok ? checked.value : {};
  }

  async setMappings(pageKey: string, mappings: unknown): Promise<Checked<FieldMappings>> {
    if (typeof pageKey !== 'string' || pageKey === '' || pageKey.length > MAX_PAGE_KEY_LENGTH) {
      return { ok: false, error: { path: 'pageKey', expected: 'a non-empty string' } };
    }
    const checked = validateMappings(mappings);
    if (!checked.ok) return checked;
    const record: MappingRecord = { pageKey, mappings: checked.value, updatedAt: this.nowIso() };
    await this.run(['mappings'], 'readwrite', (tx) => tx.put('mappings', record));
    return checked;
  }

  // Settings

  async getSettings(): Promise<Settings> {
    if (this.settings) return structuredClone(this.settings);
    const version = this.settingsVersion;
    const settings = await this.run(['settings'], 'readonly', (tx) => this.readSettings(tx));
    if (version === this.settingsVersion) this.settings = structuredClone(settings);
    return settings;
  }

  private forgetSettings(): void {
    this.settingsVersion++;
    this.settings = null;
  }

  async setSettings(patch: unknown): Promise<Checked<Settings>> {
    const checked = validateSettingsPatch(patch);
    if (!checked.ok) return checked;
    const settings = await this.run(['settings'], 'readwrite', async (tx) => {
      const settings = { ...(await this.readSettings(tx)), ...checked.value };
      await tx.put('settings', settings, SETTINGS_KEY);
      return settings;
    });
    this.settingsVersion++;
    this.settings = structuredClone(settings);
    return { ok: true, value: settings };
  }

  /** Keys of the reminders already shown (see reminders.ts). */
  async remindersShown(): Promise<Set<string>> {
    const value = await this.run(['settings'], 'readonly', (tx) => tx.get('settings', REMINDER_LOG_KEY));
    return new Set(Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : []);
  }

  async markRemindersShown(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.run(['settings'], 'readwrite', async (tx) => {
      const value = await tx.get('settings', REMINDER_LOG_KEY);
      const log = Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [];
      const next = [...new Set([...log, ...keys])].slice(-MAX_REMINDER_LOG);
      await tx.put('settings', next, REMINDER_LOG_KEY);
    });
  }

  /** Ids of the cases whose first day to apply the user asked to be reminded of. */
  async eligibleReminders(): Promise<Set<string>> {
    const value = await this.run(['settings'], 'readonly', (tx) => tx.get('settings', ELIGIBLE_REMINDERS_KEY));
    return new Set(Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : []);
  }

  /** Sets or clears the reminder of a stored case's first day to apply; false when there is no such case. */
  async setEligibleReminder(caseId: string, on: boolean): Promise<boolean> {
    return this.run(['cases', 'settings'], 'readwrite', async (tx) => {
      const value = await tx.get('settings', ELIGIBLE_REMINDERS_KEY);
      const chosen = new Set(Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : []);
      const exists = (await tx.get('cases', caseId)) !== undefined;
      if (on && exists) chosen.add(caseId);
      else chosen.delete(caseId);
      await tx.put('settings', [...chosen], ELIGIBLE_REMINDERS_KEY);
      return exists;
    });
  }

  // Quarantine

  async listQuarantine(): Promise<QuarantineEntry[]> {
    const values = await this.run(['quarantine'], 'readonly', (tx) => tx.getAll('quarantine'));
    return (values as QuarantineEntry[]).sort((a, b) => (a.setAsideAt < b.setAsideAt ? 1 : a.setAsideAt > b.setAsideAt ? -1 : 0));
  }

  async discardQuarantined(id: string): Promise<void> {
    await this.run(['quarantine'], 'readwrite', (tx) => tx.delete('quarantine', id));
  }

  // Export and import

  /** The given cases (all when `ids` is absent) as an export file. */
  async exportCases(ids?: readonly string[]): Promise<ExportFile> {
    const all = await this.listCases();
    const wanted = ids ? new Set(ids) : null;
    return buildExport(wanted ? all.filter((r) => wanted.has(r.id)) : all, this.nowIso());
  }

  /**
   * Imports an export file (its text or parsed JSON) or one bare case, all or nothing. A record
   * with the id or the identity (number and type) of a stored case is a duplicate: the import is
   * refused and lists them unless `replaceDuplicates`, which replaces the stored ones.
   */
  async importCases(input: unknown, options: { replaceDuplicates?: boolean } = {}): Promise<ImportResult> {
    const at = this.nowIso();
    const parsed = parseImport(input, at, newId, MATERIAL_IDS);
    if (!parsed.ok) return parsed;
    const replaced: string[] = [];
    const result = await this.run(
      ['cases'],
      'readwrite',
      async (tx): Promise<ImportResult> => {
        const duplicates: ImportDuplicate[] = [];
        const replacing: string[][] = [];
        for (const [index, record] of parsed.records.entries()) {
          const sameId = (await tx.get('cases', record.id)) !== undefined;
          const sameIdentity = record.idNumberType
            ? ((await tx.getAllFromIndex('cases', 'idNumberType', record.idNumberType)) as CaseRecord[])
                .map((r) => r.id)
                .filter((id) => id !== record.id)
            : [];
          if (sameId) duplicates.push({ index, existingId: record.id, by: 'id' });
          for (const existingId of sameIdentity) duplicates.push({ index, existingId, by: 'identity' });
          replacing.push(sameIdentity);
        }
        if (duplicates.length > 0 && !options.replaceDuplicates) {
          return { ok: false, reason: 'duplicates', message: duplicatesMessage(new Set(duplicates.map((d) => d.index)).size), duplicates };
        }
        for (const [index, record] of parsed.records.entries()) {
          for (const id of replacing[index] ?? []) {
            await tx.delete('cases', id);
            replaced.push(id);
          }
          record.versions = withVersion(undefined, { at: this.nowIso(), source: 'import', case: record.case });
          await tx.put('cases', record);
        }
        return { ok: true, imported: parsed.records.length, replaced: new Set(duplicates.map((d) => d.index)).size };
      },
      'strict',
    );
    if (result.ok) {
      for (const id of replaced) this.cases.delete(id);
      for (const record of parsed.records) this.cases.set(record);
    }
    return result;
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
