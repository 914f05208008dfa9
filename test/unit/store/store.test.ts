import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../rules/engine';
import { countsOf } from '../../../rules/summary';
import { openStore, type Store } from '../../../utils/store/db';
import { freshStore, newCase, renewalCase, ZHANG_ID } from './helpers';

describe('cases', () => {
  it('creates, reads, lists newest first, updates and deletes with undo', async () => {
    const { store } = await freshStore();
    const first = await store.saveCase({ case: newCase() });
    const second = await store.saveCase({ case: renewalCase('2027-06-30'), notes: '续签' });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.record.status).toBe('draft');
    expect(first.record.idNumberType).toBe(`${ZHANG_ID}|new`);

    expect((await store.getCase(first.record.id))?.case.applicant?.name).toBe('张三');
    expect((await store.listCases()).map((r) => r.id)).toEqual([second.record.id, first.record.id]);

    const updated = await store.saveCase({ id: first.record.id, case: newCase({ district: 'haidian' }), status: 'ready' });
    expect(updated.ok && updated.record.createdAt).toBe(first.record.createdAt);
    expect(updated.ok && updated.record.updatedAt > first.record.updatedAt).toBe(true);
    expect((await store.getCase(first.record.id))?.status).toBe('ready');
    expect((await store.listCases())[0]!.id).toBe(first.record.id);

    const deleted = await store.deleteCase(second.record.id);
    expect(deleted?.notes).toBe('续签');
    expect(await store.getCase(second.record.id)).toBeUndefined();
    expect(await store.restoreCase(deleted)).toMatchObject({ ok: true });
    expect(await store.getCase(second.record.id)).toEqual(deleted);
  });

  it('refuses a case the schema rejects, naming the path', async () => {
    const { store } = await freshStore();
    const result = await store.saveCase({ case: { ...newCase(), applicant: { birthDate: '1990-02-30' } } });
    expect(result).toEqual({ ok: false, error: { path: 'case.applicant.birthDate', expected: 'a real date YYYY-MM-DD' } });
    const status = await store.saveCase({ case: newCase(), status: 'done' as never });
    expect(status.ok).toBe(false);
    expect(await store.listCases()).toEqual([]);
  });

  it('duplicates a case as a new draft', async () => {
    const { store } = await freshStore();
    const saved = await store.saveCase({ case: newCase(), status: 'submitted', notes: 'n' });
    if (!saved.ok) throw new Error('save failed');
    const copy = await store.duplicateCase(saved.record.id);
    expect(copy.ok).toBe(true);
    if (!copy.ok) return;
    expect(copy.record.id).not.toBe(saved.record.id);
    expect(copy.record.status).toBe('draft');
    expect(copy.record.case).toEqual(saved.record.case);
    expect(copy.record.notes).toBe('n');
    expect(await store.listCases()).toHaveLength(2);
  });

  it('appends to the history only when the error or warning counts change', async () => {
    const { store } = await freshStore();
    const today = '2026-11-27';
    // The identity number says male: claiming female adds the id-gender error.
    const consistent = newCase({ applicant: { name: '张三', idNumber: ZHANG_ID, birthDate: '1990-03-07', gender: 'male' } });
    const contradictory = newCase({ applicant: { name: '张三', idNumber: ZHANG_ID, birthDate: '1990-03-07', gender: 'female' } });
    // Counted as every view counts them.
    const count = (c: typeof consistent, kind: 'errors' | 'warnings') => countsOf(runChecks(c, { today }).findings)[kind];

    const a = await store.saveCase({ case: consistent });
    if (!a.ok) throw new Error('save failed');
    const b = await store.saveCase({ id: a.record.id, case: consistent, notes: 'same counts' });
    const c = await store.saveCase({ id: a.record.id, case: contradictory });
    if (!b.ok || !c.ok) throw new Error('save failed');

    expect(b.record.history).toHaveLength(1);
    expect(c.record.history).toHaveLength(2);
    expect(c.record.history.map((p) => p.errors)).toEqual([count(consistent, 'errors'), count(contradictory, 'errors')]);
    expect(c.record.history[1]!.errors).toBeGreaterThan(c.record.history[0]!.errors);
    expect(c.record.history.map((p) => p.warnings)).toEqual([count(consistent, 'warnings'), count(contradictory, 'warnings')]);
  });

  it('sets aside a stored record that fails the schema and keeps working', async () => {
    const { store, name } = await freshStore();
    const good = await store.saveCase({ case: newCase() });
    if (!good.ok) throw new Error('save failed');
    // Something outside the store (an older bug, a disk error) wrote a broken record.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => {
        const tx = request.result.transaction('cases', 'readwrite');
        tx.objectStore('cases').put({ id: 'broken', case: { schema: 'gongju-case/1', type: 'nope' }, status: 'draft' });
        tx.oncomplete = () => {
          request.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    expect((await store.listCases()).map((r) => r.id)).toEqual([good.record.id]);
    const quarantine = await store.listQuarantine();
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0]).toMatchObject({ from: 'cases', reason: { path: 'case.type' }, original: { id: 'broken' } });
    expect((await store.status()).quarantined).toBe(1);
    await store.discardQuarantined(quarantine[0]!.id);
    expect(await store.listQuarantine()).toEqual([]);
  });

  it('keeps records across reopening', async () => {
    const { store, name } = await freshStore();
    const saved = await store.saveCase({ case: newCase() });
    store.close();
    const again = await openStore({ name });
    expect(again.persistent).toBe(true);
    expect((await again.listCases()).map((r) => r.id)).toEqual([saved.ok && saved.record.id]);
  });
});

