// Bulk work on stored cases: several deleted or given a status in one transaction, each change
// handing back the cases as they were, which restoreCases puts back.
import { describe, expect, it } from 'vitest';
import { freshStore, newCase, renewalCase } from './helpers';

async function threeCases() {
  const { store } = await freshStore();
  const ids: string[] = [];
  for (const c of [newCase(), renewalCase('2027-01-15'), { ...newCase(), applicant: { name: '王五' } }]) {
    const saved = await store.saveCase({ case: c });
    if (!saved.ok) throw new Error('not saved');
    ids.push(saved.record.id);
  }
  return { store, ids };
}

describe('bulk changes', () => {
  it('sets the status of the chosen cases only, and undoes it', async () => {
    const { store, ids } = await threeCases();
    const before = await store.listCases();
    const previous = await store.setStatuses([ids[0]!, ids[1]!, 'no-such-case'], 'submitted');
    expect(previous.map((r) => [r.id, r.status])).toEqual([
      [ids[0], 'draft'],
      [ids[1], 'draft'],
    ]);
    const statuses = Object.fromEntries((await store.listCases()).map((r) => [r.id, r.status]));
    expect(statuses).toEqual({ [ids[0]!]: 'submitted', [ids[1]!]: 'submitted', [ids[2]!]: 'draft' });
    expect(await store.restoreCases(previous)).toEqual({ ok: true });
    expect(await store.listCases()).toEqual(before);
  });

  it('refuses a status that is none', async () => {
    const { store, ids } = await threeCases();
    expect(await store.setStatuses(ids, 'lost' as never)).toEqual([]);
    expect((await store.listCases()).every((r) => r.status === 'draft')).toBe(true);
  });

  it('deletes the chosen cases and brings them back as they were', async () => {
    const { store, ids } = await threeCases();
    const before = await store.listCases();
    const deleted = await store.deleteCases([ids[0]!, ids[2]!]);
    expect(deleted.map((r) => r.id).sort()).toEqual([ids[0], ids[2]].sort());
    expect((await store.listCases()).map((r) => r.id)).toEqual([ids[1]]);
    expect(await store.restoreCases(deleted)).toEqual({ ok: true });
    expect(await store.listCases()).toEqual(before);
  });

  it('puts back nothing when one record is not a case', async () => {
    const { store, ids } = await threeCases();
    const deleted = await store.deleteCases([ids[0]!]);
    expect(await store.restoreCases([...deleted, { id: 'x' }])).toMatchObject({ ok: false });
    expect((await store.listCases()).map((r) => r.id)).not.toContain(ids[0]);
  });
});
