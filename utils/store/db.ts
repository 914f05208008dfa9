// The store of cases, employer profiles, page mappings and settings, in the extension's own origin.
// Opened by the background (and extension pages); content scripts reach it by messaging. When
// IndexedDB cannot open, the same API runs over memory and says so (`persistent === false`).
// Store is built in layers, one responsibility each: connection.ts (the backend, its fallback and
// transactions), settings.ts (settings and reminders), cases.ts (cases and their versions, employer
// profiles, quarantine), autosave.ts (what portal pages send), and here the export and import of cases.
import { openDB, type IDBPDatabase } from 'idb';
import { MATERIAL_IDS } from '../../rules/materials';
import { AutosaveStore } from './autosave';
import { IdbBackend, MemoryBackend } from './backend';
import { newId } from './cases';
import { DB_NAME, DB_VERSION, upgradeDatabase } from './migrations';
import { buildExport, duplicatesMessage, parseImport } from './transfer';
import { withVersion } from './versions';
import type { CaseRecord, ExportFile, ImportDuplicate, ImportResult } from './types';

export interface OpenStoreOptions {
  /** Database name; tests use their own. */
  name?: string;
  /** How long to wait for IndexedDB before working from memory (it is adopted if it opens later). */
  timeoutMs?: number;
  now?: () => Date;
}

const DEFAULT_OPEN_TIMEOUT_MS = 10_000;

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

export class Store extends AutosaveStore {
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
