// @vitest-environment node
// Employer-change rules (rules.md, Type rules; guide 七(四)). Each test changes one thing of the
// complete employer change (a suspended permit valid until 2028-03-31, checked on 2026-11-27);
// expected dates are worked out by hand from the 2026 State Council calendar.
import { describe, expect, it } from 'vitest';
import { caseWith, type CasePatch } from '../../support/cases';
import { findingOf, findingsOf, run } from '../../support/check';

const checkOf = (rule: string, ...patches: CasePatch[]) => findingOf(run(caseWith('employer-change-complete', ...patches)), rule);

describe('employer-change.deadline (permit valid until 2026-12-31: last safe day 2026-12-10)', () => {
  it('passes for the complete case', () => {
    expect(checkOf('employer-change.deadline')).toBeUndefined();
  });

  it('passes on 2026-12-03, warns on 2026-12-07 and fails on 2026-12-11', () => {
    const late = caseWith('employer-change-late');
    expect(findingOf(run(late, { asOf: '2026-12-03' }), 'employer-change.deadline')).toBeUndefined();
    expect(findingOf(run(late, { asOf: '2026-12-07' }), 'employer-change.deadline')).toMatchObject({ severity: 'warning' });
    const f = findingOf(run(late, { asOf: '2026-12-11' }), 'employer-change.deadline');
    expect(f).toMatchObject({ severity: 'error' });
    expect(f!.message).toContain('2026年12月10日');
    expect(f!.message).toContain('2026年12月31日');
  });

  it('is incomplete without permit.validUntil', () => {
    expect(checkOf('employer-change.deadline', { permit: { validUntil: undefined } })).toMatchObject({
      incomplete: true,
      fields: ['permit.validUntil'],
    });
  });
});

describe('employer-change.suspended', () => {
  it('passes for a suspended permit', () => {
    expect(checkOf('employer-change.suspended')).toBeUndefined();
  });

  it('fails for a permit still valid: the previous employer must release it first', () => {
    const f = checkOf('employer-change.suspended', { permit: { status: 'valid' } });
    expect(f).toMatchObject({ severity: 'error', fields: ['permit.status'] });
    expect(f!.message).toContain('解除员工关联');
  });

  it('fails for a lapsed permit and says to apply new', () => {
    const f = checkOf('employer-change.suspended', { permit: { status: 'expired' } });
    expect(f).toMatchObject({ severity: 'error' });
    expect(f!.message).toContain('新办');
  });

  it('is incomplete without a status', () => {
    expect(checkOf('employer-change.suspended', { permit: { status: undefined } })).toMatchObject({
      incomplete: true,
      fields: ['permit.status'],
    });
  });
});

describe('employer-change.new-employer', () => {
  it('fails when the previous employer is the applying one, whatever the spacing', () => {
    const f = checkOf('employer-change.new-employer', { employerChange: { previousEmployer: '北京衡远智能科技有限公司\u3000' } });
    expect(f).toMatchObject({ severity: 'error', fields: ['employerChange.previousEmployer', 'employer.name'] });
    expect(f!.message).toContain('续签');
  });

  it('passes for a different employer and is incomplete without one', () => {
    expect(checkOf('employer-change.new-employer')).toBeUndefined();
    expect(checkOf('employer-change.new-employer', { employerChange: { previousEmployer: undefined } })).toMatchObject({
      incomplete: true,
      fields: ['employerChange.previousEmployer'],
    });
  });
});

describe('employer-change.separation-in-validity (permit valid until 2028-03-31)', () => {
  it('passes for a separation on the last day of validity', () => {
    expect(checkOf('employer-change.separation-in-validity', { employerChange: { separationDate: '2028-03-31' } })).toBeUndefined();
  });

  it('fails for a separation after the permit ended', () => {
    const f = checkOf('employer-change.separation-in-validity', { employerChange: { separationDate: '2028-04-01' } });
    expect(f).toMatchObject({ severity: 'error' });
    expect(f!.message).toContain('2028年4月1日');
    expect(f!.message).toContain('2028年3月31日');
  });

  it('is incomplete without the date of leaving', () => {
    expect(checkOf('employer-change.separation-in-validity', { employerChange: { separationDate: undefined } })).toMatchObject({
      incomplete: true,
      fields: ['employerChange.separationDate'],
    });
  });
});

describe('employer-change.deadline after the permit lapsed (issue 14, item 3)', () => {
  it('by status: only employer-change.suspended reports it, saying to apply new', () => {
    const output = run(caseWith('employer-change-complete', { permit: { validUntil: '2026-12-31', status: 'expired' }, asOf: '2026-12-20' }));
    expect(findingsOf(output, 'employer-change.deadline')).toEqual([]);
    expect(findingOf(output, 'employer-change.suspended')!.message).toContain('请由新单位按证件新办申请');
    expect(output.findings.map((f) => f.message).join('')).not.toMatch(/立即提交|尽快提交/);
  });

  it('by date: the deadline rule itself says the permit ended and to apply new, not to file', () => {
    const output = run(caseWith('employer-change-complete', { permit: { validUntil: '2026-12-31' }, asOf: '2027-01-05' }));
    const finding = findingOf(output, 'employer-change.deadline')!;
    expect(finding).toMatchObject({ severity: 'error' });
    expect(finding.message).toBe('证件有效期已于2026年12月31日届满，不能再办理聘用单位变更：请由新单位按证件新办申请（须重新符合新办条件）。');
    expect(output.findings.map((f) => f.message).join('')).not.toMatch(/立即提交|尽快提交/);
  });
});
