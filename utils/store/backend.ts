// Two places a Store can keep its records behind the same transactional interface: IndexedDB,
// and memory for browsers where IndexedDB cannot open (private mode, Firefox "never remember
// history"). The store's logic is written once, against `Backend`.
import type { IDBPDatabase } from 'idb';

export const STORE_NAMES = ['cases', 'employers', 'mappings', 'settings', 'quarantine'] as const;
export type StoreName = (typeof STORE_NAMES)[number];

/** Key paths of the object stores with in-line keys; `settings` uses out-of-line keys. */
export const KEY_PATHS: Partial<Record<StoreName, string>> = {
  cases: 'id',
  employers: 'id',
  mappings: 'pageKey',
  quarantine: 'id',
};

/** Indexes of the current version: name = key path of the record field. */
export const INDEXES: Partial<Record<StoreName, readonly { name: string; multiEntry?: boolean }[]>> = {
  cases: [{ name: 'idNumberType' }, { name: 'pageKeys', multiEntry: true }],
};

/**
 * One transaction's operations. Within `Backend.run`, a function may await only these: an
 * IndexedDB transaction commits as soon as no request is pending.
 */
export interface Tx {
  get(store: StoreName, key: string): Promise<unknown>;
  getAll(store: StoreName): Promise<unknown[]>;
  /** Records whose index field equals (or, for multiEntry, contains) `key`, in key order. */
  getAllFromIndex(store: StoreName, index: string, key: string): Promise<unknown[]>;
  /** Every record with its primary key (needed for records too broken to carry their key). */
  entries(store: StoreName): Promise<[string, unknown][]>;
  put(store: StoreName, value: unknown, key?: string): Promise<void>;
  delete(store: StoreName, key: string): Promise<void>;
  count(store: StoreName): Promise<number>;
}

export type Mode = 'readonly' | 'readwrite';
export type Durability = 'default' | 'strict';

export interface Backend {
  readonly persistent: boolean;
  /** Runs `fn` in one transaction: all its writes happen, or (when it throws) none. */
  run<T>(stores: readonly StoreName[], mode: Mode, fn: (tx: Tx) => Promise<T>, durability?: Durability): Promise<T>;
  close(): void;
}

export class IdbBackend implements Backend {
  readonly persistent = true;
  private db: IDBPDatabase | null;

  /** `reopen` gives a fresh connection after the browser or another context closed this one. */
  constructor(db: IDBPDatabase, private readonly reopen: () => Promise<IDBPDatabase>) {
    this.db = db;
    this.watch(db);
  }

  private watch(db: IDBPDatabase): void {
    db.addEventListener('close', () => {
      if (this.db === db) this.db = null;
    });
  }

  /** Lets another context upgrade the database: closes ours; the next run reopens it. */
  release(): void {
    this.db?.close();
    this.db = null;
  }

  private async connection(): Promise<IDBPDatabase> {
    if (this.db) return this.db;
    const db = await this.reopen();
    this.db = db;
    this.watch(db);
    return db;
  }

  async run<T>(stores: readonly StoreName[], mode: Mode, fn: (tx: Tx) => Promise<T>, durability: Durability = 'default'): Promise<T> {
    const db = await this.connection();
    const tx = db.transaction([...stores], mode, { durability });
    const ops: Tx = {
      get: (store, key) => tx.objectStore(store).get(key),
      getAll: (store) => tx.objectStore(store).getAll(),
      getAllFromIndex: (store, index, key) => tx.objectStore(store).index(index).getAll(key),
      entries: async (store) => {
        const os = tx.objectStore(store);
        const [keys, values] = await Promise.all([os.getAllKeys(), os.getAll()]);
        return keys.map((key, i) => [String(key), values[i]] as [string, unknown]);
      },
      put: async (store, value, key) => {
        await tx.objectStore(store).put!(value, key);
      },
      delete: (store, key) => tx.objectStore(store).delete!(key),
      count: (store) => tx.objectStore(store).count(),
    };
    let result: T;
    try {
      result = await fn(ops);
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already finished or aborted by the failed request itself.
      }
      await tx.done.catch(() => undefined);
      throw error;
    }
    await tx.done;
    return result;
  }

  close(): void {
    this.release();
  }
}

function indexValues(record: unknown, index: string): unknown[] {
  if (typeof record !== 'object' || record === null) return [];
  const value = (record as Record<string, unknown>)[index];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function compareKeys(a: unknown, b: unknown): number {
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/**
 * Records in Maps, copied in and out like IndexedDB's structured clone. Transactions run one at a
 * time and apply their writes only when their function resolves.
 */
export class MemoryBackend implements Backend {
  readonly persistent = false;
  private readonly data = new Map<StoreName, Map<string, unknown>>(STORE_NAMES.map((name) => [name, new Map()]));
  private queue: Promise<unknown> = Promise.resolve();

  run<T>(stores: readonly StoreName[], mode: Mode, fn: (tx: Tx) => Promise<T>): Promise<T> {
    const next = this.queue.then(() => this.execute(stores, mode, fn));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async execute<T>(stores: readonly StoreName[], mode: Mode, fn: (tx: Tx) => Promise<T>): Promise<T> {
    // Pending writes by store; undefined marks a deletion.
    const staged = new Map<StoreName, Map<string, unknown>>();
    const scope = new Set(stores);
    const table = (store: StoreName): Map<string, unknown> => {
      if (!scope.has(store)) throw new DOMException(`${store} is not in this transaction's scope`, 'NotFoundError');
      return this.data.get(store)!;
    };
    const view = (store: StoreName): Map<string, unknown> => {
      const merged = new Map(table(store));
      for (const [key, value] of staged.get(store) ?? []) {
        if (value === undefined) merged.delete(key);
        else merged.set(key, value);
      }
      return new Map([...merged].sort(([a], [b]) => compareKeys(a, b)));
    };
    const writable = (store: StoreName): Map<string, unknown> => {
      if (mode !== 'readwrite') throw new DOMException('read-only transaction', 'ReadOnlyError');
      table(store);
      let changes = staged.get(store);
      if (!changes) staged.set(store, (changes = new Map()));
      return changes;
    };
    const ops: Tx = {
      get: async (store, key) => structuredClone(view(store).get(key)),
      getAll: async (store) => [...view(store).values()].map((v) => structuredClone(v)),
      getAllFromIndex: async (store, index, key) =>
        [...view(store).values()].filter((v) => indexValues(v, index).includes(key)).map((v) => structuredClone(v)),
      entries: async (store) => [...view(store)].map(([k, v]) => [k, structuredClone(v)] as [string, unknown]),
      put: async (store, value, key) => {
        const keyPath = KEY_PATHS[store];
        const primary = keyPath ? (value as Record<string, unknown>)[keyPath] : key;
        if (typeof primary !== 'string') throw new DOMException('record has no string key', 'DataError');
        writable(store).set(primary, structuredClone(value));
      },
      delete: async (store, key) => {
        writable(store).set(key, undefined);
      },
      count: async (store) => view(store).size,
    };
    const result = await fn(ops);
    for (const [store, changes] of staged) {
      const target = this.data.get(store)!;
      for (const [key, value] of changes) {
        if (value === undefined) target.delete(key);
        else target.set(key, value);
      }
    }
    return result;
  }

  /** Every record of every store, for moving them to IndexedDB once it opens. */
  snapshot(): Map<StoreName, Map<string, unknown>> {
    return new Map([...this.data].map(([name, records]) => [name, new Map(records)]));
  }

  close(): void {}
}
