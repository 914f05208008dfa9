// @vitest-environment node
// Applicant rules (rules.md, Applicant rules; guide 二(二), 七(二)). Each test changes one thing
// of the complete case, checked on asOf 2026-11-27 unless it says otherwise.
import { describe, expect, it } from 'vitest';
import { idCheckCharacter } from '../../../rules/checksums';
import type { Applicant, ApplicationType, Case } from '../../../rules/schema';
import { caseWith, whole, type CasePatch, type ExampleName } from '../../support/cases';
import { findingOf, findingsOf, run, ruleIdsOf } from '../../support/check';

type Companion = NonNullable<Applicant['companions']>[number];
type InfoChangeItem = NonNullable<NonNullable<Case['infoChange']>['items']>[number];

/** A valid identity number for a birth date; the 17th digit is odd for men, even for women. */
function idFor(birthDate: string, gender: 'male' | 'female'): string {
  const body = `110105${birthDate.replaceAll('-', '')}12${gender === 'male' ? 3 : 2}`;
  return body + idCheckCharacter(body);
}

/** The same number with another check character. */
function withWrongCheck(id: string): string {
  return id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
}

const complete = (...patches: CasePatch[]) => caseWith('new-complete', ...patches);

/** The complete case with an applicant born on `birthDate`, checked on `asOf`. */
function applicantBorn(birthDate: string, gender: 'male' | 'female', asOf = '2026-11-27'): Case {
  return complete({ asOf, applicant: { birthDate, gender, idNumber: idFor(birthDate, gender) } });
}

function expectIncomplete(c: Case, rule: string, fields: string[], subject?: string) {
  const finding = findingsOf(run(c), rule).find((f) => f.subject === subject);
  expect(finding, rule).toMatchObject({ rule, severity: 'info', incomplete: true, fields });
}

describe('the complete case', () => {
  it('passes every applicant rule', () => {
    const ids = ruleIdsOf(run(complete()));
    expect(ids.filter((id) => id.startsWith('applicant.'))).toEqual([]);
  });
});

describe('applicant.id-number', () => {
  it('fails a wrong check character and says so', () => {
    // The check character of 11010519900307123 is 9.
    const c = complete({ applicant: { idNumber: '110105199003071230' } });
    const finding = findingOf(run(c), 'applicant.id-number');
    expect(finding).toMatchObject({ severity: 'error', fields: ['applicant.idNumber'] });
    expect(finding!.message).toContain('校验码');
    expect(findingOf(run(c, { lang: 'en' }), 'applicant.id-number')!.message).toContain('the last character, the check digit, is wrong');
  });

  it('accepts a lower-case x as check character', () => {
    // GB 11643's own example, 11010519491231002X (born 1949-12-31, 17th digit 2: female).
    const c = complete({ applicant: { idNumber: '11010519491231002x', birthDate: '1949-12-31', gender: 'female' } });
    const ids = ruleIdsOf(run(c));
    expect(ids).not.toContain('applicant.id-number');
    expect(ids).not.toContain('applicant.id-birthdate');
    expect(ids).not.toContain('applicant.id-gender');
  });

  it('fails a 15-digit number', () => {
    const c = complete({ applicant: { idNumber: '110105900307123' } });
    expect(findingOf(run(c), 'applicant.id-number')!.message).toContain('18位');
  });

  it('fails a date of birth after the check date and a region that is no province', () => {
    const future = complete({ applicant: { idNumber: idFor('2026-11-28', 'male') } });
    expect(findingOf(run(future), 'applicant.id-number')!.message).toContain('晚于检查日期');
    const body = '99010519900307123';
    const region = complete({ applicant: { idNumber: body + idCheckCharacter(body) } });
    expect(findingOf(run(region), 'applicant.id-number')!.message).toContain('行政区划');
  });

  it('is incomplete without an ID number', () => {
    expectIncomplete(complete({ applicant: { idNumber: undefined } }), 'applicant.id-number', ['applicant.idNumber']);
  });
});

describe('applicant.id-birthdate', () => {
  it('fails a date of birth other than the one in the ID number, naming both', () => {
    const finding = findingOf(run(complete({ applicant: { birthDate: '1990-03-08' } })), 'applicant.id-birthdate');
    expect(finding).toMatchObject({ severity: 'error', fields: ['applicant.birthDate', 'applicant.idNumber'] });
    expect(finding!.message).toContain('1990年3月8日');
    expect(finding!.message).toContain('1990年3月7日');
  });

  it('cites no clause of the guide: it is a consistency check (audit row 48)', () => {
    const c = complete({ applicant: { birthDate: '1990-03-08' } });
    expect(findingOf(run(c), 'applicant.id-birthdate')!.basis).toBe('数据一致性检查（非指南条款）');
    expect(findingOf(run(c, { lang: 'en' }), 'applicant.id-birthdate')!.basis).toBe('Consistency check (not a clause of the guide)');
  });

  it('leaves an invalid ID number to applicant.id-number', () => {
    const ids = ruleIdsOf(run(complete({ applicant: { idNumber: '110105199003071230', birthDate: '1991-01-01' } })));
    expect(ids).toContain('applicant.id-number');
    expect(ids).not.toContain('applicant.id-birthdate');
  });

  it('is incomplete without a date of birth', () => {
    expectIncomplete(complete({ applicant: { birthDate: undefined } }), 'applicant.id-birthdate', ['applicant.birthDate']);
  });
});

