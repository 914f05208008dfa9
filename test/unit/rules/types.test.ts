// @vitest-environment node
// Type rules (rules.md, Type rules): renewal, employer change, info change, department change.
// Each test mutates one thing in a complete example case; expected dates are worked out by hand
// from the 2026 State Council calendar (2027 and 2028 counted Monday–Friday).
import { describe, expect, it } from 'vitest';
import { findingOf, loadCase, run } from './helpers';

describe('renewal.expired', () => {
  it('passes for a valid permit checked on its last day', () => {
    const c = loadCase('renewal-complete');
    expect(findingOf(run(c, { asOf: '2027-01-15' }), 'renewal.expired')).toBeUndefined();
  });

  it('fails the day after validUntil and says to apply new', () => {
    const c = loadCase('renewal-complete');
    const f = findingOf(run(c, { asOf: '2027-01-16' }), 'renewal.expired');
    expect(f).toMatchObject({ severity: 'error', fields: ['permit.validUntil'] });
    expect(f!.message).toContain('2027-01-15');
    expect(f!.message).toContain('新办');
  });

  it('fails for a permit marked expired even before its date', () => {
    const c = loadCase('renewal-complete');
    c.permit.status = 'expired';
    const f = findingOf(run(c), 'renewal.expired');
    expect(f).toMatchObject({ severity: 'error', fields: ['permit.status'] });
    expect(f!.message).toContain('失效');
  });

  it('is incomplete without the status or the date', () => {
    const c = loadCase('renewal-complete');
    delete c.permit.status;
    expect(findingOf(run(c), 'renewal.expired')).toMatchObject({ severity: 'info', incomplete: true, fields: ['permit.status'] });
    delete c.permit.validUntil;
    c.permit.status = 'valid';
    expect(findingOf(run(c), 'renewal.expired')).toMatchObject({ incomplete: true, fields: ['permit.validUntil'] });
  });

  it('does not run for other application types', () => {
    const c = loadCase('new-complete');
    c.permit = { status: 'expired', validUntil: '2020-01-01' };
    expect(findingOf(run(c), 'renewal.expired')).toBeUndefined();
  });
});

describe('renewal.deadline (permit valid until 2027-01-15: last safe day 2026-12-25)', () => {
  const check = (asOf: string) => findingOf(run(loadCase('renewal-complete'), { asOf }), 'renewal.deadline');

  it('passes well before the last safe day', () => {
    expect(check('2026-11-27')).toBeUndefined();
  });

  it('passes on 2026-12-18, whose fifth working day after is 2026-12-25 itself', () => {
    expect(check('2026-12-18')).toBeUndefined();
    // From Saturday 2026-12-19 the fifth working day is still Friday 2026-12-25.
    expect(check('2026-12-19')).toBeUndefined();
  });

  it('warns in the band: 2026-12-21 reaches its fifth working day on 2026-12-28', () => {
    const f = check('2026-12-21');
    expect(f).toMatchObject({ severity: 'warning', fields: ['permit.validUntil', 'asOf'] });
    expect(f!.message).toContain('2026-12-25');
    expect(f!.message).toContain('2027-01-15');
    expect(f!.incomplete).toBeUndefined();
  });

  it('still only warns on the last safe day itself', () => {
    expect(check('2026-12-25')).toMatchObject({ severity: 'warning' });
  });

  it('is an error the day after, naming the last safe day and the permit end', () => {
    const f = check('2026-12-26');
    expect(f).toMatchObject({ severity: 'error' });
    expect(f!.message).toContain('2026-12-25');
    expect(f!.message).toContain('2027-01-15');
    expect(f!.message).toContain('按本工具对指南的理解');
  });

  it('says in English that the deadline is a reading', () => {
    const f = findingOf(run(loadCase('renewal-complete'), { asOf: '2026-12-28', lang: 'en' }), 'renewal.deadline');
    expect(f!.message).toContain('(our reading of the guide)');
    expect(f!.message).toContain('2026-12-25');
  });

  it('is incomplete without permit.validUntil', () => {
    const c = loadCase('renewal-complete');
    delete c.permit.validUntil;
    expect(findingOf(run(c), 'renewal.deadline')).toMatchObject({ severity: 'info', incomplete: true, fields: ['permit.validUntil'] });
  });

  it('counts the National Day holiday: a permit ending 2026-10-05 must be filed by 2026-09-09', () => {
    const c = loadCase('renewal-complete');
    c.permit.validUntil = '2026-10-05';
    // 2026-09-09 + 5 working days = 2026-09-16: in the band; 2026-09-10 is late.
    expect(findingOf(run(c, { asOf: '2026-09-02' }), 'renewal.deadline')).toBeUndefined();
    expect(findingOf(run(c, { asOf: '2026-09-09' }), 'renewal.deadline')).toMatchObject({ severity: 'warning' });
    expect(findingOf(run(c, { asOf: '2026-09-10' }), 'renewal.deadline')).toMatchObject({ severity: 'error' });
  });

  it('counts a make-up Saturday: a permit ending Saturday 2026-10-10 may be filed until 2026-09-14', () => {
    const c = loadCase('renewal-complete');
    c.permit.validUntil = '2026-10-10';
    expect(findingOf(run(c, { asOf: '2026-09-14' }), 'renewal.deadline')).toMatchObject({ severity: 'warning' });
    expect(findingOf(run(c, { asOf: '2026-09-15' }), 'renewal.deadline')).toMatchObject({ severity: 'error' });
  });
});

