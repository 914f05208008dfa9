// @vitest-environment node
// The bases of 二(二)1–8 and applicant.qualification (rules.md, Bases).
import { describe, expect, it } from 'vitest';
import { basisHolds, effectiveBasis } from '../../../rules/groups/bases';
import { monthlyFigureForDataYear } from '../../../rules/wage';
import { EMBEDDED_CALENDAR } from '../../../rules/calendar';
import { checkMemo, type RuleContext } from '../../../rules/types';
import type { Applicant, Basis, Case, Employer } from '../../../rules/schema';
import { caseWith, loadExample, type CasePatch, type Patch } from '../../support/cases';
import { findingOf, findingsOf, run } from '../../support/check';

// asOf 2026-11-27: the last three complete years are 2025, 2024, 2023, judged against the
// monthly figures of data years 2024 (11937), 2023 (11761) and 2022 (11297).
// 4 × 12 × figure: 572976, 564528, 542256.  8 × 12 × figure: 1145952, 1129056, 1084512.
const FOUR_TIMES = { 2025: 572976, 2024: 564528, 2023: 542256 };
const EIGHT_TIMES = { 2025: 1145952, 2024: 1129056, 2023: 1084512 };

const BASIS_RULE_IDS = [
  'basis.degree', 'basis.title', 'basis.award', 'basis.innovation-entity', 'basis.innovation-service', 'basis.ip',
  'basis.equity-investment', 'basis.equity-tax', 'basis.freelance', 'basis.special',
];

/** The complete case (whose degree holds) applying under the chosen `basis`, which alone is then judged. */
function caseWithBasis(basis: Basis, applicant: Patch<Applicant> = {}, employer: Patch<Employer> = {}): Case {
  return caseWith('new-complete', { applicant: { basis, ...applicant }, employer });
}

function above(thresholds: Record<number, number>, by: number): Record<string, number> {
  return Object.fromEntries(Object.entries(thresholds).map(([year, t]) => [year, t + by]));
}

function contextOf(c: Case): RuleContext {
  return {
    c,
    type: c.type,
    asOf: c.asOf!,
    addWorkingDays: (d, n) => EMBEDDED_CALENDAR.addWorkingDays(d, n),
    wage: () => null,
    wageOfYear: monthlyFigureForDataYear,
    wageOn: () => null,
    wageChanges: () => [],
    dates: { lastSafeSubmission: null, approvalBy: null },
    memo: checkMemo(),
  };
}

/** Asserts the basis rule and the qualification both pass. */
function expectHolds(c: Case, rule: string) {
  const output = run(c);
  expect(findingOf(output, rule)).toBeUndefined();
  expect(findingOf(output, 'applicant.qualification')).toBeUndefined();
}

/** Asserts an info finding of the basis and the qualification error; returns the basis finding. */
function expectFails(c: Case, rule: string) {
  const output = run(c);
  const finding = findingOf(output, rule);
  expect(finding).toMatchObject({ rule, severity: 'info' });
  expect(finding!.incomplete).toBeUndefined();
  expect(findingOf(output, 'applicant.qualification')).toMatchObject({ severity: 'error' });
  return finding!;
}

function expectIncomplete(c: Case, rule: string, fields: string[]) {
  const output = run(c);
  expect(findingOf(output, rule)).toMatchObject({ severity: 'info', incomplete: true, fields });
  expect(findingOf(output, 'applicant.qualification')).toMatchObject({ severity: 'info', incomplete: true, fields });
}

describe('basis.degree', () => {
  it('holds with a bachelor, master or doctor degree', () => {
    for (const degree of ['bachelor', 'master', 'doctor'] as const) {
      expectHolds(caseWithBasis('degree', { education: [{ level: 'college', degree: 'none' }, { level: 'master', degree }] }), 'basis.degree');
    }
  });

  it('does not hold without a degree', () => {
    const finding = expectFails(caseWithBasis('degree', { education: [{ level: 'college', degree: 'none' }] }), 'basis.degree');
    expect(finding.fields).toEqual(['applicant.education']);
    expect(finding.message).toContain('学士（含）以上学位');
  });

  it('an empty education list is no degree', () => {
    expectFails(caseWithBasis('degree', { education: [] }), 'basis.degree');
  });

  it('is incomplete without education, or with an entry whose degree is not filled in', () => {
    expectIncomplete(caseWithBasis('degree', { education: undefined }), 'basis.degree', ['applicant.education']);
    expectIncomplete(
      caseWithBasis('degree', { education: [{ level: 'college', degree: 'none' }, { level: 'bachelor' }] }),
      'basis.degree',
      ['applicant.education[1].degree'],
    );
  });
});

