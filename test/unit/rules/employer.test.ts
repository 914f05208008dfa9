// @vitest-environment node
// Employer rules (rules.md, Employer rules; guide 二(一), 七(一)). Each test changes one thing of
// the complete employer registration (asOf 2026-11-27, registered in Shijingshan in 2018), or of
// the complete new case where the rule does not run for employer registrations.
import { describe, expect, it } from 'vitest';
import { caseWith, loadExample, whole, type CasePatch } from '../../support/cases';
import { findingOf, findingsOf, run, ruleIdsOf } from '../../support/check';

const registration = (...patches: CasePatch[]) => caseWith('employer-registration-complete', ...patches);
const checkOf = (rule: string, ...patches: CasePatch[]) => findingOf(run(registration(...patches)), rule);

describe('the employer group', () => {
  it('passes every employer rule for the complete registration and the complete new case', () => {
    for (const c of [loadExample('employer-registration-complete'), loadExample('new-complete')]) {
      expect(ruleIdsOf(run(c)).filter((id) => id.startsWith('employer.'))).toEqual([]);
    }
  });

  it('runs for a person\'s case only when the employer has more than its name', () => {
    const named = caseWith('new-complete', { employer: whole({ name: '北京石景智联科技有限公司' }) });
    expect(ruleIdsOf(run(named)).filter((id) => id.startsWith('employer.'))).toEqual([]);
    const withCapital = caseWith(named, { employer: { registeredCapital: 10 } });
    expect(findingOf(run(withCapital), 'employer.registered-capital')).toMatchObject({ severity: 'error' });
    // The other employer rules now ask for their inputs.
    expect(findingOf(run(withCapital), 'employer.credit-code')).toMatchObject({ incomplete: true });
  });

  it('always runs for the employer-level types, even with no employer at all', () => {
    for (const type of ['employer-registration', 'department-change'] as const) {
      const ids = ruleIdsOf(run({ schema: 'gongju-case/1', type, asOf: '2026-11-27' }));
      expect(ids, type).toContain('employer.credit-code');
      expect(ids, type).toContain('employer.registered-capital');
    }
  });

  it('reports only info under a special approval of the talent bureau, except a wrong credit code', () => {
    const c = registration({ employer: { specialApproval: true, registeredCapital: 500_000, creditCode: '91110107MA01GT4H60' } });
    const output = run(c);
    expect(findingOf(output, 'employer.registered-capital')).toMatchObject({ severity: 'info' });
    expect(findingOf(output, 'employer.credit-code')).toMatchObject({ severity: 'error' });
  });
});

describe('employer.credit-code', () => {
  it('fails a wrong check character and says which part is wrong, in both languages', () => {
    const patch = { employer: { creditCode: '91110107MA01GT4H60' } };
    expect(checkOf('employer.credit-code', patch)).toMatchObject({ severity: 'error', fields: ['employer.creditCode'] });
    expect(checkOf('employer.credit-code', patch)!.message).toContain('校验位不符');
    const en = findingOf(run(registration(patch), { lang: 'en' }), 'employer.credit-code')!;
    expect(en.message).toContain('the check character does not match');
  });

  it('names a wrong length and letters outside the standard alphabet', () => {
    expect(checkOf('employer.credit-code', { employer: { creditCode: '91110107MA01GT4H6' } })!.message).toContain('应为18位');
    const letters = checkOf('employer.credit-code', { employer: { creditCode: '91110107MA01GT4HI1' } })!.message;
    expect(letters).toContain('不使用的字符：I、O、S、V、Z或符号');
    expect(letters).not.toMatch(/（[^）]*（/); // no bracket inside a bracket
  });

  it('accepts lower case and is incomplete without a code', () => {
    expect(checkOf('employer.credit-code', { employer: { creditCode: '91110107ma01gt4h61' } })).toBeUndefined();
    expect(checkOf('employer.credit-code', { employer: { creditCode: undefined } })).toMatchObject({
      severity: 'info',
      incomplete: true,
      fields: ['employer.creditCode'],
    });
  });
});