describe('autosave', () => {
  const page = 'fw.bjrcgz.gov.cn/apply#/basic';
  /** The binding the background passes for a tab that saved `earlier` in this same document. */
  const sameTab = (earlier: Awaited<ReturnType<Store['autosave']>>) => ({ docNonce: 'doc-1', boundCaseId: earlier.ok ? (earlier.record?.id ?? null) : null });

  it('matches the case with the same identity number and type, and creates one for another type', async () => {
    const { store } = await freshStore();
    const first = await store.autosave({ pageKey: page, caseData: newCase() });
    const again = await store.autosave({ pageKey: page, caseData: newCase({ district: 'haidian' }), ...sameTab(first) });
    const otherType = await store.autosave({ pageKey: page, caseData: renewalCase('2027-06-30'), ...sameTab(again) });
    if (!first.ok || !again.ok || !otherType.ok) throw new Error('autosave failed');
    expect(first).toMatchObject({ stored: 'valid', created: true });
    expect(again).toMatchObject({ stored: 'valid', created: false });
    expect(again.record!.id).toBe(first.record!.id);
    expect(again.record!.case.district).toBe('haidian');
    expect(otherType.created).toBe(true);
    expect(otherType.record!.id).not.toBe(first.record!.id);
    expect(await store.listCases()).toHaveLength(2);
  });

  it('never merges another document\'s page into a case by identity without asking; merged on yes, undone by a version', async () => {
    const { store } = await freshStore();
    const id = '11010519491231002X';
    const a = await store.autosave({ pageKey: 'page-a', docNonce: 'doc-a', caseData: { type: 'new', applicant: { idNumber: id } } });
    // Another tab or a reload (not bound to a's case) shows the same ID number, lower-case x, and a name.
    const b = await store.autosave({ pageKey: 'page-b', docNonce: 'doc-b', caseData: { type: 'new', applicant: { idNumber: id.toLowerCase(), name: '李四' } } });
    if (!a.ok || !b.ok) throw new Error('autosave failed');
    expect(b).toMatchObject({ created: true, pendingFor: a.record!.id });
    expect(b.record!.pendingMerge).toBe(a.record!.id);
    expect((await store.getCase(a.record!.id))?.case.applicant).toEqual({ idNumber: id });
    // The same page again keeps saving into the pending draft, never into a's case.
    const b2 = await store.autosave({ pageKey: 'page-b', docNonce: 'doc-b', boundCaseId: b.record!.id, caseData: { type: 'new', applicant: { idNumber: id, name: '李四四' } } });
    if (!b2.ok) throw new Error('autosave failed');
    expect(b2.record!.id).toBe(b.record!.id);
    expect((await store.getCase(a.record!.id))?.case.applicant).toEqual({ idNumber: id });

    const merged = await store.mergePending(b.record!.id);
    expect(merged?.id).toBe(a.record!.id);
    expect(merged?.case.applicant).toMatchObject({ idNumber: id, name: '李四四' });
    expect(await store.getCase(b.record!.id)).toBeUndefined();
    // Undo: the version before the merge.
    const versions = merged!.versions!;
    expect(versions.map((v) => v.source)).toEqual(['page', 'page']);
    const undone = await store.restoreVersion(a.record!.id, versions.length - 2);
    expect(undone?.case.applicant).toEqual({ idNumber: id });
  });

  it('binds without asking to a case by identity when the page changes nothing of it (its own page reloaded)', async () => {
    const { store } = await freshStore();
    const data = { type: 'new', applicant: { idNumber: ZHANG_ID, name: '张三' } };
    const a = await store.autosave({ pageKey: page, docNonce: 'doc-a', caseData: data });
    const reloaded = await store.autosave({ pageKey: page, docNonce: 'doc-b', caseData: { type: 'new', applicant: { idNumber: ZHANG_ID } } });
    if (!a.ok || !reloaded.ok) throw new Error('autosave failed');
    expect(reloaded.record!.id).toBe(a.record!.id);
    expect(reloaded).not.toHaveProperty('pendingFor');
  });

  it('keeps a pending draft as a case of its own when the user says no', async () => {
    const { store } = await freshStore();
    const a = await store.autosave({ pageKey: page, docNonce: 'doc-a', caseData: { type: 'new', applicant: { idNumber: ZHANG_ID, name: '张三' } } });
    const b = await store.autosave({ pageKey: page, docNonce: 'doc-b', caseData: { type: 'new', applicant: { idNumber: ZHANG_ID, name: '张伟' } } });
    if (!a.ok || !b.ok) throw new Error('autosave failed');
    const kept = await store.keepPending(b.record!.id);
    expect(kept?.pendingMerge).toBeUndefined();
    expect((await store.listCases()).map((r) => r.case.applicant?.name).sort()).toEqual(['张三', '张伟']);
  });

  it('matches employer-level types by credit code', async () => {
    const { store } = await freshStore();
    const employer = (name: string) => ({ type: 'employer-registration', employer: { creditCode: '91110108MA01234567', name } });
    const a = await store.autosave({ pageKey: 'unit', caseData: employer('甲') });
    const b = await store.autosave({ pageKey: 'unit', caseData: employer('乙'), ...sameTab(a) });
    if (!a.ok || !b.ok) throw new Error('autosave failed');
    expect(b.record!.id).toBe(a.record!.id);
    expect(a.record!.idNumberType).toBe('91110108MA01234567|employer-registration');
  });

  it('continues a draft without an identity number only in the same tab and document', async () => {
    const { store } = await freshStore();
    const a = await store.autosave({ pageKey: page, caseData: { type: 'new', applicant: { name: '王' } } });
    const b = await store.autosave({ pageKey: page, caseData: { type: 'new', applicant: { name: '王五' } }, ...sameTab(a) });
    const c = await store.autosave({ pageKey: page, caseData: { type: 'new', applicant: { name: '王五', idNumber: ZHANG_ID } }, ...sameTab(b) });
    if (!a.ok || !b.ok || !c.ok) throw new Error('autosave failed');
    expect(b.record!.id).toBe(a.record!.id);
    expect(c.record!.id).toBe(a.record!.id);
    expect(c.record!.idNumberType).toBe(`${ZHANG_ID}|new`);
    // The next applicant's form on the same page, in another document (or tab), must not overwrite the case above.
    const next = await store.autosave({ pageKey: page, caseData: { type: 'new', applicant: { name: '赵六' } } });
    if (!next.ok) throw new Error('autosave failed');
    expect(next.created).toBe(true);
    expect((await store.getCase(a.record!.id))?.case.applicant?.name).toBe('王五');
  });

  it('merges the pages of one case and drops a value cleared on its page only', async () => {
    const { store } = await freshStore();
    const basic = { type: 'new', applicant: { idNumber: ZHANG_ID, name: '张三', hukouLocation: '河北' } };
    const education = {
      type: 'new',
      applicant: { idNumber: ZHANG_ID, education: [{ level: 'bachelor', school: '某大学' }] },
    };
    const first = await store.autosave({ pageKey: 'basic', caseData: basic });
    const second = await store.autosave({ pageKey: 'education', caseData: education, ...sameTab(first) });
    const cleared = await store.autosave({
      pageKey: 'basic',
      caseData: { type: 'new', applicant: { idNumber: ZHANG_ID, name: '张三' } },
      ...sameTab(second),
    });
    if (!cleared.ok) throw new Error('autosave failed');
    expect(cleared.record!.case.applicant).toEqual({
      idNumber: ZHANG_ID,
      name: '张三',
      education: [{ level: 'bachelor', school: '某大学' }],
    });
    expect(cleared.record!.pageKeys.sort()).toEqual(['basic', 'education']);
  });

  it('keeps data the schema rejects in draftRaw and saves the rest', async () => {
    const { store } = await freshStore();
    const caseData = { type: 'new', applicant: { idNumber: ZHANG_ID, name: '张三', birthDate: '1990-02-30', shoeSize: 42 } };
    const result = await store.autosave({ pageKey: page, caseData });
    if (!result.ok || result.stored !== 'salvaged') throw new Error(`unexpected ${JSON.stringify(result)}`);
    expect(result.error.path).toMatch(/^applicant\.(birthDate|shoeSize)$/);
    expect(result.record.case.applicant).toEqual({ idNumber: ZHANG_ID, name: '张三' });
    expect(result.record.draftRaw?.data).toEqual(caseData);

    const fixed = await store.autosave({ pageKey: page, caseData: { type: 'new', applicant: { idNumber: ZHANG_ID, name: '张三' } }, ...sameTab(result) });
    if (!fixed.ok) throw new Error('autosave failed');
    expect(fixed.stored).toBe('valid');
    expect(fixed.record!.id).toBe(result.record.id);
    expect(fixed.record!.draftRaw).toBeUndefined();
  });

  it('sets aside data without a usable type, and replaces that with the page\'s later state', async () => {
    const { store } = await freshStore();
    const first = await store.autosave({ pageKey: page, caseData: { applicant: { name: '孙七' } } });
    const second = await store.autosave({ pageKey: page, caseData: { type: 'renew', applicant: { name: '孙七七' } } });
    expect(first).toMatchObject({ ok: true, stored: 'set-aside', record: null });
    expect(second).toMatchObject({ ok: true, stored: 'set-aside', error: { path: 'type' } });
    const quarantine = await store.listQuarantine();
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0]).toMatchObject({ id: `autosave:${page}`, from: 'autosave', original: { applicant: { name: '孙七七' } } });
    expect(await store.listCases()).toEqual([]);

    const typed = await store.autosave({ pageKey: page, caseData: { type: 'new', applicant: { name: '孙七七' } } });
    expect(typed).toMatchObject({ ok: true, stored: 'valid', created: true });
    expect(await store.listQuarantine()).toEqual([]);
  });

  it('keeps raw data on the page\'s case when the type becomes unusable later', async () => {
    const { store } = await freshStore();
    const a = await store.autosave({ pageKey: page, caseData: { type: 'new', applicant: { name: '周' } } });
    const b = await store.autosave({ pageKey: page, caseData: { type: '', applicant: { name: '周八' } }, ...sameTab(a) });
    if (!a.ok || !b.ok) throw new Error('autosave failed');
    expect(b.stored).toBe('salvaged');
    expect(b.record!.id).toBe(a.record!.id);
    expect(b.record!.case.applicant?.name).toBe('周');
    expect(b.record!.draftRaw?.data).toEqual({ type: '', applicant: { name: '周八' } });
  });

  it('refuses a request without a page key and changes nothing', async () => {
    const { store } = await freshStore();
    expect(await store.autosave({ pageKey: '', caseData: newCase() })).toMatchObject({ ok: false, error: { path: 'pageKey' } });
    expect(await store.listCases()).toEqual([]);
  });
});

