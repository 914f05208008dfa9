// @vitest-environment node
// Import refusal: a file too large, not JSON, JSON of the wrong shape, or a record with a key the
// format does not have is refused with a message in both languages, and the database is exactly
// as it was: every object store compared record by record before and after.
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../utils/store/transfer';
import type { Store } from '../../../utils/store/db';
import type { ImportResult } from '../../../utils/store/types';
import { freshStore, newCase, renewalCase } from './../store/helpers';

const EXPORT = 'gongju-export/1';
const exportOf = (cases: unknown[]) => JSON.stringify({ format: EXPORT, exportedAt: '2026-11-27T00:00:00Z', cases });

/** Every record of every object store of the database, read with plain IndexedDB. */
async function dump(name: string): Promise<Record<string, unknown[]>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const names = Array.from(db.objectStoreNames);
    const tx = db.transaction(names, 'readonly');
    const entries = await Promise.all(
      names.map(
        (store) =>
          new Promise<[string, unknown[]]>((resolve, reject) => {
            const request = tx.objectStore(store).getAll();
            request.onsuccess = () => resolve([store, request.result]);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    return Object.fromEntries(entries);
  } finally {
    db.close();
  }
}

/** A store holding a little of everything an import could disturb. */
async function seeded(): Promise<{ store: Store; name: string }> {
  const { store, name } = await freshStore();
  await store.saveCase({ case: newCase(), notes: '已有的案件' });
  await store.autosave({ pageKey: 'fw.bjrcgz.gov.cn/person-platform/#/business/renewal', caseData: renewalCase('2027-06-30') });
  await store.saveEmployer({ name: '北京石景智联科技有限公司', employer: { name: '北京石景智联科技有限公司' } });
  await store.setMappings('fw.bjrcgz.gov.cn/person-platform/#/odd', { 'k|1': 'applicant.hukouLocation' });
  await store.setSettings({ lang: 'en' });
  return { store, name };
}

function expectRefused(result: ImportResult, reason: string): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.reason).toBe(reason);
  // Told in both languages, in words, not as a stack trace or an empty box.
  expect(result.message.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(result.message.en).toMatch(/[a-z]{3}/i);
  expect(result.message.zh).toContain('未导入');
  expect(result.message.en).toMatch(/not imported|nothing was imported/i);
}

async function expectRefusedAndUnchanged(input: unknown, reason: string) {
  const { store, name } = await seeded();
  const before = await dump(name);
  expect(before.cases).toHaveLength(2);
  const result = await store.importCases(input);
  expectRefused(result, reason);
  // Also when the user says to replace duplicates: a refused file never gets that far.
  expectRefused(await store.importCases(input, { replaceDuplicates: true }), reason);
  expect(await dump(name)).toEqual(before);
  return result;
}

describe('import refusal', () => {
  it('refuses a 50 MB file as too large, whatever it holds, and changes nothing', async () => {
    const valid = exportOf([{ id: 'big', case: newCase(), status: 'draft', notes: '' }]);
    // A well-formed export padded to 50 MB: the size alone decides.
    const fifty = valid.replace('"notes":""', `"notes":"${'x'.repeat(50 * 1024 * 1024)}"`);
    expect(fifty.length).toBeGreaterThan(50 * 1024 * 1024);
    await expectRefusedAndUnchanged(fifty, 'too-large');
  }, 30_000);

  it('counts the size in bytes: Chinese text under the limit in characters but over it in UTF-8 is refused', async () => {
    const chars = Math.ceil(MAX_IMPORT_BYTES / 3) + 1024;
    expect(chars).toBeLessThan(MAX_IMPORT_BYTES);
    const file = exportOf([{ id: 'zh', case: newCase(), status: 'draft', notes: '备'.repeat(chars) }]);
    await expectRefusedAndUnchanged(file, 'too-large');
  });

  it('accepts a file just under the limit (the limit is not set lower than it says)', async () => {
    const { store } = await freshStore();
    const padding = MAX_IMPORT_BYTES - 4096;
    const result = await store.importCases(exportOf([{ id: 'fits', case: newCase(), status: 'draft', notes: 'n'.repeat(padding) }]));
    expect(result).toEqual({ ok: true, imported: 1, replaced: 0 });
  });

  it.each([
    ['an empty file', ''],
    ['plain text', '这不是 JSON 文件'],
    ['a truncated export', exportOf([{ id: 'a', case: newCase(), status: 'draft' }]).slice(0, -3)],
    ['a PDF', '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj'],
    ['JSON with trailing text', `${exportOf([])} and more`],
    ['a byte-order mark and nothing else', '\uFEFF'],
    ['NaN', 'NaN'],
    ['JSON5-style comments', '{ // comment\n "format": "gongju-export/1", "cases": [] }'],
  ])('refuses %s as not JSON and changes nothing', async (_, text) => {
    await expectRefusedAndUnchanged(text, 'malformed');
  });

  it.each([
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"gongju-export/1"'],
    ['an array of cases', JSON.stringify([newCase()])],
    ['an empty object', '{}'],
    ['another format', JSON.stringify({ format: 'gongju-export/2', cases: [] })],
    ['an export of another program', JSON.stringify({ version: 1, items: [{ name: '张三' }] })],
  ])('refuses %s as neither an export nor a case, and changes nothing', async (_, text) => {
    await expectRefusedAndUnchanged(text, 'malformed');
  });

  it.each([
    ['cases that are no array', JSON.stringify({ format: EXPORT, cases: { 0: newCase() } }), 'cases'],
    ['a record that is no object', exportOf(['张三']), 'cases[0]'],
    ['a record without id', exportOf([{ case: newCase(), status: 'draft' }]), 'cases[0].id'],
    ['a record whose case is missing', exportOf([{ id: 'a', status: 'draft' }]), 'cases[0].case'],
    ['a case of an unknown schema', exportOf([{ id: 'a', case: { ...newCase(), schema: 'gongju-case/9' }, status: 'draft' }]), 'cases[0].case.schema'],
    ['a bare case without type', JSON.stringify({ schema: 'gongju-case/1', applicant: { name: '张三' } }), 'type'],
  ])('refuses %s as invalid, naming where, and changes nothing', async (_, text, path) => {
    const result = await expectRefusedAndUnchanged(text, 'invalid');
    if (result.ok || result.reason !== 'invalid') return;
    expect(result.problems[0]!.path).toBe(path);
  });

  it.each([
    ['in the case', exportOf([{ id: 'a', case: { ...newCase(), nickname: '小张' }, status: 'draft' }]), 'cases[0].case.nickname'],
    ['deep in the case', exportOf([{ id: 'a', case: { ...newCase(), applicant: { name: '张三', favouriteColour: 'red' } }, status: 'draft' }]), 'cases[0].case.applicant.favouriteColour'],
    ['of a bare case', JSON.stringify({ ...newCase(), extra: true }), 'extra'],
    ['in the record beside the case', exportOf([{ id: 'a', case: newCase(), status: 'draft', owner: 'someone' }]), 'cases[0].owner'],
  ])('refuses a record with an unknown key %s, naming it, and changes nothing', async (_, text, path) => {
    const result = await expectRefusedAndUnchanged(text, 'invalid');
    if (result.ok || result.reason !== 'invalid') return;
    expect(result.problems.map((p) => p.path)).toContain(path);
  });

  it('one bad record among good ones: nothing of the file is imported', async () => {
    const good = Array.from({ length: 50 }, (_, i) => ({ id: `good-${i}`, case: renewalCase('2027-06-30'), status: 'draft' }));
    const file = exportOf([...good, { id: 'bad', case: { ...newCase(), applicant: { birthDate: '1990-02-30' } }, status: 'draft' }]);
    const result = await expectRefusedAndUnchanged(file, 'invalid');
    if (result.ok || result.reason !== 'invalid') return;
    expect(result.problems).toEqual([{ index: 50, path: 'cases[50].case.applicant.birthDate', expected: expect.any(String) }]);
  });
});