describe('employer.org-form', () => {
  it('passes the legal forms the guide names', () => {
    for (const orgForm of ['enterprise', 'public-institution', 'private-non-enterprise', 'social-organization', 'foreign-branch', 'non-beijing-branch'] as const) {
      expect(checkOf('employer.org-form', { employer: { orgForm } }), orgForm).toBeUndefined();
    }
  });

  it('fails another kind of branch, naming it', () => {
    const f = checkOf('employer.org-form', { employer: { orgForm: 'other-branch' } });
    expect(f).toMatchObject({ severity: 'error', fields: ['employer.orgForm'] });
    expect(f!.message).toContain('申请单位为本市单位设立的分支机构等其他分支机构');
  });

  it('passes an individual business only for an applicant applying as a freelancer', () => {
    const individual: CasePatch = { employer: { orgForm: 'individual-business' } };
    const zh = findingOf(run(caseWith('new-complete', individual)), 'employer.org-form')!.message;
    expect(zh).toContain('个体工商户本人可改按“自由职业者、个体工商户等人员”条件申请');
    const en = findingOf(run(caseWith('new-complete', individual), { lang: 'en' }), 'employer.org-form')!.message;
    expect(en).toContain('section 2(2)8');
    expect(findingOf(run(caseWith('new-complete', individual, { applicant: { basis: 'freelance' } })), 'employer.org-form')).toBeUndefined();
  });

  it('is incomplete without a legal form', () => {
    expect(checkOf('employer.org-form', { employer: { orgForm: undefined } })).toMatchObject({ incomplete: true, fields: ['employer.orgForm'] });
  });
});

describe('employer.district', () => {
  it('fails an employer registered outside the district handling the case', () => {
    const f = checkOf('employer.district', { employer: { registeredDistrict: 'haidian' } });
    expect(f).toMatchObject({ severity: 'error', fields: ['employer.registeredDistrict', 'district'] });
    expect(f!.message).toContain('单位注册地为海淀区，不在受理区石景山区');
    const en = findingOf(run(registration({ employer: { registeredDistrict: 'yizhuang' } }), { lang: 'en' }), 'employer.district')!;
    expect(en.message).toContain('registered in Beijing Economic-Technological Development Area, not in Shijingshan');
  });

  it('compares with the case\'s district, Shijingshan when none is given', () => {
    expect(checkOf('employer.district', { district: 'haidian', employer: { registeredDistrict: 'haidian' } })).toBeUndefined();
    expect(checkOf('employer.district', { district: undefined })).toBeUndefined();
    expect(checkOf('employer.district', { district: undefined, employer: { registeredDistrict: 'chaoyang' } })).toMatchObject({ severity: 'error' });
  });

  it('is incomplete without the district of registration', () => {
    expect(checkOf('employer.district', { employer: { registeredDistrict: undefined } })).toMatchObject({
      incomplete: true,
      fields: ['employer.registeredDistrict'],
    });
  });
});

describe('employer.registered-one-year', () => {
  it('passes on the first anniversary of registration', () => {
    expect(checkOf('employer.registered-one-year', { employer: { registrationDate: '2025-11-27' } })).toBeUndefined();
  });

  it('fails the day before, naming the day a year is reached', () => {
    const f = checkOf('employer.registered-one-year', { employer: { registrationDate: '2025-11-28' } });
    expect(f).toMatchObject({ severity: 'error', fields: ['employer.registrationDate'] });
    expect(f!.message).toContain('2026年11月28日');
  });

  it('is incomplete without the date of registration', () => {
    expect(checkOf('employer.registered-one-year', { employer: { registrationDate: undefined } })).toMatchObject({ incomplete: true });
  });
});