describe('basis.title', () => {
  it('holds from intermediate up', () => {
    for (const level of ['intermediate', 'deputy-senior', 'senior'] as const) {
      expectHolds(caseWithBasis('title', { titles: [{ name: '助理工程师', level: 'junior' }, { name: '工程师', level }] }), 'basis.title');
    }
  });

  it('does not hold for a junior title', () => {
    const finding = expectFails(caseWithBasis('title', { titles: [{ name: '助理工程师', level: 'junior' }] }), 'basis.title');
    expect(finding.fields).toEqual(['applicant.titles']);
    expect(finding.message).toContain('中级（含）以上专业技术职称');
  });

  it('is incomplete while the level is not filled in', () => {
    expectIncomplete(caseWithBasis('title', { titles: [{ name: '工程师' }] }), 'basis.title', ['applicant.titles[0].level']);
  });
});

describe('basis.award', () => {
  it('holds for a national or municipal award', () => {
    expectHolds(caseWithBasis('award', { awards: [{ name: '国家科学技术进步奖', scope: 'national' }] }), 'basis.award');
    expectHolds(caseWithBasis('award', { awards: [{ name: '北京市科学技术奖', scope: 'municipal' }] }), 'basis.award');
  });

  it('does not hold for another award', () => {
    expectFails(caseWithBasis('award', { awards: [{ name: '公司年度优秀员工', scope: 'other' }] }), 'basis.award');
  });

  it('is incomplete without awards', () => {
    expectIncomplete(caseWithBasis('award'), 'basis.award', ['applicant.awards']);
  });
});

describe('basis.innovation-entity (4×)', () => {
  // new-complete's employer is a high-tech enterprise valid until 2027-12-31.
  const entity = (income: Record<string, number>, employer: Patch<Employer> = {}) =>
    caseWithBasis('innovation-entity', { annualIncome: income }, employer);

  it('holds one yuan above 4 × 12 × the figure of the year before, each year', () => {
    expectHolds(entity(above(FOUR_TIMES, 1)), 'basis.innovation-entity');
  });

  it('fails at exactly 4× (超过 is strict), naming the year and the threshold', () => {
    const finding = expectFails(entity({ ...above(FOUR_TIMES, 1), 2024: 564528 }), 'basis.innovation-entity');
    expect(finding.fields).toEqual(['applicant.annualIncome.2024']);
    expect(finding.message).toContain('2024年应税收入564,528元，未超过2023年度本市平均工资（11,761元/月×12）的4倍，即564,528元');
  });

  it('needs a valid qualification of an innovation entity', () => {
    const expired = expectFails(
      entity(above(FOUR_TIMES, 1), { qualifications: [{ kind: 'high-tech-enterprise', validUntil: '2026-11-26' }] }),
      'basis.innovation-entity',
    );
    expect(expired.fields).toEqual(['employer.qualifications']);
    expectFails(
      entity(above(FOUR_TIMES, 1), { qualifications: [{ kind: 'software-enterprise', validUntil: '2030-01-01' }] }),
      'basis.innovation-entity',
    );
    for (const kind of ['new-rd-institution', 'innovative-hq'] as const) {
      expectHolds(entity(above(FOUR_TIMES, 1), { qualifications: [{ kind, validUntil: '2026-11-27' }] }), 'basis.innovation-entity');
    }
  });

  it('is incomplete while a year of income is missing', () => {
    const income = above(FOUR_TIMES, 1);
    delete income['2024'];
    expectIncomplete(entity(income), 'basis.innovation-entity', ['applicant.annualIncome.2024']);
  });

  it('is incomplete when the figure of a data year is not in the table', () => {
    // asOf 2027: year 2026 is judged against data year 2025, which has no figure.
    const c = caseWith(entity({ 2026: 900000, 2025: 900000, 2024: 900000 }), { asOf: '2027-03-01' });
    const output = run(c);
    expect(findingOf(output, 'basis.innovation-entity')).toMatchObject({ incomplete: true, fields: ['averageWage.2025'] });
    // Nothing the user can fill in: the message says what to do instead of asking for the figure.
    expect(findingOf(output, 'basis.innovation-entity')!.message).toBe(
      '科技创新主体收入条件：本工具尚未内置2025年本市全口径城镇单位就业人员月平均工资，暂无法核对收入是否超过标准。请待规则更新，或向受理部门确认该年度标准。',
    );
  });

  it('fails when the income falls short even though the qualification is not filled in', () => {
    const c = entity({ ...above(FOUR_TIMES, 1), 2023: 100000 }, { qualifications: undefined });
    expect(findingOf(run(c), 'basis.innovation-entity')).toMatchObject({ severity: 'info', fields: ['applicant.annualIncome.2023'] });
  });
});