describe('applicant.id-gender', () => {
  it('fails a gender the 17th digit contradicts, naming the digit', () => {
    // 110105199003071239: 17th digit 3, odd, male.
    const finding = findingOf(run(complete({ applicant: { gender: 'female' } })), 'applicant.id-gender');
    expect(finding).toMatchObject({ severity: 'error', fields: ['applicant.gender', 'applicant.idNumber'] });
    expect(finding!.message).toContain('第17位为3');
    expect(finding!.basis).toBe('数据一致性检查（非指南条款）');
  });

  it('is incomplete without a gender', () => {
    expectIncomplete(complete({ applicant: { gender: undefined } }), 'applicant.id-gender', ['applicant.gender']);
  });
});

describe('applicant.age-limit', () => {
  const age = (c: Case) => findingOf(run(c), 'applicant.age-limit');

  it('men: 59 passes, 60 warns from the 60th birthday, 61 fails from the 61st', () => {
    expect(age(applicantBorn('1966-11-28', 'male'))).toBeUndefined(); // 60 tomorrow
    expect(age(applicantBorn('1966-11-27', 'male'))).toMatchObject({ severity: 'warning' });
    expect(age(applicantBorn('1965-11-28', 'male'))).toMatchObject({ severity: 'warning' }); // 61 tomorrow
    const over = age(applicantBorn('1965-11-27', 'male'));
    expect(over).toMatchObject({ severity: 'error', fields: ['applicant.birthDate', 'applicant.gender'] });
    expect(over!.message).toContain('61周岁');
  });

  it('women: 54 passes, 55 warns, 56 fails', () => {
    expect(age(applicantBorn('1971-11-28', 'female'))).toBeUndefined();
    expect(age(applicantBorn('1971-11-27', 'female'))).toMatchObject({ severity: 'warning' });
    expect(age(applicantBorn('1970-11-28', 'female'))).toMatchObject({ severity: 'warning' });
    expect(age(applicantBorn('1970-11-27', 'female'))).toMatchObject({ severity: 'error' });
  });

  it('the warning says the office may read the limit otherwise and names the day it is passed', () => {
    const finding = age(applicantBorn('1966-11-27', 'male'))!;
    expect(finding.message).toContain('未满60周岁');
    expect(finding.message).toContain('2027年11月27日'); // the 61st birthday
  });

  it('a 29 February birthday: the birthday falls on 28 February in a common year', () => {
    // Born 1972-02-29 (female): 55 on 2027-02-28, since 2027 has no 29 February; 56 on 2028-02-29.
    expect(age(applicantBorn('1972-02-29', 'female', '2027-02-27'))).toBeUndefined();
    expect(age(applicantBorn('1972-02-29', 'female', '2027-02-28'))).toMatchObject({ severity: 'warning' });
    expect(age(applicantBorn('1972-02-29', 'female', '2028-02-28'))).toMatchObject({ severity: 'warning' });
    expect(age(applicantBorn('1972-02-29', 'female', '2028-02-29'))).toMatchObject({ severity: 'error' });
    // Born 1964-02-29 (male): 60 on 2024-02-29, 61 on 2025-02-28.
    expect(age(applicantBorn('1964-02-29', 'male', '2024-02-28'))).toBeUndefined();
    expect(age(applicantBorn('1964-02-29', 'male', '2024-02-29'))).toMatchObject({ severity: 'warning' });
    expect(age(applicantBorn('1964-02-29', 'male', '2025-02-27'))).toMatchObject({ severity: 'warning' });
    expect(age(applicantBorn('1964-02-29', 'male', '2025-02-28'))).toMatchObject({ severity: 'error' });
  });

  it('takes gender and date of birth from the ID number when they are not entered', () => {
    // Read as a man's, 55 would pass.
    const woman = caseWith(applicantBorn('1971-11-27', 'female'), { applicant: { gender: undefined } });
    expect(age(woman)).toMatchObject({ severity: 'warning' });
    const man = caseWith(applicantBorn('1965-11-27', 'male'), { applicant: { birthDate: undefined } });
    expect(age(man)).toMatchObject({ severity: 'error' });
  });

  it('is incomplete without gender or a valid ID number', () => {
    const c = complete({ applicant: { gender: undefined, idNumber: undefined } });
    expectIncomplete(c, 'applicant.age-limit', ['applicant.gender']);
  });
});

type WorkEntry = NonNullable<Applicant['workHistory']>[number];
const workHistory = (...entries: WorkEntry[]): CasePatch => ({ applicant: { workHistory: entries } });

describe('applicant.work-experience', () => {
  // 2024-11-28 … 2026-11-27 is 365 + 365 = 730 days, both ends counted (no 29 February in between).
  const history = (firstFrom: string, ...more: WorkEntry[]) =>
    complete(
      workHistory(
        { employer: '北京甲公司', from: firstFrom, to: '2025-12-31' },
        { employer: '北京石景智联科技有限公司', from: '2025-06-01', to: null },
        ...more,
      ),
    );
  const experience = (c: Case) => findingOf(run(c), 'applicant.work-experience');

  it('counts overlapping entries once: exactly 730 days passes', () => {
    expect(experience(history('2024-11-28'))).toBeUndefined();
  });

  it('729 days fails although the entries add up to more than 730 days', () => {
    // 398 + 545 = 943 days entry by entry, but the union is 2024-11-29 … 2026-11-27.
    const finding = experience(history('2024-11-29'));
    expect(finding).toMatchObject({ severity: 'error', fields: ['applicant.workHistory'] });
    expect(finding!.message).toContain('729天');
  });

  it('counts an entry lying inside another one once', () => {
    const inside: WorkEntry = { employer: '北京乙公司', from: '2025-01-01', to: '2025-03-31' };
    expect(experience(history('2024-11-28', inside))).toBeUndefined();
    expect(experience(history('2024-11-29', inside))!.message).toContain('729天');
  });

  it('ignores an entry starting after the check date', () => {
    expect(experience(history('2024-11-29', { employer: '北京乙公司', from: '2026-12-01', to: null }))!.message).toContain('729天');
  });

  it('is incomplete when a short history has an entry without a start date', () => {
    const c = caseWith(history('2024-11-29'), { applicant: { workHistory: { 0: { from: undefined } } } });
    expectIncomplete(c, 'applicant.work-experience', ['applicant.workHistory[0].from']);
  });

  it('passes when the known entries already make two years, whatever the unknown one', () => {
    expect(experience(history('2024-11-28', { employer: '北京乙公司', to: '2010-01-01' }))).toBeUndefined();
  });

  it('is incomplete without a work history', () => {
    expectIncomplete(complete({ applicant: { workHistory: undefined } }), 'applicant.work-experience', ['applicant.workHistory']);
  });
});