describe('employer.registered-capital', () => {
  it('passes 1,000,000 yuan and fails less', () => {
    expect(checkOf('employer.registered-capital', { employer: { registeredCapital: 1_000_000 } })).toBeUndefined();
    const f = checkOf('employer.registered-capital', { employer: { registeredCapital: 999_999 } });
    expect(f).toMatchObject({ severity: 'error', fields: ['employer.registeredCapital'] });
    expect(f!.message).toBe('注册资本为99.9999万元，未达到“100万元（含）以上”的要求。');
    const en = findingOf(run(registration({ employer: { registeredCapital: 500_000 } }), { lang: 'en' }), 'employer.registered-capital')!;
    expect(en.message).toContain('Registered capital is 500,000 yuan');
  });

  it('says that a branch is judged by the head office\'s capital', () => {
    const f = checkOf('employer.registered-capital', { employer: { registeredCapital: 500_000, orgForm: 'non-beijing-branch' } });
    expect(f!.message).toContain('分支机构按所填的总公司注册资本计');
  });

  it('is incomplete without the capital', () => {
    expect(checkOf('employer.registered-capital', { employer: { registeredCapital: undefined } })).toMatchObject({ incomplete: true });
  });
});

describe('employer.tax-paid (asOf 2026-11-27: the years 2023–2025)', () => {
  const taxes = (taxPaid: Record<string, number>): CasePatch => ({ employer: { taxPaid: whole(taxPaid) } });

  it('passes 200,000 yuan in the last year alone', () => {
    expect(checkOf('employer.tax-paid', taxes({ 2025: 200_000 }))).toBeUndefined();
  });

  it('passes 600,000 yuan over three years with a low last year', () => {
    expect(checkOf('employer.tax-paid', taxes({ 2025: 100_000, 2024: 250_000, 2023: 250_000 }))).toBeUndefined();
  });

  it('fails when both tests fall short, with the figures', () => {
    const f = checkOf('employer.tax-paid', taxes({ 2025: 150_000, 2024: 200_000, 2023: 200_000 }));
    expect(f).toMatchObject({ severity: 'error', fields: ['employer.taxPaid'] });
    expect(f!.message).toContain('2025年纳税15万元，低于20万元');
    expect(f!.message).toContain('2023–2025年累计55万元，低于60万元');
    expect(f!.message).toContain('满足其一即可');
    expect(f!.message).toContain('“每年纳税额”按最近一个完整年度计算（按本工具对指南的理解）');
  });

  it('asks for the years not given while neither test can pass yet', () => {
    expect(checkOf('employer.tax-paid', taxes({ 2025: 150_000 }))).toMatchObject({
      incomplete: true,
      fields: ['employer.taxPaid.2024', 'employer.taxPaid.2023'],
    });
  });
});

describe('employer.good-standing', () => {
  it('fails a declared bad standing', () => {
    const f = checkOf('employer.good-standing', { employer: { goodStanding: false } });
    expect(f).toMatchObject({ severity: 'error', fields: ['employer.goodStanding'] });
    expect(f!.message).toContain('信用不良');
  });

  it('asks for the declaration as a warning, in its own words', () => {
    const f = checkOf('employer.good-standing', { employer: { goodStanding: undefined } });
    expect(f).toMatchObject({ severity: 'warning', incomplete: true, fields: ['employer.goodStanding'] });
    expect(f!.message).toBe('请勾选“经营状况和单位信用良好声明”：确认单位经营状况和信用良好、无违法违规记录。');
  });
});

describe('employer.industry-policy', () => {
  it('warns for a declared misfit with the industry policy', () => {
    const f = checkOf('employer.industry-policy', { employer: { fitsIndustryPolicy: false } });
    expect(f).toMatchObject({ severity: 'warning', fields: ['employer.fitsIndustryPolicy'] });
    expect(f!.message).toContain('产业发展方向');
  });

  it('asks for the declaration as a warning', () => {
    const f = checkOf('employer.industry-policy', { employer: { fitsIndustryPolicy: undefined } });
    expect(f).toMatchObject({ severity: 'warning', incomplete: true });
    expect(f!.message).toContain('请勾选“符合产业发展方向声明”');
  });
});

