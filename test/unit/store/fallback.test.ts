import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../../utils/store/db';
import { freshName, newCase, rawDatabase } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('when IndexedDB cannot open', () => {
  it('works from memory and says so when open throws (Firefox private mode)', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    });
    const store = await openStore({ name: freshName() });
    expect(store.persistent).toBe(false);
    const status = await store.status();
    expect(status).toMatchObject({ persistent: false, quarantined: 0 });
    expect(status.failure).toContain('InvalidStateError');

    const saved = await store.saveCase({ case: newCase() });
    expect(saved.ok).toBe(true);
    const auto = await store.autosave({ pageKey: 'p', caseData: newCase({ district: 'haidian' }), boundCaseId: saved.ok ? saved.record.id : null });
    expect(auto).toMatchObject({ ok: true, created: false });
    expect(await store.listCases()).toHaveLength(1);
    expect(await store.setSettings({ lang: 'zh' })).toMatchObject({ ok: true });
    expect((await store.getSettings()).lang).toBe('zh');
    const exported = await store.exportCases();
    expect(exported.cases).toHaveLength(1);
  });

  it('works from memory when the database is of a newer version than this release', async () => {
    const name = freshName();
    (await rawDatabase(name, 99, (db) => db.createObjectStore('cases', { keyPath: 'id' }))).close();
    const store = await openStore({ name });
    expect(store.persistent).toBe(false);
    expect((await store.status()).failure).toContain('VersionError');
  });

  it('in memory, an import that fails changes nothing', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const store = await openStore({ name: freshName() });
    await store.saveCase({ case: newCase() });
    const bad = JSON.stringify({ format: 'gongju-export/1', exportedAt: '', cases: [{ id: 'x', case: newCase(), status: 'nope' }] });
    expect(await store.importCases(bad)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await store.listCases()).toHaveLength(1);
  });

  it('adopts IndexedDB that opens after the timeout, keeping what was saved meanwhile', async () => {
    const name = freshName();
    // An old connection that ignores versionchange blocks the upgrade to the current version.
    const old = await rawDatabase(name, 2, (db) => {
      db.createObjectStore('cases', { keyPath: 'id' });
      db.createObjectStore('employers', { keyPath: 'id' });
      db.createObjectStore('settings');
    });
    const store = await openStore({ name, timeoutMs: 20 });
    expect(store.persistent).toBe(false);
    expect((await store.status()).failure).toMatch(/in time/);
    const saved = await store.saveCase({ case: newCase() });
    if (!saved.ok) throw new Error('save failed');

    old.close();
    await vi.waitFor(() => expect(store.persistent).toBe(true));
    expect((await store.status()).failure).toBeNull();
    const later = await store.saveCase({ case: newCase({ type: 'renewal' }) });
    if (!later.ok) throw new Error('save failed');

    store.close();
    const reopened = await openStore({ name });
    expect((await reopened.listCases()).map((r) => r.id).sort()).toEqual([saved.record.id, later.record.id].sort());
  });
});