describe('basis.innovation-service (8×)', () => {
  const service = (income: Record<string, number>, serviceKind: Employer['serviceKind'] = 'law-firm') =>
    caseWithBasis('innovation-service', { annualIncome: income }, { serviceKind });

  it('holds one yuan above 8× at a service firm', () => {
    expectHolds(service(above(EIGHT_TIMES, 1)), 'basis.innovation-service');
  });

  it('fails at exactly 8×', () => {
    const finding = expectFails(service({ ...above(EIGHT_TIMES, 1), 2025: 1145952 }), 'basis.innovation-service');
    expect(finding.message).toContain('1,145,952元');
  });

  it('fails when the employer is not a service firm', () => {
    const finding = expectFails(service(above(EIGHT_TIMES, 1), null), 'basis.innovation-service');
    expect(finding.fields).toEqual(['employer.serviceKind']);
  });

  it('is incomplete while the service kind is not filled in', () => {
    const c = caseWith(service(above(EIGHT_TIMES, 1)), { employer: { serviceKind: undefined } });
    expectIncomplete(c, 'basis.innovation-service', ['employer.serviceKind']);
  });
});

describe('basis.ip', () => {
  const ip = (fields: NonNullable<Applicant['ip']>) =>
    caseWithBasis('ip', {
      ip: { inventionPatents: 0, otherPatents: 0, softwareCopyrights: 0, bestAuthorRank: 2, commercializedInBeijing: true, ...fields },
    });

  it('holds with 1 invention patent, 3 other patents or 3 software copyrights, as second author', () => {
    expectHolds(ip({ inventionPatents: 1 }), 'basis.ip');
    expectHolds(ip({ otherPatents: 3 }), 'basis.ip');
    expectHolds(ip({ softwareCopyrights: 3, bestAuthorRank: 1 }), 'basis.ip');
  });

  it('fails below the counts, naming them', () => {
    const finding = expectFails(ip({ otherPatents: 2, softwareCopyrights: 2 }), 'basis.ip');
    expect(finding.message).toContain('其他专利2项');
  });

  it('fails for a third author', () => {
    const finding = expectFails(ip({ inventionPatents: 1, bestAuthorRank: 3 }), 'basis.ip');
    expect(finding.fields).toEqual(['applicant.ip.bestAuthorRank']);
    expect(finding.message).toContain('第3作者');
  });

  it('fails when not commercialised in Beijing', () => {
    expectFails(ip({ inventionPatents: 1, commercializedInBeijing: false }), 'basis.ip');
  });

  it('is incomplete without ip, or while a count could still decide it', () => {
    expectIncomplete(caseWithBasis('ip'), 'basis.ip', ['applicant.ip']);
    expectIncomplete(
      caseWithBasis('ip', { ip: { bestAuthorRank: 1, otherPatents: 1, commercializedInBeijing: true } }),
      'basis.ip',
      ['applicant.ip.inventionPatents', 'applicant.ip.softwareCopyrights'],
    );
  });

  it('an author rank that fails decides it even with counts not filled in', () => {
    expectFails(caseWithBasis('ip', { ip: { bestAuthorRank: 4 } }), 'basis.ip');
  });
});

describe('basis.equity-investment', () => {
  const equity = (fields: NonNullable<Applicant['equity']>) =>
    caseWithBasis('equity-investment', {
      equity: { sharePercent: 10, naturalPersonRank: 1, selfInvestment3y: 5_000_001, equityFinancing: 0, ...fields },
    });

  it('holds at a share of exactly 5% and rank 5', () => {
    expectHolds(equity({ sharePercent: 5, naturalPersonRank: 5 }), 'basis.equity-investment');
  });

  it('fails at 4.99% and at rank 6', () => {
    const share = expectFails(equity({ sharePercent: 4.99 }), 'basis.equity-investment');
    expect(share.fields).toEqual(['applicant.equity.sharePercent']);
    expect(share.message).toContain('4.99%');
    const rank = expectFails(equity({ naturalPersonRank: 6 }), 'basis.equity-investment');
    expect(rank.fields).toEqual(['applicant.equity.naturalPersonRank']);
  });

  it('needs more than 5 million invested or more than 10 million raised', () => {
    expectFails(equity({ selfInvestment3y: 5_000_000, equityFinancing: 10_000_000 }), 'basis.equity-investment');
    expectHolds(equity({ selfInvestment3y: 0, equityFinancing: 10_000_001 }), 'basis.equity-investment');
  });

  it('is incomplete while the rank is not given (null)', () => {
    expectIncomplete(equity({ naturalPersonRank: null }), 'basis.equity-investment', ['applicant.equity.naturalPersonRank']);
  });
});

