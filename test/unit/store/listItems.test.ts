// The case list's items, which the store keeps in memory with each case's check: they must say
// what a fresh read of the database and a fresh run of the engine say, after every kind of change.
import { describe, expect, it, vi } from 'vitest';
import { runChecks } from '../../../rules/engine';
import { countsOf } from '../../../rules/summary';
import { openStore } from '../../../utils/store/db';
import type { CaseRecord } from '../../../utils/store/types';
import { freshName, freshStore, newCase, rawDatabase, renewalCase, ZHANG_ID } from './helpers';

const TODAY = '2026-11-27';
const AT_TODAY = { today: TODAY, wageOverride: null };

/** The items of a store opened anew on the same database: nothing cached, every check run now. */
async function freshItems(name: string, options = AT_TODAY) {
  const other = await openStore({ name });
  try {
    return await other.listItems(options);
  } finally {
    other.close();
  }
}

function saved(result: { ok: true; record: CaseRecord } | { ok: false }): CaseRecord {
  if (!result.ok) throw new Error('save refused');
  return result.record;
}

describe('list items', () => {
  it('say who and what each case is, with the checklist\'s counts and dates, newest first', async () => {
    const { store } = await freshStore();
    const renewal = saved(await store.saveCase({ case: renewalCase('2027-01-15', { applicant: { name: '李四', idNumber: '110101199001010011' } }), status: 'ready' }));
    const employer = saved(
      await store.saveCase({
        case: { schema: 'gongju-case/1', type: 'employer-registration', employer: { name: '北京某某科技有限公司', creditCode: '91110107MA01ABCD10' } },
      }),
    );
    const items = await store.listItems(AT_TODAY);
    expect(items.map((item) => item.id)).toEqual([employer.id, renewal.id]);

    const expected = countsOf(runChecks(renewal.case, { ...AT_TODAY, lang: 'zh' }).findings);
    expect(items[1]).toEqual({
      id: renewal.id,
      type: 'renewal',
      status: 'ready',
      subject: '李四',
      updatedAt: renewal.updatedAt,
      permitEnd: '2027-01-15',
      searchText: '李四\n110101199001010011',
      counts: expected,
      // Valid until 2027-01-15: the last safe day is 2026-12-24 (case-format.md).
      lastSafeSubmission: '2026-12-24',
      // The planner answers for new permits and registrations only.
      earliestEligible: null,
      eligibleUntil: null,
      // Counting back from 2027-01-15 runs through 2027, whose schedule is not published.
      lastSafeProvisionalYears: ['2027'],
    });
    // The employer-level types are about the employer: its name is the subject, its credit code searchable.
    // Only inputs still to fill and missing materials: it can be filed today, with no last day known.
    expect(items[0]).toMatchObject({
      subject: '北京某某科技有限公司',
      searchText: '北京某某科技有限公司\n91110107ma01abcd10',
      earliestEligible: '2026-11-27',
      eligibleUntil: null,
    });
  });

  it('stay what a fresh read says after saves, autosaves, duplicates, deletes, restores and imports', async () => {
    const { store, name } = await freshStore();
    // Read once first, so that every change below has to reach what is kept.
    expect(await store.listItems(AT_TODAY)).toEqual([]);
    const a = saved(await store.saveCase({ case: newCase() }));
    const b = saved(await store.saveCase({ case: renewalCase('2026-12-31', { applicant: { name: '王五', idNumber: '110101198502020022' } }) }));
    expect(await store.listItems(AT_TODAY)).toEqual(await freshItems(name));

    saved(await store.saveCase({ id: a.id, case: newCase({ applicant: { name: '张三丰', idNumber: ZHANG_ID } }), status: 'returned' }));
    await store.autosave({ pageKey: 'fw.bjrcgz.gov.cn/apply#/basic', caseData: renewalCase('2027-03-01') });
    const copy = saved(await store.duplicateCase(b.id));
    expect(await store.listItems(AT_TODAY)).toEqual(await freshItems(name));
    expect((await store.listItems(AT_TODAY)).find((item) => item.id === a.id)).toMatchObject({ subject: '张三丰', status: 'returned' });

    const deleted = await store.deleteCase(b.id);
    expect((await store.listItems(AT_TODAY)).map((item) => item.id)).not.toContain(b.id);
    expect(await store.listItems(AT_TODAY)).toEqual(await freshItems(name));
    await store.restoreCase(deleted);
    expect((await store.listItems(AT_TODAY)).map((item) => item.id)).toContain(b.id);

    const exported = await store.exportCases([copy.id]);
    const changed = { ...exported.cases[0]!, case: { ...exported.cases[0]!.case, applicant: { name: '王五（新）', idNumber: '110101198502020022' } } };
    const imported = await store.importCases({ ...exported, cases: [changed] }, { replaceDuplicates: true });
    expect(imported).toMatchObject({ ok: true, imported: 1 });
    expect((await store.listItems(AT_TODAY)).find((item) => item.id === copy.id)?.subject).toBe('王五（新）');
    expect(await store.listItems(AT_TODAY)).toEqual(await freshItems(name));
  });

  it('are checked again for another day', async () => {
    const { store, name } = await freshStore();
    // The permit ends 2026-12-31: still valid in November, expired in January (one error: renewal.expired; no deadline finding once it lapsed).
    const renewal = saved(await store.saveCase({ case: renewalCase('2026-12-31') }));
    const [november] = await store.listItems(AT_TODAY);
    const january = { today: '2027-01-05', wageOverride: null };
    const [later] = await store.listItems(january);
    expect(november).toMatchObject({ id: renewal.id, counts: { errors: 0 } });
    expect(later).toMatchObject({ id: renewal.id, counts: { errors: 1 } });
    expect(await store.listItems(january)).toEqual(await freshItems(name, january));
  });

  it('of the ids asked for, leaving out the cases not stored', async () => {
    const { store } = await freshStore();
    const a = saved(await store.saveCase({ case: newCase() }));
    const b = saved(await store.saveCase({ case: renewalCase('2027-06-30') }));
    await store.deleteCase(a.id);
    expect((await store.listItems(AT_TODAY, [a.id, b.id, 'never-stored'])).map((item) => item.id)).toEqual([b.id]);
  });
});