describe('employer.license-valid', () => {
  it('passes a licence valid on asOf and one without end (null)', () => {
    expect(checkOf('employer.license-valid', { employer: { licenseValidUntil: '2026-11-27' } })).toBeUndefined();
    expect(checkOf('employer.license-valid', { employer: { licenseValidUntil: null } })).toBeUndefined();
  });

  it('fails a licence that ended the day before', () => {
    const f = checkOf('employer.license-valid', { employer: { licenseValidUntil: '2026-11-26' } });
    expect(f).toMatchObject({ severity: 'error', fields: ['employer.licenseValidUntil'] });
    expect(f!.message).toContain('2026年11月26日');
  });

  it('is incomplete without the date', () => {
    expect(checkOf('employer.license-valid', { employer: { licenseValidUntil: undefined } })).toMatchObject({ incomplete: true });
  });
});

describe('employer.qualification-valid', () => {
  const qualifications = (list: Array<{ kind?: 'high-tech-enterprise' | 'other'; validUntil?: string }>): CasePatch[] => [
    { employer: { qualifications: list } },
  ];

  it('reports each lapsed qualification once, by its number', () => {
    const output = run(
      registration(
        ...qualifications([
          { kind: 'high-tech-enterprise', validUntil: '2026-11-26' },
          { kind: 'high-tech-enterprise', validUntil: '2026-11-27' },
          { kind: 'high-tech-enterprise', validUntil: '2025-01-01' },
        ]),
      ),
    );
    const found = findingsOf(output, 'employer.qualification-valid');
    expect(found.map((f) => [f.subject, f.severity, f.fields])).toEqual([
      ['employer.qualifications[0]', 'error', ['employer.qualifications[0].validUntil']],
      ['employer.qualifications[2]', 'error', ['employer.qualifications[2].validUntil']],
    ]);
    expect(found[1]!.message).toContain('单位资质第3项（高新技术企业）有效期至2025年1月1日');
  });

  it('only warns for a qualification of another kind, in words of its own', () => {
    const f = checkOf('employer.qualification-valid', ...qualifications([{ kind: 'other', validUntil: '2026-01-01' }]));
    expect(f).toMatchObject({ severity: 'warning' });
    expect(f!.message).toContain('此项是否需更新请向受理部门确认');
    expect(f!.message).not.toContain('须提供');
  });

  it('asks for a missing end date per qualification, and passes an empty list', () => {
    expect(checkOf('employer.qualification-valid', ...qualifications([{ kind: 'other' }]))).toMatchObject({
      incomplete: true,
      subject: 'employer.qualifications[0]',
      fields: ['employer.qualifications[0].validUntil'],
    });
    expect(checkOf('employer.qualification-valid', ...qualifications([]))).toBeUndefined();
  });
});

describe('employer.permission', () => {
  it('fails for a person\'s case when the employer has no permission yet', () => {
    const f = findingOf(run(caseWith('new-complete', { employer: { hasPermission: false } })), 'employer.permission');
    expect(f).toMatchObject({ severity: 'error', fields: ['employer.hasPermission'] });
    expect(f!.message).toContain('用人单位权限注册');
    expect(f!.message).toContain('http://www.bjrcgz.gov.cn/');
  });

  it('on a department change, names the previous district\'s permission and registration instead', () => {
    const c = caseWith('department-change-complete', { employer: { hasPermission: false } });
    const f = findingOf(run(c), 'employer.permission')!;
    expect(f.message).toContain('单位在原区未开通工作居住证办理权限，不能办理单位主管部门变更');
    expect(f.message).not.toContain('须先');
  });

  it('does not run for the registration that asks for the permission', () => {
    expect(loadExample('employer-registration-complete').employer!.hasPermission).toBe(false);
    expect(checkOf('employer.permission')).toBeUndefined();
  });

  it('is incomplete without it for a department change', () => {
    const c = caseWith('department-change-complete', { employer: { hasPermission: undefined } });
    expect(findingOf(run(c), 'employer.permission')).toMatchObject({ incomplete: true, fields: ['employer.hasPermission'] });
  });
});