describe('basis.equity-tax', () => {
  const equity = (tax: number) =>
    caseWithBasis('equity-tax', { equity: { sharePercent: 5, naturalPersonRank: 5, avgAnnualCompanyTax3y: tax } });

  it('holds at 5 million a year (以上 includes it)', () => {
    expectHolds(equity(5_000_000), 'basis.equity-tax');
  });

  it('fails one yuan below', () => {
    expect(expectFails(equity(4_999_999), 'basis.equity-tax').message).toContain('创新创业团队（企业）近三年平均每年纳税499.9999万元，低于500万元');
  });

  it('is incomplete without equity', () => {
    expectIncomplete(caseWithBasis('equity-tax'), 'basis.equity-tax', ['applicant.equity']);
  });
});

describe('basis.freelance', () => {
  const freelance = (taxes: Record<string, number>, fields: NonNullable<Applicant['freelance']> = {}) =>
    caseWithBasis('freelance', {
      freelance: { isFreelancer: true, notableContribution: true, annualTaxPaid: taxes, ...fields },
    });

  it('holds at exactly 200,000 in each of the last three years', () => {
    expectHolds(freelance({ 2025: 200_000, 2024: 200_000, 2023: 200_000 }), 'basis.freelance');
  });

  it('fails one yuan below in one year', () => {
    const finding = expectFails(freelance({ 2025: 200_000, 2024: 199_999, 2023: 200_000 }), 'basis.freelance');
    expect(finding.fields).toEqual(['applicant.freelance.annualTaxPaid.2024']);
    expect(finding.message).toContain('2024年纳税199,999元，低于20万元');
  });

  it('fails without a notable contribution', () => {
    expectFails(freelance({ 2025: 300_000, 2024: 300_000, 2023: 300_000 }, { notableContribution: false }), 'basis.freelance');
  });

  it('is incomplete while a year is missing', () => {
    expectIncomplete(freelance({ 2025: 300_000, 2024: 300_000 }), 'basis.freelance', ['applicant.freelance.annualTaxPaid.2023']);
  });
});

describe('basis.special', () => {
  it('holds with the approval, fails without, incomplete when not given', () => {
    expectHolds(caseWithBasis('special', { specialApproval: true }), 'basis.special');
    expectFails(caseWithBasis('special', { specialApproval: false }), 'basis.special');
    expectIncomplete(caseWithBasis('special'), 'basis.special', ['applicant.specialApproval']);
  });
});

/** The complete case with no basis chosen and none that holds. */
const NONE_HOLDING = () => caseWith('new-complete', { applicant: { basis: undefined, education: [{ level: 'college', degree: 'none' }] } });

describe('which bases are reported', () => {
  it('reports only the chosen basis, even when another holds', () => {
    const output = run(caseWithBasis('award', { awards: [{ name: '公司奖', scope: 'other' }] }));
    expect(findingsOf(output, 'basis.award')).toHaveLength(1);
    expect(BASIS_RULE_IDS.filter((id) => id !== 'basis.award' && findingOf(output, id))).toEqual([]);
  });

  it('with none chosen, reports none once one holds', () => {
    const output = run(caseWith('new-complete', { applicant: { basis: undefined } }));
    expect(BASIS_RULE_IDS.filter((id) => findingOf(output, id))).toEqual([]);
    expect(findingOf(output, 'applicant.qualification')).toBeUndefined();
  });

  it('with none chosen and none holding, reports all of them', () => {
    const output = run(NONE_HOLDING());
    expect(BASIS_RULE_IDS.filter((id) => findingOf(output, id))).toEqual(BASIS_RULE_IDS);
    for (const id of BASIS_RULE_IDS) expect(findingOf(output, id)!.severity).toBe('info');
  });
});

