// The ground every part of the store stands on: one backend (IndexedDB, or memory when it cannot
// open, moved into IndexedDB when it opens late), the transactions run on it, and the caches that a
// failed write or a late IndexedDB makes stale. The parts build on it in layers: settings.ts,
// cases.ts, autosave.ts, and db.ts (export and import, and openStore).
import { IdbBackend, KEY_PATHS, MemoryBackend, STORE_NAMES, type Backend, type Durability, type Mode, type StoreName, type Tx } from './backend';
import { CaseCache } from './cache';
import type { Settings, StoreStatus } from './types';

export class StoreConnection {
  private switching: Promise<void> | null = null;

  /** The background is the only writer: what it wrote it knows without reading it back. */
  protected readonly cases = new CaseCache();

  /** The settings as last read or written, so that saves and lists need not read them. */
  protected settings: Settings | null = null;

  /** Moved on by every settings write, so that a read made before one is not kept after it. */
  protected settingsVersion = 0;

  constructor(
    private backend: Backend,
    private failure: string | null,
    protected readonly now: () => Date,
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

  protected async run<T>(stores: readonly StoreName[], mode: Mode, fn: (tx: Tx) => Promise<T>, durability?: Durability): Promise<T> {
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

  protected nowIso(): string {
    return this.now().toISOString();
  }

  async status(): Promise<StoreStatus> {
    const quarantined = await this.run(['quarantine'], 'readonly', (tx) => tx.count('quarantine'));
    return { persistent: this.persistent, failure: this.failure, quarantined };
  }

  close(): void {
    this.backend.close();
  }

  protected forgetSettings(): void {
    this.settingsVersion++;
    this.settings = null;
  }
}