describe('employers, mappings, settings', () => {
  it('keeps employer profiles validated against the case schema', async () => {
    const { store } = await freshStore();
    const saved = await store.saveEmployer({ name: '石景智联', employer: { name: '北京石景智联科技有限公司', orgForm: 'enterprise' } });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(await store.listEmployers()).toEqual([saved.value]);
    const bad = await store.saveEmployer({ name: 'x', employer: { orgForm: 'company' } });
    expect(bad).toMatchObject({ ok: false, error: { path: 'employer.orgForm' } });
    await store.deleteEmployer(saved.value.id);
    expect(await store.listEmployers()).toEqual([]);
  });

  it('keeps field mappings per page', async () => {
    const { store } = await freshStore();
    expect(await store.getMappings('p1')).toEqual({});
    expect(await store.setMappings('p1', { 'input#x': 'applicant.name' })).toMatchObject({ ok: true });
    expect(await store.getMappings('p1')).toEqual({ 'input#x': 'applicant.name' });
    expect(await store.getMappings('p2')).toEqual({});
    expect(await store.setMappings('p1', { 'input#x': 3 })).toMatchObject({ ok: false, error: { path: 'mappings.input#x' } });
    expect(await store.getMappings('p1')).toEqual({ 'input#x': 'applicant.name' });
  });

  it('has defaults and validates changes', async () => {
    const { store } = await freshStore();
    expect(await store.getSettings()).toEqual({ lang: 'auto', wageOverride: null, reminders: true, calendars: [] });
    const wage = { monthly: 12000, dataYear: 2025 };
    expect(await store.setSettings({ lang: 'en', wageOverride: wage })).toMatchObject({ ok: true });
    expect(await store.setSettings({ reminders: 'yes' })).toMatchObject({ ok: false, error: { path: 'reminders' } });
    expect(await store.setSettings({ wageOverride: { monthly: -1, dataYear: 2025 } })).toMatchObject({
      ok: false,
      error: { path: 'wageOverride.monthly' },
    });
    expect(await store.getSettings()).toEqual({ lang: 'en', wageOverride: wage, reminders: true, calendars: [] });
  });

  it('keeps imported holiday calendars only when they hold a whole year\'s schedule', async () => {
    const { store } = await freshStore();
    const calendar = {
      year: 2027,
      off: ['2027-02-05', '2027-10-01'],
      work: ['2027-02-20'],
      names: { '2027-02-05': '春节', '2027-10-01': '国庆节', '2027-02-20': '春节' },
      source: { kind: 'file', name: '2027.json' },
      addedAt: '2026-12-03T10:00:00.000Z',
    };
    expect(await store.setSettings({ calendars: [calendar] })).toMatchObject({ ok: true });
    expect((await store.getSettings()).calendars).toEqual([calendar]);
    expect(await store.setSettings({ calendars: [{ ...calendar, off: ['2027-02-05'] }] })).toMatchObject({ ok: false, error: { path: 'calendars[0]' } });
    expect(await store.setSettings({ calendars: [{ ...calendar, work: ['2027-02-05'] }] })).toMatchObject({ ok: false, error: { path: 'calendars[0]' } });
    expect(await store.setSettings({ calendars: [calendar, calendar] })).toMatchObject({ ok: false, error: { path: 'calendars[1]' } });
    expect(await store.setSettings({ calendars: [{ ...calendar, source: { kind: 'web', name: '' } }] })).toMatchObject({ ok: false, error: { path: 'calendars[0].source' } });
    expect((await store.getSettings()).calendars).toEqual([calendar]);
  });
});