describe('applicant.work-history-overlap', () => {
  const overlapping = (firstTo: string, secondEmployer = '北京石景智联科技有限公司', ...more: WorkEntry[]) =>
    complete(
      workHistory(
        { employer: '河北某某电子有限公司', from: '2012-07-01', to: firstTo },
        { employer: secondEmployer, from: '2022-01-01', to: null },
        ...more,
      ),
    );

  it('warns when two employers overlap by 32 days, once per pair', () => {
    // 2022-01-01 … 2022-02-01 is 32 days.
    const findings = findingsOf(run(overlapping('2022-02-01')), 'applicant.work-history-overlap');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', subject: 'applicant.workHistory[0]~[1]' });
    expect(findings[0]!.message).toContain('32天');
    expect(findings[0]!.basis).toBe('数据一致性检查（非指南条款）');
  });

  it('tolerates 31 days', () => {
    expect(findingOf(run(overlapping('2022-01-31')), 'applicant.work-history-overlap')).toBeUndefined();
  });

  it('does not compare entries at the same employer, written with other brackets and spaces', () => {
    const c = caseWith(overlapping('2023-01-01'), {
      applicant: { workHistory: { 0: { employer: '河北某某电子（保定）有限公司' }, 1: { employer: '河北某某电子(保定) 有限公司' } } },
    });
    expect(findingOf(run(c), 'applicant.work-history-overlap')).toBeUndefined();
  });

  it('reports each overlapping pair under its own subject', () => {
    const c = overlapping('2023-01-01', undefined, { employer: '北京丙公司', from: '2022-06-01', to: '2022-12-31' });
    const subjects = findingsOf(run(c), 'applicant.work-history-overlap').map((f) => f.subject);
    expect(subjects).toEqual(['applicant.workHistory[0]~[1]', 'applicant.workHistory[0]~[2]', 'applicant.workHistory[1]~[2]']);
  });

  it('is incomplete when an entry has no employer', () => {
    const c = caseWith(overlapping('2016-06-30'), { applicant: { workHistory: { 1: { employer: undefined } } } });
    expectIncomplete(c, 'applicant.work-history-overlap', ['applicant.workHistory[1].employer']);
  });
});

describe('applicant.continuous-employment', () => {
  const started = (startDate: string | undefined) => complete({ applicant: { employment: { startDate } } });

  it('one year to the day passes: started 2025-11-27, checked 2026-11-27', () => {
    expect(findingOf(run(started('2025-11-27')), 'applicant.continuous-employment')).toBeUndefined();
  });

  it('a day short fails and names the day the year is reached', () => {
    const finding = findingOf(run(started('2025-11-28')), 'applicant.continuous-employment');
    expect(finding).toMatchObject({ severity: 'error', fields: ['applicant.employment.startDate'] });
    expect(finding!.message).toContain('2026年11月28日');
  });

  it('is incomplete without a start date', () => {
    expectIncomplete(started(undefined), 'applicant.continuous-employment', ['applicant.employment.startDate']);
  });
});

describe('applicant.same-employer', () => {
  type Employment = NonNullable<Applicant['employment']>;
  const employment = (changes: Employment, employerName?: string) =>
    complete({ applicant: { employment: changes }, ...(employerName && { employer: { name: employerName } }) });

  it('reads full-width brackets and spaces as the same name', () => {
    const c = employment(
      {
        contractEmployer: '北京石景智联科技（北京）有限公司',
        socialInsuranceEmployer: '北京石景智联科技 (北京) 有限公司',
        incomeTaxEmployer: '北京石景智联科技（北京）有限公司\u3000',
      },
      '北京石景智联科技(北京)有限公司',
    );
    expect(findingOf(run(c), 'applicant.same-employer')).toBeUndefined();
  });

  it('fails a different income-tax employer and names which one differs', () => {
    const finding = findingOf(run(employment({ incomeTaxEmployer: '北京某某人力资源服务有限公司' })), 'applicant.same-employer');
    expect(finding).toMatchObject({
      severity: 'error',
      fields: ['employer.name', 'applicant.employment.incomeTaxEmployer'],
    });
    expect(finding!.message).toContain('个人所得税缴纳单位为“北京某某人力资源服务有限公司”');
    expect(finding!.message).not.toContain('社会保险缴纳单位为');
  });

  it('gives each differing field a clause of its own, with the name entered there', () => {
    const c = employment({ contractEmployer: '北京某某人力资源服务有限公司', socialInsuranceEmployer: '北京某某代缴公司' });
    const finding = findingOf(run(c), 'applicant.same-employer')!;
    expect(finding.message).toContain('以下单位与申请单位“');
    expect(finding.message).toContain('”不一致：劳动合同签订单位为“北京某某人力资源服务有限公司”；社会保险缴纳单位为“北京某某代缴公司”。');
    const en = findingOf(run(c, { lang: 'en' }), 'applicant.same-employer')!.message;
    expect(en).toContain('the labour contract is with "北京某某人力资源服务有限公司"; social insurance is paid by "北京某某代缴公司".');
    expect(en).not.toMatch(/[“”、]/);
  });

  it('fails a known difference even while another name is absent', () => {
    const c = employment({ socialInsuranceEmployer: undefined, contractEmployer: '北京某某人力资源服务有限公司' });
    expect(findingOf(run(c), 'applicant.same-employer')).toMatchObject({ severity: 'error' });
  });

  it('is incomplete listing the absent names', () => {
    expectIncomplete(employment({ socialInsuranceEmployer: undefined, incomeTaxEmployer: undefined }), 'applicant.same-employer', [
      'applicant.employment.socialInsuranceEmployer',
      'applicant.employment.incomeTaxEmployer',
    ]);
  });
});