describe('applicant.qualification', () => {
  it('is an error naming the chosen basis and what falls short', () => {
    const c = caseWithBasis('title', { titles: [{ name: '助理工程师', level: 'junior' }] });
    const zh = findingOf(run(c), 'applicant.qualification')!;
    expect(zh).toMatchObject({ severity: 'error', fields: ['applicant.basis', 'applicant.titles'] });
    expect(zh.message).toContain('中级（含）以上专业技术职称');
    const en = findingOf(run(c, { lang: 'en' }), 'applicant.qualification')!;
    expect(en.message).toContain('intermediate or higher professional title');
  });

  it('with none chosen and none holding, is an error naming every basis tried', () => {
    const c = NONE_HOLDING();
    const finding = findingOf(run(c), 'applicant.qualification')!;
    expect(finding.severity).toBe('error');
    expect(finding.incomplete).toBeUndefined();
    // The bases not met, and apart from them the ones still lacking details: 不符合 only for the former.
    expect(finding.message).toMatch(/^尚未找到符合的申请条件。不满足：[^。]*学士（含）以上学位[^。]*。信息不全：[^。]*中级（含）以上专业技术职称[^。]*经市人才工作局批准的人员。/);
    const en = findingOf(run(c, { lang: 'en' }), 'applicant.qualification')!;
    expect(en.message).toMatch(/Not met: [^.]*bachelor's degree or higher/);
  });

  it('with none chosen and no basis input given at all, is incomplete', () => {
    const c = caseWith('new-complete', { applicant: { basis: undefined, education: undefined } });
    const finding = findingOf(run(c), 'applicant.qualification')!;
    expect(finding).toMatchObject({ severity: 'info', incomplete: true });
    expect(finding.fields).toContain('applicant.education');
    expect(finding.fields).toContain('applicant.specialApproval');
  });

  it('does not run for an information change', () => {
    const c = infoChange(['education'], { applicant: { education: [{ level: 'college', degree: 'none' }] } });
    expect(findingOf(run(c), 'applicant.qualification')).toBeUndefined();
  });
});

type InfoChangeItem = NonNullable<NonNullable<Case['infoChange']>['items']>[number];

/** The complete case as an information change of `items`, with further changes. */
function infoChange(items: InfoChangeItem[], ...patches: CasePatch[]): Case {
  const complete = loadExample('new-complete');
  return caseWith(
    complete,
    { type: 'info-change', permit: { employer: complete.employer!.name, validUntil: '2028-01-15', status: 'valid' }, infoChange: { items } },
    ...patches,
  );
}

describe('bases in an information change', () => {
  it('checks the degree when education changes, as info', () => {
    const noDegree: CasePatch = { applicant: { education: [{ level: 'college', degree: 'none' }] } };
    expect(findingOf(run(infoChange(['education'], noDegree)), 'basis.degree')).toMatchObject({ severity: 'info' });
    expect(findingOf(run(infoChange(['hukou'], noDegree)), 'basis.degree')).toBeUndefined();
  });

  it('checks the title when the title changes', () => {
    const junior = infoChange(['title'], { applicant: { titles: [{ name: '助理工程师', level: 'junior' }] } });
    expect(findingOf(run(junior), 'basis.title')).toMatchObject({ severity: 'info' });
    const senior = infoChange(['title'], { applicant: { titles: [{ name: '高级工程师', level: 'deputy-senior' }] } });
    expect(findingOf(run(senior), 'basis.title')).toBeUndefined();
  });

  it('runs no other basis', () => {
    const output = run(infoChange(['education', 'title'], { applicant: { basis: undefined } }));
    expect(BASIS_RULE_IDS.filter((id) => findingOf(output, id) && id !== 'basis.title')).toEqual([]);
  });
});

describe('basisHolds and effectiveBasis', () => {
  it('are three-valued', () => {
    const ctx = contextOf(loadExample('new-complete'));
    expect(basisHolds(ctx, 'degree')).toBe(true);
    expect(basisHolds(ctx, 'innovation-service')).toBe(false); // serviceKind null
    expect(basisHolds(ctx, 'award')).toBeUndefined();
  });

  it('take the chosen basis, else the first that holds in the guide\'s order, else null', () => {
    const basisOf = (applicant: Patch<Applicant>) => effectiveBasis(contextOf(caseWith('new-complete', { applicant })));
    expect(basisOf({ basis: 'award' })).toBe('award');
    const noneChosen: Patch<Applicant> = { basis: undefined, education: [{ degree: 'none' }], awards: [{ scope: 'national' }], specialApproval: true };
    expect(basisOf(noneChosen)).toBe('award');
    expect(basisOf({ ...noneChosen, awards: [] })).toBe('special');
    expect(basisOf({ ...noneChosen, awards: [], specialApproval: false })).toBeNull();
  });
});
