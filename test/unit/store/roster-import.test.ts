// The dashboard's roster import in the store (case-format.md, Rosters): one transaction that
// updates the case of the same ID number and type or creates one, all or nothing, and undoable.
import { describe, expect, it } from 'vitest';
import { mergeRosterCase } from '../../../rules/roster';
import type { Case } from '../../../rules/schema';
import { freshStore, renewalCase, ZHANG_ID } from './helpers';

const row = (idNumber: string, validUntil: string, extra: Partial<Case> = {}): Case => ({
  schema: 'gongju-case/1',
  type: 'renewal',
  applicant: { name: `员工${idNumber.slice(-4)}`, idNumber },
  permit: { validUntil },
  ...extra,
});

describe('roster import', () => {
  it("updates the stored case of the same ID number and type with the row's fields, keeping the rest, and creates the others", async () => {
    const { store } = await freshStore();
    const saved = await store.saveCase({
      case: renewalCase('2026-12-31', { attachments: [{ material: 'labor-contract', fileName: '劳动合同.pdf' }] }),
      status: 'ready',
      notes: '材料已交',
    });
    if (!saved.ok) throw new Error('not saved');
    const other = await store.saveCase({ case: { ...renewalCase('2026-12-31'), type: 'new' } });
    if (!other.ok) throw new Error('not saved');

    const result = await store.importRoster([row(ZHANG_ID, '2027-01-15'), row('110105198506120024', '2027-03-01')]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.created).toHaveLength(1);
    expect(result.previous.map((r) => r.id)).toEqual([saved.record.id]);
    expect(result.previous[0]!.case.permit?.validUntil).toBe('2026-12-31');

    const updated = await store.getCase(saved.record.id);
    expect(updated?.case.permit).toEqual({ validUntil: '2027-01-15', status: 'valid' });
    expect(updated?.case.applicant?.name).toBe(`员工${ZHANG_ID.slice(-4)}`);
    expect(updated?.case.attachments).toEqual([{ material: 'labor-contract', fileName: '劳动合同.pdf' }]);
    expect(updated?.status).toBe('ready');
    expect(updated?.notes).toBe('材料已交');
    // The same person's 新办 case is another case: left as it was.
    expect((await store.getCase(other.record.id))?.case.permit?.validUntil).toBe('2026-12-31');
    const created = await store.getCase(result.created[0]!);
    expect(created).toMatchObject({ status: 'draft', idNumberType: '110105198506120024|renewal' });
    expect(await store.listCases()).toHaveLength(3);
  });

  it('changes nothing when one case is not valid, and names it', async () => {
    const { store } = await freshStore();
    const result = await store.importRoster([row(ZHANG_ID, '2027-01-15'), { ...row('110105198506120024', '2027-01-15'), type: 'holiday' }]);
    expect(result).toEqual({ ok: false, index: 1, error: expect.objectContaining({ path: 'type' }) });
    expect(await store.listCases()).toEqual([]);
  });

  it('is undone: the created cases go, the updated ones are as before', async () => {
    const { store } = await freshStore();
    const saved = await store.saveCase({ case: renewalCase('2026-12-31') });
    if (!saved.ok) throw new Error('not saved');
    const before = await store.getCase(saved.record.id);
    const result = await store.importRoster([row(ZHANG_ID, '2027-01-15'), row('110105198506120024', '2027-03-01')]);
    if (!result.ok) throw new Error('not imported');
    expect(await store.undoRosterImport(result.created, result.previous)).toEqual({ ok: true });
    expect(await store.listCases()).toEqual([before]);
  });
});

describe('mergeRosterCase', () => {
  it('lays the row over the stored case field by field; an open-ended contract (null) replaces an end date', () => {
    const stored: Case = {
      schema: 'gongju-case/1',
      type: 'renewal',
      applicant: { name: '张三', hukouLocation: '河北省', employment: { startDate: '2020-01-01', contractEndDate: '2026-12-31' } },
    };
    const merged = mergeRosterCase(stored, { schema: 'gongju-case/1', type: 'renewal', applicant: { name: '张三丰', employment: { contractEndDate: null } } });
    expect(merged.applicant).toEqual({ name: '张三丰', hukouLocation: '河北省', employment: { startDate: '2020-01-01', contractEndDate: null } });
  });
});