describe('applicant.same-employer: its clause by type', () => {
  it('cites 二(二) for a new permit and the contract clause of a renewal or an employer change', () => {
    const other = { applicant: { employment: { incomeTaxEmployer: '北京某某代缴公司' } } };
    const basisOf = (example: ExampleName) => findingOf(run(caseWith(example, other)), 'applicant.same-employer')!.basis;
    expect(basisOf('new-complete')).toMatch(/办理指南二\(二\)$/);
    expect(basisOf('renewal-complete')).toMatch(/办理指南七\(三\)3$/);
    expect(basisOf('employer-change-complete')).toMatch(/办理指南七\(四\)2$/);
  });
});

describe('applicant.contract-valid', () => {
  // 2026-11-27 + 90 days = 2027-02-25 (4 days to the end of November, 31 + 31 + 24 more).
  const contract = (contractEndDate: string | null) =>
    findingOf(run(complete({ applicant: { employment: { contractEndDate } } })), 'applicant.contract-valid');

  it('passes a contract ending 90 days or more after the check date, or without fixed term', () => {
    expect(contract('2027-02-25')).toBeUndefined();
    expect(contract(null)).toBeUndefined();
  });

  it('warns when fewer than 90 days are left, down to the check date itself', () => {
    expect(contract('2027-02-24')).toMatchObject({ severity: 'warning' });
    const today = contract('2026-11-27');
    expect(today).toMatchObject({ severity: 'warning' });
    expect(today!.message).toContain('不足90天（本工具提醒，指南未规定期限）');
    expect(today!.message).toContain('续订劳动合同');
  });

  it('cites the contract clause of the type: 七(二)5 new, 七(三)3 renewal, 七(四)2 employer change, in both languages', () => {
    const ended = { applicant: { employment: { contractEndDate: '2020-01-01' } } };
    const basisOf = (example: ExampleName, lang: 'zh' | 'en') =>
      findingOf(run(caseWith(example, ended), { lang }), 'applicant.contract-valid')!.basis;
    expect(basisOf('new-complete', 'zh')).toMatch(/办理指南七\(二\)5$/);
    expect(basisOf('renewal-complete', 'zh')).toMatch(/京人发〔2006〕56号.*办理指南七\(三\)3$/);
    expect(basisOf('employer-change-complete', 'zh')).toMatch(/办理指南七\(四\)2$/);
    expect(basisOf('renewal-complete', 'en')).toMatch(/guide section 7\(3\)3$/);
    expect(basisOf('employer-change-complete', 'en')).toMatch(/guide section 7\(4\)2$/);
  });

  it('fails a contract that ended before the check date', () => {
    const finding = contract('2026-11-26');
    expect(finding).toMatchObject({ severity: 'error', fields: ['applicant.employment.contractEndDate'] });
    expect(finding!.message).toContain('2026年11月26日');
  });

  it('is incomplete without an end date', () => {
    const c = complete({ applicant: { employment: { contractEndDate: undefined } } });
    expectIncomplete(c, 'applicant.contract-valid', ['applicant.employment.contractEndDate']);
  });
});

/** Monthly income of the given months, all at `amount`. */
function income(months: string[], amount = 25000) {
  return months.map((month) => ({ month, amount }));
}

const SIX_MONTHS = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];
const withIncome = (monthlyIncome: Array<{ month: string; amount: number }>, ...patches: CasePatch[]) =>
  complete({ applicant: { monthlyIncome } }, ...patches);