describe('renewal.same-employer', () => {
  it('passes when the names differ only in spacing and bracket width', () => {
    const c = loadCase('renewal-complete');
    c.permit.employer = ' 北京京西云图信息技术有限公司\u3000';
    expect(findingOf(run(c), 'renewal.same-employer')).toBeUndefined();
  });

  it('fails for another employer and names both', () => {
    const c = loadCase('renewal-complete');
    c.permit.employer = '北京博远数据服务有限公司';
    const f = findingOf(run(c), 'renewal.same-employer');
    expect(f).toMatchObject({ severity: 'error', fields: ['permit.employer', 'employer.name'] });
    expect(f!.message).toContain('北京博远数据服务有限公司');
    expect(f!.message).toContain('北京京西云图信息技术有限公司');
    expect(f!.message).toContain('聘用单位变更');
  });

  it('is incomplete without the employer on the permit', () => {
    const c = loadCase('renewal-complete');
    delete c.permit.employer;
    expect(findingOf(run(c), 'renewal.same-employer')).toMatchObject({ incomplete: true, fields: ['permit.employer'] });
  });
});

describe('renewal.income-months (asOf 2026-11-27: 36 months up to 2026-10)', () => {
  type Income = { month: string; amount: number };
  const without = (c: { applicant: { monthlyIncome: Income[] } }, ...months: string[]) => {
    c.applicant.monthlyIncome = c.applicant.monthlyIncome.filter((e) => !months.includes(e.month));
  };

  it('passes with all 36 months', () => {
    expect(findingOf(run(loadCase('renewal-complete')), 'renewal.income-months')).toBeUndefined();
  });

  it('names the missing months as ranges, and says it is a reading', () => {
    const c = loadCase('renewal-complete');
    without(c, '2024-03', '2024-04', '2024-05', '2025-08');
    const f = findingOf(run(c), 'renewal.income-months');
    expect(f).toMatchObject({ severity: 'error', fields: ['applicant.monthlyIncome'] });
    expect(f!.message).toContain('2024-03–2024-05, 2025-08');
    expect(f!.message).toContain('4个月');
    expect(f!.message).toContain('2023-11至2026-10');
    expect(f!.message).toContain('按本工具对指南的理解');
  });

  it('accepts a newest month two months before asOf (36 months 2023-10 … 2026-09)', () => {
    const c = loadCase('renewal-complete');
    without(c, '2026-10');
    c.applicant.monthlyIncome.push({ month: '2023-10', amount: 21500 });
    expect(findingOf(run(c), 'renewal.income-months')).toBeUndefined();
  });

  it('fails when the newest month is three months before asOf', () => {
    const c = loadCase('renewal-complete');
    without(c, '2026-09', '2026-10');
    c.applicant.monthlyIncome.push({ month: '2023-09', amount: 21500 }, { month: '2023-10', amount: 21500 });
    const f = findingOf(run(c), 'renewal.income-months');
    expect(f).toMatchObject({ severity: 'error' });
    expect(f!.message).toContain('只填到2026-08');
    expect(f!.message).toContain('2026-09至2026-10');
  });

  it('reports both a stale newest month and gaps', () => {
    const c = loadCase('renewal-complete');
    without(c, '2026-09', '2026-10');
    const f = findingOf(run(c, { lang: 'en' }), 'renewal.income-months');
    expect(f).toMatchObject({ severity: 'error' });
    // Window 2023-09 … 2026-08: the first two months were never given.
    expect(f!.message).toContain('up to 2026-08 only');
    expect(f!.message).toContain('2023-09–2023-10');
  });

  it('warns that months of asOf\'s month or later are ignored', () => {
    const c = loadCase('renewal-complete');
    c.applicant.monthlyIncome.push({ month: '2026-11', amount: 26500 });
    const f = findingOf(run(c), 'renewal.income-months');
    expect(f).toMatchObject({ severity: 'warning' });
    expect(f!.message).toContain('2026-11');
  });

  it('is incomplete without any income', () => {
    const c = loadCase('renewal-complete');
    delete c.applicant.monthlyIncome;
    expect(findingOf(run(c), 'renewal.income-months')).toMatchObject({ severity: 'info', incomplete: true, fields: ['applicant.monthlyIncome'] });
  });
});

