// Shared fixtures of the store tests: cases of the contract, a fixed clock, fresh database names.
import type { Case } from '../../../rules/schema';
import { openStore, type Store } from '../../../utils/store/db';

let counter = 0;
/** Each test works on its own database. */
export function freshName(): string {
  counter += 1;
  return `gongju-test-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** A Friday, a working day: 2026-11-27 in Beijing. */
export const NOW = new Date('2026-11-27T02:00:00Z');

export function clock(start = NOW) {
  let time = start.getTime();
  return {
    now: () => new Date(time),
    /** Moves the clock on, so updatedAt orders saves. */
    tick: (ms = 1000) => {
      time += ms;
    },
  };
}

export async function freshStore(): Promise<{ store: Store; name: string; tick: (ms?: number) => void }> {
  const name = freshName();
  const { now, tick } = clock();
  const store = await openStore({ name, now: () => {
    tick(1);
    return now();
  } });
  return { store, name, tick };
}

/** 张三's identity number from the contract: born 1990-03-07, male. */
export const ZHANG_ID = '110105199003071239';

export function newCase(extra: Partial<Case> = {}): Case {
  return {
    schema: 'gongju-case/1',
    type: 'new',
    applicant: { name: '张三', idNumber: ZHANG_ID, birthDate: '1990-03-07' },
    ...extra,
  };
}

export function renewalCase(validUntil: string, extra: Partial<Case> = {}): Case {
  return {
    schema: 'gongju-case/1',
    type: 'renewal',
    applicant: { name: '张三', idNumber: ZHANG_ID },
    permit: { validUntil, status: 'valid' },
    ...extra,
  };
}

/** Opens a database at an old version with raw IndexedDB, as an earlier release left it. */
export function rawDatabase(
  name: string,
  version: number,
  build: (db: IDBDatabase, tx: IDBTransaction) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => build(request.result, request.transaction!);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