describe('applicant.income-months', () => {
  it('fails six months with a gap, naming the missing month', () => {
    const finding = findingOf(run(withIncome(income(SIX_MONTHS.filter((m) => m !== '2026-07')))), 'applicant.income-months');
    expect(finding).toMatchObject({ severity: 'error', fields: ['applicant.monthlyIncome'] });
    expect(finding!.message).toContain('2026年7月');
  });

  it('accepts a newest month two months before the check date (N = M − 2)', () => {
    const c = withIncome(income(['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09']));
    expect(findingOf(run(c), 'applicant.income-months')).toBeUndefined();
  });

  it('fails a stale newest month (N = M − 3), naming it and the month needed', () => {
    const c = withIncome(income(['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08']));
    const finding = findingOf(run(c), 'applicant.income-months');
    expect(finding).toMatchObject({ severity: 'error' });
    expect(finding!.message).toContain('2026年8月');
    expect(finding!.message).toContain('2026年9月');
  });

  it('ignores the current month with a warning of its own and judges the rest', () => {
    const findings = findingsOf(run(withIncome(income([...SIX_MONTHS, '2026-11']))), 'applicant.income-months');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', subject: 'ignored' });
    expect(findings[0]!.message).toContain('2026年11月');

    const twice = withIncome(income([...SIX_MONTHS, '2026-11', '2026-11']));
    expect(findingOf(run(twice), 'applicant.income-months')!.message.split('2026年11月')).toHaveLength(2); // named once

    const gap = withIncome(income(['2026-05', '2026-06', '2026-08', '2026-09', '2026-10', '2026-11']));
    expect(findingsOf(run(gap), 'applicant.income-months').map((f) => f.severity)).toEqual(['warning', 'error']);
  });

  it('is incomplete without any monthly income before the current month', () => {
    expectIncomplete(complete({ applicant: { monthlyIncome: undefined } }), 'applicant.income-months', ['applicant.monthlyIncome']);
    expectIncomplete(withIncome(income(['2026-11'])), 'applicant.income-months', ['applicant.monthlyIncome']);
  });
});

describe('applicant.income-threshold', () => {
  // On 2026-11-27 the figure in force is data year 2024's, 11937 yuan: 1.5 × 11937 = 17905.5.
  const withAugust = (amount: number) => withIncome(income(SIX_MONTHS).map((entry) => (entry.month === '2026-08' ? { ...entry, amount } : entry)));

  it('passes a month at exactly 1.5 times the average wage', () => {
    expect(findingOf(run(withAugust(17905.5)), 'applicant.income-threshold')).toBeUndefined();
  });

  it('fails a month below it, naming the month and the threshold', () => {
    const finding = findingOf(run(withAugust(17905)), 'applicant.income-threshold');
    expect(finding).toMatchObject({ severity: 'error', fields: ['applicant.monthlyIncome'] });
    expect(finding!.message).toContain('以下月份低于标准：2026年8月（17,905元）');
    expect(finding!.message).toContain('须不低于17,905.5元');
    expect(finding!.message).toContain('11,937元');
  });

  it('judges only the six months of the window', () => {
    const c = withIncome([...income(SIX_MONTHS), { month: '2026-04', amount: 1000 }]);
    expect(findingOf(run(c), 'applicant.income-threshold')).toBeUndefined();
  });

  it('uses the figure entered in the options', () => {
    // 25000 < 1.5 × 20000.
    const finding = findingOf(run(complete(), { wageOverride: { monthly: 20000, dataYear: 2025 } }), 'applicant.income-threshold');
    expect(finding!.message).toContain('30,000元');
  });

  it('is incomplete without monthly income, and without a figure in force', () => {
    expectIncomplete(complete({ applicant: { monthlyIncome: undefined } }), 'applicant.income-threshold', ['applicant.monthlyIncome']);
    // The first figure of the table takes effect on its publication day, 2019-07-04.
    const early = withIncome(income(['2018-08', '2018-09', '2018-10', '2018-11', '2018-12', '2019-01']), { asOf: '2019-03-15' });
    expectIncomplete(early, 'applicant.income-threshold', ['averageWage']);
  });
});

describe('the wage figure of the check date (rules.md v2: in force from its publication day)', () => {
  // 1.5 × 11761 (data year 2023) = 17641.5; 1.5 × 11937 (2024, published 2025-09-18) = 17905.5.
  const months2025 = ['2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07'];
  const at17700 = withIncome(income(months2025, 17700));

  it('2025-08-15 uses the 2023 figure, 2025-09-20 the 2024 one', () => {
    expect(findingOf(run(at17700, { asOf: '2025-08-15' }), 'applicant.income-threshold')).toBeUndefined();
    const later = findingOf(run(withIncome(income(['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08'], 17700)), { asOf: '2025-09-20' }), 'applicant.income-threshold');
    expect(later!.message).toContain('17,905.5元');
    expect(later!.message).toContain('11,937元');
  });
});

describe('extra.wage-margin', () => {
  // On 2025-08-15 the figure in force is 2023's (11761; threshold 17641.5) and 2024's is due.
  const months2025 = ['2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07'];
  const withMay = (amount: number, asOf = '2025-08-15') =>
    withIncome(income(months2025, 25000).map((entry) => (entry.month === '2025-05' ? { ...entry, amount } : entry)), { asOf });

  it('warns of a month 5% or less above the threshold while a newer figure is due, saying the margin', () => {
    // 17700 / 17641.5 = 1.0033: 0.3% above.
    const finding = findingOf(run(withMay(17700)), 'extra.wage-margin');
    expect(finding).toMatchObject({ severity: 'warning', fields: ['applicant.monthlyIncome'] });
    expect(finding!.message).toContain('2025-05 (17700)');
    expect(finding!.message).toContain('0.3%');
    expect(finding!.message).toContain('17641.5');
    expect(finding!.message).toContain('2024年度');
    expect(findingOf(run(withMay(17700), { lang: 'en' }), 'extra.wage-margin')!.message).toMatch(/has risen almost every year/);
    // 5% above exactly (18523.575) still warns; more does not.
    expect(findingOf(run(withMay(18523.575)), 'extra.wage-margin')).toBeDefined();
    expect(findingOf(run(withMay(18524)), 'extra.wage-margin')).toBeUndefined();
  });

  it('says nothing below the threshold (that is the threshold rule\'s error)', () => {
    expect(findingOf(run(withMay(17600)), 'extra.wage-margin')).toBeUndefined();
    expect(findingOf(run(withMay(17600)), 'applicant.income-threshold')).toBeDefined();
  });

  it('says nothing before 1 July, nor once the figure of the year before is in force', () => {
    // 2025-06-20: the 2024 figure is not due yet.
    const june = withIncome(income(['2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05'], 17700), { asOf: '2025-06-20' });
    expect(findingOf(run(june), 'extra.wage-margin')).toBeUndefined();
    // With the user's own 2024 figure the newer figure is in force.
    expect(findingOf(run(withMay(17700), { wageOverride: { monthly: 11761, dataYear: 2024 } }), 'extra.wage-margin')).toBeUndefined();
    // In late 2026 the 2025 figure is due and not known: the margin to 2024's threshold counts.
    expect(findingOf(run(withIncome(income(SIX_MONTHS, 18000))), 'extra.wage-margin')!.message).toContain('2025年度');
  });
});