describe('employer-change.deadline (permit valid until 2026-12-31: last safe day 2026-12-10)', () => {
  it('passes for the complete case', () => {
    expect(findingOf(run(loadCase('employer-change-complete')), 'employer-change.deadline')).toBeUndefined();
  });

  it('passes on 2026-12-03, warns on 2026-12-07 and fails on 2026-12-11', () => {
    const c = loadCase('employer-change-late');
    expect(findingOf(run(c, { asOf: '2026-12-03' }), 'employer-change.deadline')).toBeUndefined();
    expect(findingOf(run(c, { asOf: '2026-12-07' }), 'employer-change.deadline')).toMatchObject({ severity: 'warning' });
    const late = findingOf(run(c, { asOf: '2026-12-11' }), 'employer-change.deadline');
    expect(late).toMatchObject({ severity: 'error' });
    expect(late!.message).toContain('2026-12-10');
    expect(late!.message).toContain('2026-12-31');
  });

  it('is incomplete without permit.validUntil', () => {
    const c = loadCase('employer-change-complete');
    delete c.permit.validUntil;
    expect(findingOf(run(c), 'employer-change.deadline')).toMatchObject({ incomplete: true, fields: ['permit.validUntil'] });
  });
});

describe('employer-change.suspended', () => {
  it('passes for a suspended permit', () => {
    expect(findingOf(run(loadCase('employer-change-complete')), 'employer-change.suspended')).toBeUndefined();
  });

  it('fails for a permit still valid: the previous employer must release it first', () => {
    const c = loadCase('employer-change-complete');
    c.permit.status = 'valid';
    const f = findingOf(run(c), 'employer-change.suspended');
    expect(f).toMatchObject({ severity: 'error', fields: ['permit.status'] });
    expect(f!.message).toContain('解除员工关联');
  });

  it('fails for a lapsed permit and says to apply new', () => {
    const c = loadCase('employer-change-complete');
    c.permit.status = 'expired';
    const f = findingOf(run(c), 'employer-change.suspended');
    expect(f).toMatchObject({ severity: 'error' });
    expect(f!.message).toContain('新办');
  });

  it('is incomplete without a status', () => {
    const c = loadCase('employer-change-complete');
    delete c.permit.status;
    expect(findingOf(run(c), 'employer-change.suspended')).toMatchObject({ incomplete: true, fields: ['permit.status'] });
  });
});

describe('employer-change.new-employer', () => {
  it('fails when the previous employer is the applying one, whatever the spacing', () => {
    const c = loadCase('employer-change-complete');
    c.employerChange.previousEmployer = '北京衡远智能科技有限公司\u3000';
    const f = findingOf(run(c), 'employer-change.new-employer');
    expect(f).toMatchObject({ severity: 'error', fields: ['employerChange.previousEmployer', 'employer.name'] });
    expect(f!.message).toContain('续签');
  });

  it('passes for a different employer and is incomplete without one', () => {
    const c = loadCase('employer-change-complete');
    expect(findingOf(run(c), 'employer-change.new-employer')).toBeUndefined();
    delete c.employerChange.previousEmployer;
    expect(findingOf(run(c), 'employer-change.new-employer')).toMatchObject({
      incomplete: true,
      fields: ['employerChange.previousEmployer'],
    });
  });
});

describe('employer-change.separation-in-validity (permit valid until 2028-03-31)', () => {
  it('passes for a separation on the last day of validity', () => {
    const c = loadCase('employer-change-complete');
    c.employerChange.separationDate = '2028-03-31';
    expect(findingOf(run(c), 'employer-change.separation-in-validity')).toBeUndefined();
  });

  it('fails for a separation after the permit ended', () => {
    const c = loadCase('employer-change-complete');
    c.employerChange.separationDate = '2028-04-01';
    const f = findingOf(run(c), 'employer-change.separation-in-validity');
    expect(f).toMatchObject({ severity: 'error' });
    expect(f!.message).toContain('2028-04-01');
    expect(f!.message).toContain('2028-03-31');
  });

  it('is incomplete without the date of leaving', () => {
    const c = loadCase('employer-change-complete');
    delete c.employerChange.separationDate;
    expect(findingOf(run(c), 'employer-change.separation-in-validity')).toMatchObject({
      incomplete: true,
      fields: ['employerChange.separationDate'],
    });
  });
});

