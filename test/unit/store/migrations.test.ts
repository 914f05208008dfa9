import { describe, expect, it } from 'vitest';
import { openStore } from '../../../utils/store/db';
import { caseRecordV1toV2, DB_VERSION } from '../../../utils/store/migrations';
import { validateCaseRecord } from '../../../utils/store/records';
import { freshName, newCase, rawDatabase, renewalCase, ZHANG_ID } from './helpers';

const SAVED_AT = Date.UTC(2026, 9, 1, 8, 0, 0);
const SAVED_ISO = new Date(SAVED_AT).toISOString();

/** Version 1 as an earlier release wrote it: one store, Chinese status labels, savedAt in ms. */
async function buildV1(name: string, records: unknown[]): Promise<void> {
  const db = await rawDatabase(name, 1, (db) => {
    const cases = db.createObjectStore('cases', { keyPath: 'id' });
    for (const record of records) cases.put(record);
  });
  db.close();
}

/** Version 2: employers and settings stores, case records with ids for statuses and ISO times. */
async function buildV2(name: string, build: (tx: IDBTransaction) => void): Promise<void> {
  const db = await rawDatabase(name, 2, (db, tx) => {
    db.createObjectStore('cases', { keyPath: 'id' });
    db.createObjectStore('employers', { keyPath: 'id' });
    db.createObjectStore('settings');
    build(tx);
  });
  db.close();
}

async function storeNames(name: string): Promise<{ version: number; stores: string[]; indexes: string[] }> {
  const db = await rawDatabase(name, DB_VERSION, () => undefined);
  const indexes = [...db.transaction('cases').objectStore('cases').indexNames];
  const result = { version: db.version, stores: [...db.objectStoreNames].sort(), indexes: indexes.sort() };
  db.close();
  return result;
}

describe('migration from version 1', () => {
  it('rewrites every record to the current shape and sets aside the corrupted one', async () => {
    const name = freshName();
    await buildV1(name, [
      { id: 'a', case: newCase(), status: '待提交', savedAt: SAVED_AT },
      { id: 'b', case: renewalCase('2027-06-30'), status: '被退回', savedAt: SAVED_AT },
      { id: 'bad', case: { ...newCase(), applicant: { birthDate: '1990-02-30' } }, status: '草稿', savedAt: SAVED_AT },
      { id: 'worse', case: 'not a case', status: '草稿', savedAt: SAVED_AT },
    ]);
    const store = await openStore({ name });
    expect(store.persistent).toBe(true);

    const a = await store.getCase('a');
    expect(a).toMatchObject({
      status: 'ready',
      notes: '',
      createdAt: SAVED_ISO,
      updatedAt: SAVED_ISO,
      history: [],
      idNumberType: `${ZHANG_ID}|new`,
      sources: {},
      pageKeys: [],
    });
    expect(a?.case).toEqual(newCase());
    expect((await store.getCase('b'))?.status).toBe('returned');
    expect((await store.listCases()).map((r) => r.id).sort()).toEqual(['a', 'b']);

    const quarantine = await store.listQuarantine();
    expect(quarantine.map((q) => (q.original as { id: string }).id).sort()).toEqual(['bad', 'worse']);
    expect(quarantine.find((q) => (q.original as { id: string }).id === 'bad')?.reason).toEqual({
      path: 'case.applicant.birthDate',
      expected: 'a real date YYYY-MM-DD',
    });
    expect(quarantine.every((q) => q.from === 'cases')).toBe(true);
    expect(await store.getSettings()).toEqual({ lang: 'auto', wageOverride: null, reminders: true, calendars: [] });
    store.close();

    expect(await storeNames(name)).toEqual({
      version: DB_VERSION,
      stores: ['cases', 'employers', 'mappings', 'quarantine', 'settings'],
      indexes: ['idNumberType', 'pageKeys'],
    });
  });

  it('builds the identity index, so autosave finds a migrated case', async () => {
    const name = freshName();
    await buildV1(name, [{ id: 'old', case: newCase(), status: '草稿', savedAt: SAVED_AT }]);
    const store = await openStore({ name });
    // Found by identity; from a page not bound to it, it waits for the user's yes (pendingFor).
    const result = await store.autosave({ pageKey: 'p', caseData: newCase({ district: 'chaoyang' }) });
    expect(result).toMatchObject({ ok: true, created: true, pendingFor: 'old' });
  });

  it('opens an empty version-1 database', async () => {
    const name = freshName();
    await buildV1(name, []);
    const store = await openStore({ name });
    expect(store.persistent).toBe(true);
    expect(await store.listCases()).toEqual([]);
    expect((await store.status()).quarantined).toBe(0);
  });
});

describe('migration from version 2', () => {
  it('keeps cases, profiles and settings, adds the reminder setting and quarantines the corrupted record', async () => {
    const name = freshName();
    const v2Case = {
      id: 'c1',
      case: renewalCase('2027-01-15'),
      status: 'submitted',
      notes: '已交',
      createdAt: SAVED_ISO,
      updatedAt: SAVED_ISO,
      history: [{ at: SAVED_ISO, errors: 2, warnings: 1 }],
    };
    const profile = { id: 'e1', name: '智联', employer: { name: '北京石景智联科技有限公司' }, updatedAt: SAVED_ISO };
    await buildV2(name, (tx) => {
      tx.objectStore('cases').put(v2Case);
      tx.objectStore('cases').put({ ...v2Case, id: 'c2', case: { ...newCase(), extra: true } });
      tx.objectStore('employers').put(profile);
      tx.objectStore('settings').put({ lang: 'en', wageOverride: { monthly: 13000, dataYear: 2025 } }, 'settings');
    });

    const store = await openStore({ name });
    expect(await store.getCase('c1')).toEqual({
      ...v2Case,
      idNumberType: `${ZHANG_ID}|renewal`,
      sources: {},
      pageKeys: [],
    });
    expect(await store.getCase('c2')).toBeUndefined();
    const [entry] = await store.listQuarantine();
    expect(entry).toMatchObject({ from: 'cases', reason: { path: 'case.extra', expected: 'no such key in the case format' } });
    expect(entry!.original).toMatchObject({ id: 'c2' });
    expect(await store.listEmployers()).toEqual([profile]);
    expect(await store.getSettings()).toEqual({ lang: 'en', wageOverride: { monthly: 13000, dataYear: 2025 }, reminders: true, calendars: [] });
  });
});

describe('migration steps', () => {
  it('are idempotent: a record already in the later shape comes out unchanged', () => {
    const now = '2026-11-27T00:00:00.000Z';
    const v1 = { id: 'a', case: newCase(), status: '已核准', savedAt: SAVED_AT };
    const once = caseRecordV1toV2(v1, now);
    expect(caseRecordV1toV2(once, now)).toEqual(once);
    const validated = validateCaseRecord(once, now);
    if (!validated.ok) throw new Error('migrated record invalid');
    expect(validated.value.status).toBe('approved');
    expect(validateCaseRecord(validated.value, now)).toEqual(validated);
  });

  it('reopening a current database changes nothing', async () => {
    const name = freshName();
    await buildV1(name, [{ id: 'a', case: newCase(), status: '草稿', savedAt: SAVED_AT }]);
    const first = await openStore({ name });
    const before = await first.listCases();
    first.close();
    const second = await openStore({ name });
    expect(await second.listCases()).toEqual(before);
    expect((await second.status()).quarantined).toBe(0);
  });
});