describe('applicant.housing', () => {
  type Housing = NonNullable<Applicant['housing']>;
  const livingIn = (housing: Housing) => complete({ applicant: { housing: whole(housing) } });
  const housing = (value: Housing) => findingOf(run(livingIn(value)), 'applicant.housing');

  it('a lease must run six months to the day: to 2027-05-27 on 2026-11-27', () => {
    expect(housing({ kind: 'rented', landlordKind: 'company', leaseEnd: '2027-05-27' })).toBeUndefined();
    const finding = housing({ kind: 'rented', landlordKind: 'company', leaseEnd: '2027-05-26' });
    expect(finding).toMatchObject({ severity: 'error', fields: ['applicant.housing.leaseEnd'] });
    expect(finding!.message).toContain('2027年5月27日');
  });

  it('a residence permit must be valid three months to the day: to 2027-02-27', () => {
    expect(housing({ kind: 'residence-permit', residencePermitValidUntil: '2027-02-27' })).toBeUndefined();
    const finding = housing({ kind: 'residence-permit', residencePermitValidUntil: '2027-02-26' });
    expect(finding).toMatchObject({ severity: 'error', fields: ['applicant.housing.residencePermitValidUntil'] });
    expect(finding!.message).toContain('2027年2月27日');
  });

  it('leaves the other kinds to their materials', () => {
    expect(housing({ kind: 'owned', ownershipProof: 'certificate' })).toBeUndefined();
    expect(housing({ kind: 'relative-housing' })).toBeUndefined();
  });

  it('is incomplete without the kind, the permit date (null too) or the lease end', () => {
    expectIncomplete(livingIn({}), 'applicant.housing', ['applicant.housing.kind']);
    expectIncomplete(livingIn({ kind: 'residence-permit', residencePermitValidUntil: null }), 'applicant.housing', [
      'applicant.housing.residencePermitValidUntil',
    ]);
    expectIncomplete(livingIn({ kind: 'rented' }), 'applicant.housing', ['applicant.housing.leaseEnd']);
  });
});

/** The complete case with the given companions. */
const withCompanions = (...companions: Companion[]) => complete({ applicant: { companions } });

function child(birthDate: string, extra: Companion = {}): Companion {
  return { relation: 'child', name: '张小', idNumber: idFor(birthDate, 'female'), birthDate, custodyWithApplicant: true, ...extra };
}

/** The first companion without `key`. */
const firstWithout = (key: keyof Companion): CasePatch => ({ applicant: { companions: { 0: { [key]: undefined } } } });

describe('applicant.companion-age', () => {
  const ageOf = (birthDate: string) => findingOf(run(withCompanions(child(birthDate))), 'applicant.companion-age');

  it('17 passes; 18 warns from the 18th birthday to the day before the 19th; 19 fails', () => {
    expect(ageOf('2008-11-28')).toBeUndefined();
    const eighteen = ageOf('2008-11-27');
    expect(eighteen).toMatchObject({ severity: 'warning', subject: 'applicant.companions[0]' });
    expect(eighteen!.message).toContain('未满18周岁');
    expect(eighteen!.message).toContain('2027年11月27日');
    expect(ageOf('2007-11-28')).toMatchObject({ severity: 'warning' });
    const nineteen = ageOf('2007-11-27');
    expect(nineteen).toMatchObject({ severity: 'error', fields: ['applicant.companions[0].birthDate'] });
    expect(nineteen!.message).toContain('19周岁');
  });

  it('reports each child under its own subject and ignores a spouse', () => {
    const c = withCompanions({ relation: 'spouse', name: '李四', birthDate: '1990-01-01' }, child('2016-05-01'), child('2007-01-01'));
    const findings = findingsOf(run(c), 'applicant.companion-age');
    expect(findings.map((f) => f.subject)).toEqual(['applicant.companions[2]']);
  });

  it('takes the date of birth from the ID number when it is not entered', () => {
    const c = caseWith(withCompanions(child('2007-11-27')), firstWithout('birthDate'));
    expect(findingOf(run(c), 'applicant.companion-age')).toMatchObject({ severity: 'error' });
  });

  it('is incomplete without a date of birth, a relation, or the list itself', () => {
    const c = withCompanions({ relation: 'child', name: '张小' }, { name: '张二' });
    expectIncomplete(c, 'applicant.companion-age', ['applicant.companions[0].birthDate'], 'applicant.companions[0]');
    expectIncomplete(c, 'applicant.companion-age', ['applicant.companions[1].relation'], 'applicant.companions[1]');
    expectIncomplete(caseWith(c, { applicant: { companions: undefined } }), 'applicant.companion-age', ['applicant.companions']);
  });
});