describe('kept cases and settings', () => {
  it('hand out copies: changing what was listed changes nothing stored', async () => {
    const { store } = await freshStore();
    saved(await store.saveCase({ case: newCase() }));
    const [listed] = await store.listCases();
    listed!.status = 'approved';
    listed!.case.applicant!.name = '改了';
    const settings = await store.getSettings();
    settings.reminders = false;
    const [again] = await store.listCases();
    expect(again).toMatchObject({ status: 'draft', case: { applicant: { name: '张三' } } });
    expect((await store.getSettings()).reminders).toBe(true);
  });

  it('check saves with the wage figure just set', async () => {
    const { store } = await freshStore();
    await store.getSettings();
    await store.setSettings({ wageOverride: { monthly: 99_999, dataYear: 2025 } });
    const record = saved(await store.saveCase({ case: newCase() }));
    const withWage = { today: TODAY, wageOverride: { monthly: 99_999, dataYear: 2025 } };
    const expected = countsOf(runChecks(record.case, { ...withWage, lang: 'zh' }).findings);
    expect((await store.getSettings()).wageOverride).toEqual(withWage.wageOverride);
    expect((await store.listItems(withWage))[0]?.counts).toEqual(expected);
  });

  it('take in the cases IndexedDB held when it opens late and is adopted', async () => {
    const name = freshName();
    // A version-2 database with a case in it, held open by an old connection that blocks the upgrade.
    const old = await rawDatabase(name, 2, (db, tx) => {
      db.createObjectStore('cases', { keyPath: 'id' });
      db.createObjectStore('employers', { keyPath: 'id' });
      db.createObjectStore('settings');
      tx.objectStore('cases').put({ id: 'on-disk', case: renewalCase('2027-06-30'), status: 'draft', notes: '', createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z', history: [] });
    });
    const store = await openStore({ name, timeoutMs: 20 });
    expect(store.persistent).toBe(false);
    const inMemory = saved(await store.saveCase({ case: newCase() }));
    expect((await store.listItems(AT_TODAY)).map((item) => item.id)).toEqual([inMemory.id]);

    old.close();
    await vi.waitFor(() => expect(store.persistent).toBe(true));
    expect((await store.listItems(AT_TODAY)).map((item) => item.id)).toEqual([inMemory.id, 'on-disk']);
    expect(await store.listItems(AT_TODAY)).toEqual(await freshItems(name));
  });
});
