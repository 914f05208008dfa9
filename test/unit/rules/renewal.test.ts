// @vitest-environment node
// Renewal rules (rules.md, Type rules; guide 七(三)). Each test changes one thing of the complete
// renewal (permit valid until 2027-01-15, checked on 2026-11-27); expected dates are worked out by
// hand from the 2026 State Council calendar (2027 on the provisional calendar: 2027-01-01 off).
import { describe, expect, it } from 'vitest';
import { caseWith, loadExample, type CasePatch } from '../../support/cases';
import { findingOf, run } from '../../support/check';
import type { CheckOptions } from '../../../rules/engine';
import type { Applicant } from '../../../rules/schema';

const renewal = (...patches: CasePatch[]) => caseWith('renewal-complete', ...patches);
const checkOf = (rule: string, options: CheckOptions, ...patches: CasePatch[]) => findingOf(run(renewal(...patches), options), rule);

/** The complete renewal's income without the given months. */
function incomeWithout(...months: string[]) {
  return loadExample('renewal-complete').applicant!.monthlyIncome!.filter((entry) => !months.includes(entry.month!));
}

describe('renewal.expired', () => {
  it('passes for a valid permit checked on its last day', () => {
    expect(checkOf('renewal.expired', { asOf: '2027-01-15' })).toBeUndefined();
  });

  it('fails the day after validUntil and says to apply new', () => {
    const f = checkOf('renewal.expired', { asOf: '2027-01-16' });
    expect(f).toMatchObject({ severity: 'error', fields: ['permit.validUntil'] });
    expect(f!.message).toContain('2027年1月15日');
    expect(f!.message).toContain('新办');
  });

  it('fails for a permit marked expired even before its date', () => {
    const f = checkOf('renewal.expired', {}, { permit: { status: 'expired' } });
    expect(f).toMatchObject({ severity: 'error', fields: ['permit.status'] });
    expect(f!.message).toContain('失效');
  });

  it('is incomplete without the status or the date', () => {
    expect(checkOf('renewal.expired', {}, { permit: { status: undefined } })).toMatchObject({
      severity: 'info',
      incomplete: true,
      fields: ['permit.status'],
    });
    expect(checkOf('renewal.expired', {}, { permit: { validUntil: undefined, status: 'valid' } })).toMatchObject({
      incomplete: true,
      fields: ['permit.validUntil'],
    });
  });

  it('does not run for other application types', () => {
    const c = caseWith('new-complete', { permit: { status: 'expired', validUntil: '2020-01-01' } });
    expect(findingOf(run(c), 'renewal.expired')).toBeUndefined();
  });
});

describe('renewal.deadline (permit valid until 2027-01-15: last safe day 2026-12-24, 2027-01-01 provisionally off)', () => {
  const check = (asOf: string) => checkOf('renewal.deadline', { asOf });

  it('passes well before the last safe day', () => {
    expect(check('2026-11-27')).toBeUndefined();
  });

  it('passes on 2026-12-17, whose fifth working day after is 2026-12-24 itself', () => {
    expect(check('2026-12-17')).toBeUndefined();
  });

  it('warns in the band: 2026-12-18 reaches its fifth working day on 2026-12-25', () => {
    const f = check('2026-12-18');
    expect(f).toMatchObject({ severity: 'warning', fields: ['permit.validUntil', 'asOf'] });
    expect(f!.message).toContain('2026年12月24日');
    expect(f!.message).toContain('2027年1月15日');
    expect(f!.incomplete).toBeUndefined();
    // From Saturday 2026-12-19 the fifth working day is Friday 2026-12-25 too.
    expect(check('2026-12-19')).toMatchObject({ severity: 'warning' });
  });

  it('still only warns on the last safe day itself', () => {
    expect(check('2026-12-24')).toMatchObject({ severity: 'warning' });
  });

  it('is an error the day after, naming the last safe day and the permit end', () => {
    const f = check('2026-12-25');
    expect(f).toMatchObject({ severity: 'error' });
    expect(f!.message).toContain('2026年12月24日');
    expect(f!.message).toContain('2027年1月15日');
    expect(f!.message).toContain('按本工具对指南的理解');
  });

  it('says in English that the deadline is a reading', () => {
    const f = checkOf('renewal.deadline', { asOf: '2026-12-28', lang: 'en' });
    expect(f!.message).toContain('(our reading of the guide)');
    expect(f!.message).toContain('2026-12-24');
  });

  it('is incomplete without permit.validUntil', () => {
    expect(checkOf('renewal.deadline', {}, { permit: { validUntil: undefined } })).toMatchObject({
      severity: 'info',
      incomplete: true,
      fields: ['permit.validUntil'],
    });
  });

  it('counts the National Day holiday: a permit ending 2026-10-05 must be filed by 2026-09-09', () => {
    const endingOn = { permit: { validUntil: '2026-10-05' } };
    // 2026-09-09 + 5 working days = 2026-09-16: in the band; 2026-09-10 is late.
    expect(checkOf('renewal.deadline', { asOf: '2026-09-02' }, endingOn)).toBeUndefined();
    expect(checkOf('renewal.deadline', { asOf: '2026-09-09' }, endingOn)).toMatchObject({ severity: 'warning' });
    expect(checkOf('renewal.deadline', { asOf: '2026-09-10' }, endingOn)).toMatchObject({ severity: 'error' });
  });

  it('counts a make-up Saturday: a permit ending Saturday 2026-10-10 may be filed until 2026-09-14', () => {
    const endingOn = { permit: { validUntil: '2026-10-10' } };
    expect(checkOf('renewal.deadline', { asOf: '2026-09-14' }, endingOn)).toMatchObject({ severity: 'warning' });
    expect(checkOf('renewal.deadline', { asOf: '2026-09-15' }, endingOn)).toMatchObject({ severity: 'error' });
  });
});

