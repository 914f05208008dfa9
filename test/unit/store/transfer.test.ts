import { describe, expect, it } from 'vitest';
import { materialName } from '../../../rules/materials';
import { casesToCsv, csvField } from '../../../utils/store/csv';
import { MAX_IMPORT_BYTES } from '../../../utils/store/transfer';
import type { CaseRecord } from '../../../utils/store/types';
import { freshStore, newCase, renewalCase, ZHANG_ID } from './helpers';
import { caseWith } from '../../support/cases';

const exportOf = (cases: unknown[]) => JSON.stringify({ format: 'gongju-export/1', exportedAt: '2026-11-27T00:00:00Z', cases });

describe('export and import', () => {
  it('round-trips all cases into another store', async () => {
    const { store } = await freshStore();
    await store.saveCase({ case: newCase(), notes: '备注' });
    await store.autosave({ pageKey: 'p', caseData: renewalCase('2027-06-30') });
    const file = await store.exportCases();
    expect(file.format).toBe('gongju-export/1');
    expect(file.cases).toHaveLength(2);
    expect(file.cases[0]).not.toHaveProperty('sources');

    const { store: other } = await freshStore();
    expect(await other.importCases(JSON.stringify(file))).toEqual({ ok: true, imported: 2, replaced: 0 });
    const strip = (r: CaseRecord) => ({ id: r.id, case: r.case, status: r.status, notes: r.notes, history: r.history });
    expect((await other.listCases()).map(strip).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      (await store.listCases()).map(strip).sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('exports only the cases asked for', async () => {
    const { store } = await freshStore();
    const a = await store.saveCase({ case: newCase() });
    await store.saveCase({ case: renewalCase('2027-06-30') });
    const file = await store.exportCases([a.ok ? a.record.id : '']);
    expect(file.cases.map((c) => c.id)).toEqual([a.ok && a.record.id]);
  });

  it('refuses a file with a bad record, naming the record and path, and changes nothing', async () => {
    const { store } = await freshStore();
    await store.saveCase({ case: newCase() });
    const before = await store.listCases();
    const file = exportOf([
      { id: 'ok-1', case: renewalCase('2027-06-30'), status: 'draft' },
      { id: 'bad-1', case: { ...newCase(), applicant: { workHistory: [{ from: '2020-01-01' }, { from: '2020-13-01' }] } }, status: 'draft' },
      { id: 'bad-2', case: newCase(), status: 'lost' },
    ]);
    const result = await store.importCases(file);
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    if (result.ok || result.reason !== 'invalid') return;
    expect(result.problems).toEqual([
      { index: 1, path: 'cases[1].case.applicant.workHistory[1].from', expected: 'a real date YYYY-MM-DD' },
      { index: 2, path: 'cases[2].status', expected: expect.stringContaining('"draft"') },
    ]);
    expect(result.message.zh).toContain('未导入');
    expect(await store.listCases()).toEqual(before);
  });

  it('refuses a file that uses one id twice', async () => {
    const { store } = await freshStore();
    const result = await store.importCases(exportOf([
      { id: 'same', case: newCase(), status: 'draft' },
      { id: 'same', case: renewalCase('2027-06-30'), status: 'draft' },
    ]));
    expect(result).toMatchObject({ ok: false, reason: 'invalid', problems: [{ index: 1, path: 'cases[1].id' }] });
    expect(await store.listCases()).toEqual([]);
  });

  it('asks before replacing duplicates, by id or by identity, then replaces them', async () => {
    const { store } = await freshStore();
    const byId = await store.saveCase({ case: renewalCase('2027-06-30'), notes: 'old' });
    const byIdentity = await store.saveCase({ case: newCase(), notes: 'old' });
    if (!byId.ok || !byIdentity.ok) throw new Error('save failed');
    const file = exportOf([
      { id: byId.record.id, case: renewalCase('2027-07-31'), status: 'ready', notes: 'new' },
      { id: 'imported', case: newCase({ district: 'haidian' }), status: 'draft', notes: 'new' },
      { id: 'fresh', case: newCase({ type: 'info-change' }), status: 'draft' },
    ]);

    const asked = await store.importCases(file);
    expect(asked).toMatchObject({ ok: false, reason: 'duplicates' });
    if (asked.ok || asked.reason !== 'duplicates') return;
    expect(asked.duplicates).toEqual([
      { index: 0, existingId: byId.record.id, by: 'id' },
      { index: 1, existingId: byIdentity.record.id, by: 'identity' },
    ]);
    expect((await store.listCases()).map((r) => r.notes)).toEqual(['old', 'old']);

    expect(await store.importCases(file, { replaceDuplicates: true })).toEqual({ ok: true, imported: 3, replaced: 2 });
    const after = await store.listCases();
    expect(after.map((r) => r.id).sort()).toEqual([byId.record.id, 'fresh', 'imported'].sort());
    expect(after.every((r) => r.notes !== 'old')).toBe(true);
    expect((await store.getCase(byId.record.id))?.case.permit?.validUntil).toBe('2027-07-31');
    expect((await store.getCase('imported'))?.idNumberType).toBe(`${ZHANG_ID}|new`);
  });

  it('imports one bare case as a new draft', async () => {
    const { store } = await freshStore();
    const result = await store.importCases(JSON.stringify(newCase()));
    expect(result).toEqual({ ok: true, imported: 1, replaced: 0 });
    const [record] = await store.listCases();
    expect(record).toMatchObject({ status: 'draft', case: newCase() });
    const bad = await store.importCases(JSON.stringify({ ...newCase(), asOf: 'tomorrow' }));
    expect(bad).toMatchObject({ ok: false, reason: 'invalid', problems: [{ index: null, path: 'asOf' }] });
  });

  it('refuses malformed files and files over 10 MB with a message in both languages', async () => {
    const { store } = await freshStore();
    for (const text of ['{"format": "gongju-export/1", "cases": [', '[]', '{"format": "other/1", "cases": []}', '42']) {
      const result = await store.importCases(text);
      expect(result).toMatchObject({ ok: false, reason: 'malformed' });
      if (!result.ok) expect(result.message.zh && result.message.en).toBeTruthy();
    }
    const padding = ' '.repeat(MAX_IMPORT_BYTES);
    const huge = `${exportOf([{ id: 'a', case: newCase(), status: 'draft' }])}${padding}`;
    expect(await store.importCases(huge)).toMatchObject({ ok: false, reason: 'too-large' });
    // Chinese text takes three bytes a character in UTF-8: 4 M characters are 12 MB.
    const wide = exportOf([{ id: 'a', case: newCase(), status: 'draft', notes: '字'.repeat(4 * 1024 * 1024) }]);
    expect(await store.importCases(wide)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(await store.listCases()).toEqual([]);
  });

  it('accepts a file with a byte-order mark', async () => {
    const { store } = await freshStore();
    expect(await store.importCases(`\uFEFF${exportOf([{ id: 'a', case: newCase(), status: 'draft' }])}`)).toMatchObject({ ok: true });
  });
});

describe('CSV', () => {
  it('quotes every field and escapes commas, quotes, newlines; keeps Chinese', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('张三')).toBe('"张三"');
    expect(csvField(null)).toBe('""');
    expect(csvField(3)).toBe('"3"');
  });

  it('keeps a spreadsheet from running a name as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@SUM(A1)')).toBe('"\'@SUM(A1)"');
  });

  it('lists the cases with a BOM, CRLF rows and the columns of the case list', async () => {
    const { store } = await freshStore();
    const saved = await store.saveCase({
      case: renewalCase('2027-01-15', { applicant: { name: '张"三", 测试\n第二行', idNumber: ZHANG_ID } }),
      status: 'ready',
    });
    if (!saved.ok) throw new Error('save failed');
    const csv = casesToCsv([saved.record], { lang: 'zh', today: '2026-11-27', wageOverride: null });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    expect(rows[0]).toBe('"申请人","业务类型","状态","错误","警告","缺少材料","工作居住证有效期至","最晚安全提交日","可申请日期","最晚可申请日期","日期说明"');
    // A renewal has no planner's dates; its last safe day is counted over 2027, which has no schedule yet.
    expect(rows[1]).toMatch(/^"张""三"", 测试\n第二行","证件续签","待提交","\d+","\d+",".*","2027-01-15","2026-12-24","","","暂定：2027年的节假日安排尚未添加，[^"]*"$/s);
    expect(rows[2]).toBe('');

    const en = casesToCsv([saved.record], { lang: 'en', today: '2026-11-27', wageOverride: null });
    expect(en).toContain('"Applicant","Type","Status"');
    expect(en).toContain('"Renewal","Ready to submit"');
    expect(en).toContain('"Provisional: the 2027 holiday schedule has not been added');
  });

  it('carries the planner\'s first and last day to apply of a new permit', async () => {
    const { store } = await freshStore();
    const saved = await store.saveCase({ case: caseWith('new-complete', { applicant: { employment: { startDate: '2026-01-05' } } }) });
    if (!saved.ok) throw new Error('save failed');
    const row = casesToCsv([saved.record], { lang: 'zh', today: '2026-11-27', wageOverride: null }).split('\r\n')[1]!;
    // A year with the employer on 2027-01-05; the lease (to 2027-08-31) must still run six months: 2027-02-28.
    expect(row.endsWith('"2027-01-05","2027-02-28",""')).toBe(true);
  });

  it('names the missing required materials', async () => {
    const { store } = await freshStore();
    const saved = await store.saveCase({ case: newCase() });
    if (!saved.ok) throw new Error('save failed');
    const csv = casesToCsv([saved.record], { lang: 'zh', today: '2026-11-27', wageOverride: null });
    // A new application with nothing uploaded lacks at least the labour contract.
    expect(csv).toContain(materialName('labor-contract', 'zh'));
  });
});
