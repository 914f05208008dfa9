// @vitest-environment node
// The findings the engine makes itself (rules.md; groups/process.ts): missing materials, the
// approval date, and notes on the data a check used.
import { describe, expect, it } from 'vitest';
import { caseWith, loadExample, whole } from '../../support/cases';
import { findingsOf, run } from '../../support/check';
import { WorkCalendar } from '../../../rules/calendar';

describe('material.missing', () => {
  it('one error per required material without an attachment', () => {
    const attachments = loadExample('new-complete').attachments!.filter((a) => a.material !== 'id-card' && a.material !== 'diploma');
    const output = run(caseWith('new-complete', { attachments }));
    const missing = findingsOf(output, 'material.missing');
    expect(missing.map((f) => f.material)).toEqual(['id-card', 'diploma']);
    expect(missing.every((f) => f.severity === 'error')).toBe(true);
    expect(missing[0]!.message).toContain('申请人身份证');
    // It says what to do (audit row 46).
    expect(missing[0]!.message).toMatch(/^请上传：申请人身份证/);
    expect(output.materials.find((m) => m.material === 'id-card')).toMatchObject({ required: true, present: false });
  });

  it('none for a material listed but not required, absent or present', () => {
    const attachments = [...loadExample('new-complete').attachments!, { material: 'rent-invoice', fileName: '租赁发票.pdf' }];
    const output = run(caseWith('new-complete', { attachments }));
    expect(findingsOf(output, 'material.missing')).toEqual([]);
    expect(output.materials.find((m) => m.material === 'rent-invoice')).toMatchObject({ required: false, present: true });
  });

  it('names the material in English', () => {
    const c = caseWith('new-complete', {
      applicant: { housing: whole({ kind: 'rented', landlordKind: 'private-home', landlordHasCertificate: false, leaseEnd: '2027-08-31' }) },
    });
    const missing = findingsOf(run(c, { lang: 'en' }), 'material.missing');
    expect(missing.map((f) => f.material)).toEqual(['rent-invoice']);
    expect(missing[0]!.message).toContain('Rent invoice');
  });
});

describe('process.approval-eta', () => {
  it('gives the day approval is due, 15 working days after acceptance', () => {
    const found = findingsOf(run(caseWith('new-complete', { acceptedOn: '2026-11-20' })), 'process.approval-eta');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', fields: ['acceptedOn'] });
    expect(found[0]!.message).toContain('2026年12月11日');
  });

  it('says nothing before the case is accepted', () => {
    expect(findingsOf(run(loadExample('new-complete')), 'process.approval-eta')).toEqual([]);
  });
});

describe('calendar.provisional', () => {
  it('warns once for each provisional year a working-day count used, naming it and how to add it', () => {
    // Permit valid until 2027-01-15: the last safe day is counted back through January 2027.
    const found = findingsOf(run(loadExample('renewal-complete')), 'calendar.provisional');
    expect(found.map((f) => [f.subject, f.severity])).toEqual([['2027', 'warning']]);
    expect(found[0]!.message).toContain('2027年');
    expect(found[0]!.message).toContain('只会偏早、不会偏晚');
    expect(found[0]!.message).toContain('设置');
    const en = findingsOf(run(loadExample('renewal-complete'), { lang: 'en' }), 'calendar.provisional')[0]!;
    expect(en.message).toContain('2027');
    expect(en.message).toMatch(/early, never late/);
  });

  it('names each year of a count across two provisional years', () => {
    const c = caseWith('renewal-complete', { permit: { validUntil: '2028-01-10' } });
    expect(findingsOf(run(c), 'calendar.provisional').map((f) => f.subject)).toEqual(['2027', '2028']);
  });

  it('says nothing when every year counted is published, or imported', () => {
    expect(findingsOf(run(caseWith('new-complete', { acceptedOn: '2026-11-20' })), 'calendar.provisional')).toEqual([]);
    const calendar = new WorkCalendar([{ year: 2027, off: ['2027-01-01'], work: [] }]);
    expect(findingsOf(run(loadExample('renewal-complete'), { calendar }), 'calendar.provisional')).toEqual([]);
  });
});

describe('wage.figure-year', () => {
  it('notes a figure older than the year before asOf, once a rule used it', () => {
    // On 2026-11-27 the newest published figure is data year 2024's.
    const found = findingsOf(run(loadExample('new-complete')), 'wage.figure-year');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', fields: [] });
    expect(found[0]!.message).toContain('2024');
    // It names the year that is missing and where to enter it (audit row 47).
    expect(found[0]!.message).toContain('2025年度数据尚未公布');
    expect(found[0]!.message).toContain('请在设置页');
    expect(found[0]!.message).toContain('11937');
  });

  it('says nothing for the figure of the year before, nor when no rule used a figure', () => {
    expect(findingsOf(run(loadExample('new-complete'), { asOf: '2025-08-01' }), 'wage.figure-year')).toEqual([]);
    expect(findingsOf(run(loadExample('renewal-complete')), 'wage.figure-year')).toEqual([]);
  });
});