describe('renewal.same-employer', () => {
  it('passes when the names differ only in spacing and bracket width', () => {
    expect(checkOf('renewal.same-employer', {}, { permit: { employer: ' 北京京西云图信息技术有限公司\u3000' } })).toBeUndefined();
  });

  it('fails for another employer and names both', () => {
    const f = checkOf('renewal.same-employer', {}, { permit: { employer: '北京博远数据服务有限公司' } });
    expect(f).toMatchObject({ severity: 'error', fields: ['permit.employer', 'employer.name'] });
    expect(f!.message).toContain('北京博远数据服务有限公司');
    expect(f!.message).toContain('北京京西云图信息技术有限公司');
    expect(f!.message).toContain('聘用单位变更');
  });

  it('is incomplete without the employer on the permit', () => {
    expect(checkOf('renewal.same-employer', {}, { permit: { employer: undefined } })).toMatchObject({
      incomplete: true,
      fields: ['permit.employer'],
    });
  });
});

describe('renewal.income-months (asOf 2026-11-27: 36 months up to 2026-10)', () => {
  const income = (monthlyIncome: NonNullable<Applicant['monthlyIncome']>): CasePatch => ({ applicant: { monthlyIncome } });

  it('passes with all 36 months', () => {
    expect(checkOf('renewal.income-months', {})).toBeUndefined();
  });

  it('names the missing months as ranges, and says it is a reading', () => {
    const f = checkOf('renewal.income-months', {}, income(incomeWithout('2024-03', '2024-04', '2024-05', '2025-08')));
    expect(f).toMatchObject({ severity: 'error', fields: ['applicant.monthlyIncome'] });
    expect(f!.message).toContain('2024年3月至2024年5月、2025年8月');
    expect(f!.message).toContain('4个月');
    expect(f!.message).toContain('2023年11月至2026年10月');
    expect(f!.message).toContain('按本工具对指南的理解');
  });

  it('accepts a newest month two months before asOf (36 months 2023-10 … 2026-09)', () => {
    const f = checkOf('renewal.income-months', {}, income([...incomeWithout('2026-10'), { month: '2023-10', amount: 21500 }]));
    expect(f).toBeUndefined();
  });

  it('fails when the newest month is three months before asOf', () => {
    const months = [...incomeWithout('2026-09', '2026-10'), { month: '2023-09', amount: 21500 }, { month: '2023-10', amount: 21500 }];
    const f = checkOf('renewal.income-months', {}, income(months));
    expect(f).toMatchObject({ severity: 'error' });
    expect(f!.message).toContain('只填到2026年8月');
    expect(f!.message).toContain('2026年9月至2026年10月');
  });

  it('reports both a stale newest month and gaps', () => {
    const f = checkOf('renewal.income-months', { lang: 'en' }, income(incomeWithout('2026-09', '2026-10')));
    expect(f).toMatchObject({ severity: 'error' });
    // Window 2023-09 … 2026-08: the first two months were never given.
    expect(f!.message).toContain('up to 2026-08 only');
    expect(f!.message).toContain('2023-09 to 2023-10');
  });

  it('warns that months of asOf\'s month or later are ignored', () => {
    const f = checkOf('renewal.income-months', {}, income([...incomeWithout(), { month: '2026-11', amount: 26500 }]));
    expect(f).toMatchObject({ severity: 'warning' });
    expect(f!.message).toContain('2026年11月');
  });

  it('is incomplete without any income', () => {
    expect(checkOf('renewal.income-months', {}, { applicant: { monthlyIncome: undefined } })).toMatchObject({
      severity: 'info',
      incomplete: true,
      fields: ['applicant.monthlyIncome'],
    });
  });
});
