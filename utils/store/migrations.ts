// The database's version history and the upgrade that brings any earlier version to the current
// one. Every step is idempotent (it checks before it creates, and rewrites a record only when the
// record still has the old shape) and runs inside the version-change transaction, so a database
// is either fully upgraded or left as it was. Chromium commits version-change transactions with
// strict durability whatever the default (OpenRequest::StartUpgrade), which is what a migration
// that rewrites records needs.
//
// Version 1: one object store `cases` (keyPath `id`); records
//   { id, case: <case JSON>, status: '草稿' | '待提交' | '已提交' | '已核准' | '被退回', savedAt: <epoch ms> }.
// Version 2: adds `employers` (keyPath `id`: { id, name, employer, updatedAt }) and `settings`
//   (out-of-line key 'settings': { lang, wageOverride }). Case records become
//   { id, case, status: 'draft' | 'ready' | 'submitted' | 'approved' | 'returned', notes,
//     createdAt, updatedAt (ISO), history: [{ at, errors, warnings }] }.
// Version 3: adds `mappings` (keyPath `pageKey`), `quarantine` (keyPath `id`), and on `cases` the
//   indexes idNumberType and pageKeys (multiEntry). Case records gain idNumberType,
//   sources and pageKeys; settings gain `reminders` (default on). Each case record is validated
//   against the case schema; one that fails is moved to the quarantine with the reason.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { INDEXES, KEY_PATHS, type StoreName } from './backend';
import { validateCaseRecord } from './records';
import type { CaseStatus, QuarantineEntry } from './types';
import { isPlainObject } from '../../rules/json';

export const DB_NAME = 'gongju-precheck';
export const DB_VERSION = 3;

type UpgradeTx = IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>;

const STATUS_BY_V1_LABEL: Record<string, CaseStatus> = {
  草稿: 'draft',
  待提交: 'ready',
  已提交: 'submitted',
  已核准: 'approved',
  被退回: 'returned',
};

/** Version 1 → 2 shape of a case record; a record already in the later shape is returned as is. */
export function caseRecordV1toV2(record: unknown, now: string): unknown {
  if (!isPlainObject(record) || typeof record.createdAt === 'string') return record;
  const { savedAt, status, ...rest } = record;
  const savedTime = typeof savedAt === 'number' && Number.isFinite(savedAt) ? new Date(savedAt).toISOString() : now;
  return {
    ...rest,
    status: typeof status === 'string' ? (STATUS_BY_V1_LABEL[status] ?? status) : status,
    notes: typeof rest.notes === 'string' ? rest.notes : '',
    createdAt: savedTime,
    updatedAt: savedTime,
    history: Array.isArray(rest.history) ? rest.history : [],
  };
}

/** Version 2 → 3: validated and given its identity and page bookkeeping, or the reason it fails. */
export function caseRecordV2toV3(record: unknown, now: string) {
  return validateCaseRecord(record, now);
}

function ensureStore(db: IDBPDatabase, name: StoreName): void {
  if (db.objectStoreNames.contains(name)) return;
  const keyPath = KEY_PATHS[name];
  db.createObjectStore(name, keyPath ? { keyPath } : undefined);
}

function ensureIndexes(tx: UpgradeTx, name: StoreName): void {
  const store = tx.objectStore(name);
  for (const index of INDEXES[name] ?? []) {
    if (!store.indexNames.contains(index.name)) {
      store.createIndex(index.name, index.name, { multiEntry: index.multiEntry ?? false });
    }
  }
}

/**
 * Brings a database at `oldVersion` (0 = new) to DB_VERSION. Awaits only requests of `tx`; any
 * unexpected failure aborts the transaction, which leaves the old version and its data untouched.
 */
export async function upgradeDatabase(db: IDBPDatabase, oldVersion: number, tx: UpgradeTx, now: string): Promise<void> {
  try {
    ensureStore(db, 'cases');
    if (oldVersion < 2) {
      ensureStore(db, 'employers');
      ensureStore(db, 'settings');
    }
    if (oldVersion < 3) {
      ensureStore(db, 'mappings');
      ensureStore(db, 'quarantine');
      ensureIndexes(tx, 'cases');
    }
    if (oldVersion === 0) return;
    await rewriteCases(tx, oldVersion, now);
    if (oldVersion < 3) await addReminderSetting(tx);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // The transaction already failed on its own.
    }
    throw error;
  }
}

async function rewriteCases(tx: UpgradeTx, oldVersion: number, now: string): Promise<void> {
  const cases = tx.objectStore('cases');
  const quarantine = tx.objectStore('quarantine');
  let cursor = await cases.openCursor();
  while (cursor) {
    let value: unknown = cursor.value;
    if (oldVersion < 2) value = caseRecordV1toV2(value, now);
    const checked = caseRecordV2toV3(value, now);
    if (checked.ok) {
      await cursor.update(checked.value);
    } else {
      const entry: QuarantineEntry = {
        id: `migration:${String(cursor.primaryKey)}:${now}`,
        from: 'cases',
        reason: checked.error,
        original: cursor.value,
        setAsideAt: now,
      };
      await quarantine.put(entry);
      await cursor.delete();
    }
    cursor = await cursor.continue();
  }
}

async function addReminderSetting(tx: UpgradeTx): Promise<void> {
  const settings = tx.objectStore('settings');
  const current: unknown = await settings.get('settings');
  if (isPlainObject(current) && !('reminders' in current)) await settings.put({ ...current, reminders: true }, 'settings');
}