describe('info-change.items', () => {
  it('passes with items, fails with none, is incomplete when not given', () => {
    const c = loadCase('info-change-complete');
    expect(findingOf(run(c), 'info-change.items')).toBeUndefined();
    c.infoChange.items = [];
    const f = findingOf(run(c), 'info-change.items');
    expect(f).toMatchObject({ severity: 'error', fields: ['infoChange.items'] });
    expect(f!.message).toContain('变更事项');
    delete c.infoChange;
    expect(findingOf(run(c), 'info-change.items')).toMatchObject({ incomplete: true, fields: ['infoChange.items'] });
  });
});

describe('info-change.permit-valid (permit valid until 2028-06-30)', () => {
  it('passes on the last day of validity', () => {
    expect(findingOf(run(loadCase('info-change-complete'), { asOf: '2028-06-30' }), 'info-change.permit-valid')).toBeUndefined();
  });

  it('fails the day after', () => {
    const f = findingOf(run(loadCase('info-change-complete'), { asOf: '2028-07-01' }), 'info-change.permit-valid');
    expect(f).toMatchObject({ severity: 'error', fields: ['permit.validUntil'] });
    expect(f!.message).toContain('2028-06-30');
  });

  it('fails for a suspended permit, naming the status', () => {
    const c = loadCase('info-change-complete');
    c.permit.status = 'suspended';
    const f = findingOf(run(c), 'info-change.permit-valid');
    expect(f).toMatchObject({ severity: 'error', fields: ['permit.status'] });
    expect(f!.message).toContain('挂起');
  });

  it('fails on a known failing part even when the other is unknown', () => {
    const c = loadCase('info-change-complete');
    delete c.permit.status;
    expect(findingOf(run(c, { asOf: '2028-07-01' }), 'info-change.permit-valid')).toMatchObject({ severity: 'error' });
  });

  it('is incomplete when a part is unknown and none fails', () => {
    const c = loadCase('info-change-complete');
    delete c.permit.status;
    expect(findingOf(run(c), 'info-change.permit-valid')).toMatchObject({ incomplete: true, fields: ['permit.status'] });
    delete c.permit.validUntil;
    expect(findingOf(run(c), 'info-change.permit-valid')).toMatchObject({ fields: ['permit.status', 'permit.validUntil'] });
  });
});

describe('department-change.district', () => {
  it('passes for an employer that moved in from Haidian', () => {
    expect(findingOf(run(loadCase('department-change-complete')), 'department-change.district')).toBeUndefined();
  });

  it('fails when the previous district is the new one, naming it', () => {
    const c = loadCase('department-change-complete');
    c.employer.previousDistrict = 'shijingshan';
    const f = findingOf(run(c), 'department-change.district');
    expect(f).toMatchObject({ severity: 'error', fields: ['employer.previousDistrict', 'employer.registeredDistrict'] });
    expect(f!.message).toContain('石景山区');
    expect(findingOf(run(c, { lang: 'en' }), 'department-change.district')!.message).toContain('Shijingshan');
  });

  it('is incomplete without the previous district', () => {
    const c = loadCase('department-change-complete');
    delete c.employer.previousDistrict;
    expect(findingOf(run(c), 'department-change.district')).toMatchObject({
      severity: 'info',
      incomplete: true,
      fields: ['employer.previousDistrict'],
    });
  });
});

describe('redacted checks (the overlay on the portal page)', () => {
  it('keep employer names, dates and months out of the type rules\' messages', () => {
    const c = loadCase('renewal-complete');
    c.permit.employer = '北京博远数据服务有限公司';
    c.applicant.monthlyIncome = c.applicant.monthlyIncome.filter((e: { month: string }) => e.month !== '2025-08');
    const output = run(c, { asOf: '2026-12-28', redact: true });
    for (const rule of ['renewal.same-employer', 'renewal.income-months', 'renewal.deadline']) {
      const message = findingOf(output, rule)!.message;
      expect(message, rule).not.toMatch(/北京|20\d\d-\d\d/);
    }
    // The rule's own wording stays.
    expect(findingOf(output, 'renewal.deadline')!.message).toContain('按本工具对指南的理解');
  });
});