describe('applicant.companion-id', () => {
  it('passes a valid number matching the date of birth', () => {
    expect(findingOf(run(withCompanions(child('2015-01-01'))), 'applicant.companion-id')).toBeUndefined();
  });

  it('fails a wrong check character', () => {
    const wrong = withWrongCheck(idFor('2015-01-01', 'female'));
    const finding = findingOf(run(withCompanions(child('2015-01-01', { idNumber: wrong }))), 'applicant.companion-id');
    expect(finding).toMatchObject({ severity: 'error', subject: 'applicant.companions[0]', fields: ['applicant.companions[0].idNumber'] });
    expect(finding!.message).toContain('校验码');
  });

  it('fails a date of birth other than the one in the number, naming both', () => {
    const c = withCompanions(child('2015-01-01', { idNumber: idFor('2015-01-02', 'male') }));
    const finding = findingOf(run(c), 'applicant.companion-id');
    expect(finding).toMatchObject({ severity: 'error' });
    expect(finding!.message).toContain('2015年1月1日');
    expect(finding!.message).toContain('2015年1月2日');
  });

  it('does not check a spouse', () => {
    const c = withCompanions({ relation: 'spouse', name: '李四', idNumber: '123' });
    expect(findingOf(run(c), 'applicant.companion-id')).toBeUndefined();
  });

  it('is incomplete without the number', () => {
    const c = caseWith(withCompanions(child('2015-01-01')), firstWithout('idNumber'));
    expectIncomplete(c, 'applicant.companion-id', ['applicant.companions[0].idNumber'], 'applicant.companions[0]');
  });
});

describe('applicant.custody', () => {
  const divorcedWith = (...companions: Companion[]) => caseWith(withCompanions(...companions), { applicant: { maritalStatus: 'divorced' } });

  it('fails a divorced applicant whose child is in the other parent\'s custody, saying it is a reading', () => {
    const c = divorcedWith(child('2015-01-01', { custodyWithApplicant: false }));
    const finding = findingOf(run(c), 'applicant.custody');
    expect(finding).toMatchObject({ severity: 'error', subject: 'applicant.companions[0]' });
    expect(finding!.message).toContain('按本工具对指南的理解');
    expect(findingOf(run(c, { lang: 'en' }), 'applicant.custody')!.message).toContain('our reading of the guide');
  });

  it('passes custody with the applicant, a married applicant, and a divorced one without children', () => {
    expect(findingOf(run(divorcedWith(child('2015-01-01'))), 'applicant.custody')).toBeUndefined();
    expect(findingOf(run(withCompanions(child('2015-01-01', { custodyWithApplicant: false }))), 'applicant.custody')).toBeUndefined();
    expect(findingOf(run(divorcedWith()), 'applicant.custody')).toBeUndefined();
  });

  it('is incomplete when custody or the marital status is unknown', () => {
    const c = caseWith(divorcedWith(child('2015-01-01')), firstWithout('custodyWithApplicant'));
    expectIncomplete(c, 'applicant.custody', ['applicant.companions[0].custodyWithApplicant'], 'applicant.companions[0]');
    const status = caseWith(withCompanions(child('2015-01-01')), { applicant: { maritalStatus: undefined } });
    expectIncomplete(status, 'applicant.custody', ['applicant.maritalStatus']);
  });
});

describe('applicant.companion-spouse', () => {
  it('notes that the guide asks nothing for a spouse', () => {
    const c = withCompanions(child('2015-01-01'), { relation: 'spouse', name: '李四' });
    const finding = findingOf(run(c), 'applicant.companion-spouse');
    expect(finding).toMatchObject({ severity: 'info', subject: 'applicant.companions[1]' });
    expect(finding!.message).toContain('配偶');
    expect(finding!.incomplete).toBeUndefined();
  });

  it('says nothing without a spouse', () => {
    expect(findingOf(run(withCompanions(child('2015-01-01'))), 'applicant.companion-spouse')).toBeUndefined();
  });
});

describe('application types', () => {
  const NEW_ONLY = [
    'applicant.age-limit', 'applicant.work-experience', 'applicant.work-history-overlap',
    'applicant.continuous-employment', 'applicant.income-months', 'applicant.income-threshold',
  ];
  const HOUSING_AND_COMPANIONS = [
    'applicant.housing', 'applicant.companion-age', 'applicant.companion-id', 'applicant.custody', 'applicant.companion-spouse',
  ];

  /** A case of `type` whose applicant fails every applicant rule. */
  function failingEverything(type: ApplicationType, items?: InfoChangeItem[]): Case {
    return caseWith(applicantBorn('1950-01-01', 'male'), {
      type,
      ...(items && { infoChange: { items } }),
      applicant: {
        idNumber: withWrongCheck(idFor('1950-01-01', 'male')),
        gender: 'female',
        workHistory: [
          { employer: '甲', from: '2026-01-01', to: null },
          { employer: '乙', from: '2026-01-01', to: null },
        ],
        monthlyIncome: income(['2026-01'], 100),
        housing: whole({ kind: 'rented', leaseEnd: '2026-12-01' }),
        maritalStatus: 'divorced',
        companions: [child('2000-01-01', { idNumber: '1', custodyWithApplicant: false }), { relation: 'spouse' }],
        employment: { startDate: '2026-11-01', contractEndDate: '2026-01-01', incomeTaxEmployer: '丙' },
      },
    });
  }

  const applicantRulesOf = (c: Case) => new Set(ruleIdsOf(run(c)).filter((id) => id.startsWith('applicant.')));

  it('new: every rule runs', () => {
    const ids = applicantRulesOf(failingEverything('new'));
    // id-birthdate and id-gender are silent while the ID number is invalid.
    for (const id of ['applicant.id-number', 'applicant.same-employer', 'applicant.contract-valid', ...NEW_ONLY, ...HOUSING_AND_COMPANIONS]) {
      expect(ids, id).toContain(id);
    }
  });

  it('renewal and employer-change: identity, same-employer and contract-valid only', () => {
    for (const type of ['renewal', 'employer-change'] as const) {
      const ids = applicantRulesOf(failingEverything(type));
      expect([...ids].sort(), type).toEqual(['applicant.contract-valid', 'applicant.id-number', 'applicant.same-employer']);
    }
  });

  it('info-change: identity, and housing or companions by the items declared', () => {
    expect([...applicantRulesOf(failingEverything('info-change', ['hukou']))]).toEqual(['applicant.id-number']);
    expect([...applicantRulesOf(failingEverything('info-change', ['residence']))].sort()).toEqual(['applicant.housing', 'applicant.id-number']);
    expect([...applicantRulesOf(failingEverything('info-change', ['companions']))].sort()).toEqual(
      ['applicant.companion-age', 'applicant.companion-id', 'applicant.companion-spouse', 'applicant.custody', 'applicant.id-number'],
    );
  });

  it('employer-registration and department-change: none', () => {
    expect(applicantRulesOf(failingEverything('employer-registration')).size).toBe(0);
    expect(applicantRulesOf(failingEverything('department-change')).size).toBe(0);
  });

  it('identity rules run for a renewal', () => {
    const c = caseWith('renewal-complete', { applicant: { gender: 'female' } });
    expect(findingOf(run(c), 'applicant.id-gender')).toMatchObject({ severity: 'error' });
  });

  it('fills every placeholder of every message in both languages', () => {
    const c = caseWith(failingEverything('new'), { applicant: { idNumber: idFor('1950-01-01', 'female'), birthDate: '1950-01-02', gender: 'male' } });
    for (const lang of ['zh', 'en'] as const) {
      for (const finding of run(c, { lang }).findings) expect(finding.message, finding.rule).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('applicant messages say what to do, in the words of the audit (issue 14)', () => {
  it('applicant.id-number gives the length entered, and the 15-digit hint only for 15 digits', () => {
    const message = (idNumber: string) => findingOf(run(complete({ applicant: { idNumber } })), 'applicant.id-number')!.message;
    expect(message('110108196502110031X')).toContain('应为18位，当前19位');
    expect(message('110108196502110031X')).not.toContain('15位');
    expect(message('110108650211003')).toContain('15位旧号码已不再使用');
  });

  it('applicant.income-months: a stale window names the months to add and that the two months are a reading', () => {
    const c = withIncome(income(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']));
    const zh = findingOf(run(c), 'applicant.income-months')!.message;
    expect(zh).toContain('所填月度应税收入最晚到2026年6月。按检查日期2026年11月27日，近6个月应至少截至2026年9月：最近两个月可尚未申报（按本工具对指南的理解）。请补填2026年7月至2026年10月的应税收入。');
    const en = findingOf(run(c, { lang: 'en' }), 'applicant.income-months')!.message;
    expect(en).toContain('(our reading of the guide)');
    expect(en).toContain('Add the income of 2026-07 to 2026-10.');
  });

  it('applicant.income-months: missing months as one range with their count, with 、 and 至', () => {
    const c = withIncome(income(['2026-05', '2026-09', '2026-10']));
    const zh = findingOf(run(c), 'applicant.income-months')!.message;
    expect(zh).toContain('缺少2026年6月至2026年8月共3个月的应税收入');
    expect(zh).not.toContain(', ');
    const one = findingOf(run(withIncome(income(['2026-05', '2026-06', '2026-08', '2026-09', '2026-10'])), { lang: 'en' }), 'applicant.income-months')!;
    expect(one.message).toContain('(1 month)');
  });

  it('applicant.work-experience says what to do about a short history', () => {
    const c = complete({ applicant: { workHistory: [{ employer: '北京石景智联科技有限公司', from: '2025-01-01', to: null }] } });
    expect(findingOf(run(c), 'applicant.work-experience')!.message).toContain('请补全此前的工作经历及起止日期');
  });

  it('applicant.companion-age: without the list, says that none needs nothing; a companion without relation is asked for plainly', () => {
    const none = findingOf(run(complete({ applicant: { companions: undefined } })), 'applicant.companion-age')!;
    expect(none.message).toContain('无随往人员的，可不处理此项');
    const unnamed = findingOf(run(complete({ applicant: { companions: [{ name: '张小明' }] } })), 'applicant.companion-age')!;
    expect(unnamed.message).toBe('随往子女18周岁以下：尚未填写随往人员关系（第1位），暂无法判断。');
  });

  it('applicant.housing: an expiring residence permit says what to do, and en tells it from the work permit', () => {
    const c = complete({ applicant: { housing: whole({ kind: 'residence-permit', residencePermitValidUntil: '2027-01-01' }) } });
    expect(findingOf(run(c), 'applicant.housing')!.message).toContain('请先办理居住证签注延期，或改用其他住所证明');
    expect(findingOf(run(c, { lang: 'en' }), 'applicant.housing')!.message).toContain('not the work residence permit');
  });
});
