// @vitest-environment node
// The materials of guide 七 (rules.md, Materials): which are listed and which required (the
// material.missing findings made of them are process.test.ts's). Expected lists are worked out from rules.md.
import { describe, expect, it } from 'vitest';
import { MATERIAL_IDS, MATERIALS, materialName } from '../../../rules/materials';
import type { Applicant, ApplicationType, Case, Employer } from '../../../rules/schema';
import type { CheckOutput } from '../../../rules/types';
import { caseWith, loadExample, whole, type CasePatch, type Patch } from '../../support/cases';
import { run, ruleIdsOf } from '../../support/check';

/** `id` for a required material, `id?` for one listed but not required; checks each id is listed once. */
function listed(output: CheckOutput): string[] {
  const ids = output.materials.map((m) => m.material);
  expect(new Set(ids).size).toBe(ids.length);
  return output.materials.map((m) => (m.required ? m.material : `${m.material}?`));
}

function groupOf(output: CheckOutput, id: string): string | undefined {
  return output.materials.find((m) => m.material === id)?.group;
}

/** Only the materials of one group. */
function listedIn(output: CheckOutput, group: string): string[] {
  return listed(output).filter((id) => groupOf(output, id.replace(/\?$/, '')) === group);
}

type Companion = NonNullable<Applicant['companions']>[number];

/** The complete new case with changes to its applicant. */
const newCase = (applicant: Patch<Applicant> = {}, ...patches: CasePatch[]) => caseWith('new-complete', { applicant }, ...patches);

/** The complete new case as another application type, with its permit. */
function asType(type: ApplicationType, ...patches: CasePatch[]): Case {
  const complete = loadExample('new-complete');
  return caseWith(complete, { type, permit: { employer: complete.employer!.name, validUntil: '2028-01-15', status: 'valid' } }, ...patches);
}

const NEW_COMMON = [
  'unit-handling-application', 'id-card', 'hukou-booklet', 'integrity-pledge', 'labor-contract', 'iit-records',
  'withholding-client-screenshot',
];

describe('catalogue', () => {
  it('names every material in both languages and gives its clause', () => {
    expect(MATERIALS).toHaveLength(55);
    expect(MATERIAL_IDS.size).toBe(55);
    for (const m of MATERIALS) {
      expect(m.name.zh, m.id).toMatch(/[\u4e00-\u9fff]/);
      expect(m.name.en, m.id).toMatch(/^[A-Z]/);
      expect(m.citation.section, m.id).toMatch(/^七/);
    }
  });

  it('uses the guide\'s words', () => {
    expect(materialName('id-card', 'zh')).toBe('申请人身份证');
    expect(materialName('hukou-booklet', 'zh')).toBe('户口本首页及本人页');
    expect(materialName('integrity-pledge', 'zh')).toBe('《诚信声明》');
    expect(materialName('labor-contract', 'zh')).toBe('劳动（或聘用）合同');
    expect(materialName('withholding-client-screenshot', 'zh')).toBe('自然人税收管理系统扣缴客户端截图');
    expect(materialName('id-card', 'en')).toBe("Applicant's ID card");
  });

  it('says why for the materials needed under a condition', () => {
    const why = (id: string) => MATERIALS.find((m) => m.id === id)!.why;
    for (const id of ['rent-invoice', 'landlord-property-certificate', 'divorce-documents', 'degree-verification-report', 'iit-statement-pre-2019']) {
      expect(why(id)?.zh, id).toBeTruthy();
      expect(why(id)?.en, id).toBeTruthy();
    }
    expect(why('id-card')).toBeUndefined();
  });
});

describe('a reason belongs to the branch that lists the material (issue 14, item 2)', () => {
  const whyOf = (output: ReturnType<typeof run>, id: string) => output.materials.find((m) => m.material === id)?.why;

  it('the withholding-client screenshot has no reason on a new permit (always required) and the 2019 one on a renewal', () => {
    expect(whyOf(run(loadExample('new-complete')), 'withholding-client-screenshot')).toBeUndefined();
    expect(whyOf(run(loadExample('renewal-complete')), 'withholding-client-screenshot')?.zh).toBe('近36个月中有2019年及以后的月份');
  });

  it('the articles of association have a condition under equity-investment and none under equity-tax', () => {
    const equity = { applicant: { basis: 'equity-investment' as const } };
    expect(whyOf(run(caseWith('new-complete', equity)), 'articles-of-association')?.zh).toBe('增资协议中无法体现企业股权结构的');
    expect(whyOf(run(caseWith('new-complete', { applicant: { basis: 'equity-tax' } })), 'articles-of-association')).toBeUndefined();
  });

  it('the marriage certificate shows the reason of the branch that requires it', () => {
    const child = { relation: 'child' as const, birthDate: '2015-01-01' };
    const byChild = run(caseWith('new-complete', { applicant: { maritalStatus: 'married', companions: [child] } }));
    expect(whyOf(byChild, 'marriage-certificate')?.zh).toMatch(/^有随往子女的.*按本工具对指南的理解/);
    const bySpouse = run(caseWith('new-complete', { applicant: { housing: { kind: 'owned-by-spouse', ownershipProof: 'certificate' }, companions: [] } }));
    expect(whyOf(bySpouse, 'marriage-certificate')?.zh).toBe('房主为配偶的');
  });

  it('the lease\'s six months belong to a rented home only, not to employer housing', () => {
    const unit = run(caseWith('new-complete', { applicant: { housing: { kind: 'unit-housing', unitOwnsProperty: false } } }));
    expect(whyOf(unit, 'lease-contract')?.zh).toBe('居住单位公房且产权人非单位的');
    expect(whyOf(run(loadExample('new-complete')), 'lease-contract')?.zh).toContain('尚有6个月以上租赁期限');
    expect(materialName('lease-contract', 'zh')).toBe('房屋租赁合同或协议');
  });
});

describe('new: the complete case', () => {
  it('lists common, rented-housing and degree materials, all present', () => {
    const output = run(loadExample('new-complete'));
    expect(listed(output)).toEqual([
      ...NEW_COMMON,
      'lease-contract', 'landlord-property-certificate?', 'rent-invoice?', 'landlord-hukou-booklet?',
      'degree-certificate', 'diploma', 'degree-verification-report?', 'diploma-verification-report?',
    ]);
    expect(output.materials.filter((m) => m.required).every((m) => m.present)).toBe(true);
    expect(listedIn(output, 'common')).toEqual(NEW_COMMON);
    expect(groupOf(output, 'lease-contract')).toBe('housing');
    expect(groupOf(output, 'diploma')).toBe('basis');
  });

  it('has no finding but the note on the wage figure (the 2025 figure is not published)', () => {
    const output = run(loadExample('new-complete'));
    expect(ruleIdsOf(output).filter((id) => id !== 'wage.figure-year')).toEqual([]);
  });
});

describe('new: housing by kind', () => {
  type Housing = NonNullable<Applicant['housing']>;
  const housing = (h: Housing) => listedIn(run(newCase({ housing: whole(h) })), 'housing');

  it('residence permit', () => {
    expect(housing({ kind: 'residence-permit', residencePermitValidUntil: '2027-12-31' })).toEqual(['residence-permit']);
  });

  it('owned: the certificate, or the purchase contract and invoice', () => {
    expect(housing({ kind: 'owned', ownershipProof: 'certificate' })).toEqual([
      'property-certificate', 'purchase-contract?', 'purchase-invoice?',
    ]);
    expect(housing({ kind: 'owned', ownershipProof: 'purchase-contract' })).toEqual([
      'property-certificate?', 'purchase-contract', 'purchase-invoice',
    ]);
    expect(housing({ kind: 'owned' })).toEqual(['property-certificate?', 'purchase-contract?', 'purchase-invoice?']);
  });

  it('owned by the spouse: plus marriage certificate and spouse ID card', () => {
    expect(housing({ kind: 'owned-by-spouse', ownershipProof: 'certificate' })).toEqual([
      'property-certificate', 'purchase-contract?', 'purchase-invoice?', 'marriage-certificate', 'spouse-id-card',
    ]);
  });

  it('rented from a company', () => {
    expect(housing({ kind: 'rented', landlordKind: 'company', leaseEnd: '2027-08-31' })).toEqual([
      'lease-contract', 'landlord-property-certificate?', 'rent-invoice?', 'landlord-hukou-booklet?',
    ]);
  });

  it('rented from a household: the landlord\'s certificate, or the rent invoice when there is none', () => {
    const privateHome: Housing = { kind: 'rented', landlordKind: 'private-home', leaseEnd: '2027-08-31' };
    const withCertificate = ['lease-contract', 'landlord-property-certificate', 'rent-invoice?', 'landlord-hukou-booklet?'];
    expect(housing({ ...privateHome, landlordHasCertificate: true })).toEqual(withCertificate);
    // Not known: the certificate stays required (rules.md's exception).
    expect(housing(privateHome)).toEqual(withCertificate);
    expect(housing({ ...privateHome, landlordHasCertificate: false })).toEqual([
      'lease-contract', 'landlord-property-certificate?', 'rent-invoice', 'landlord-hukou-booklet?',
    ]);
  });

  it('rented on rural homestead land: plus the landlord\'s hukou booklet', () => {
    expect(housing({ kind: 'rented', landlordKind: 'rural-homestead', leaseEnd: '2027-08-31' })).toEqual([
      'lease-contract', 'landlord-property-certificate?', 'rent-invoice?', 'landlord-hukou-booklet',
    ]);
  });

  it('rented from an unknown landlord: the landlord\'s materials listed, not required', () => {
    expect(housing({ kind: 'rented', leaseEnd: '2027-08-31' })).toEqual([
      'lease-contract', 'landlord-property-certificate?', 'rent-invoice?', 'landlord-hukou-booklet?',
    ]);
  });

  it('employer housing: the property proof when the employer owns it, else a lease', () => {
    expect(housing({ kind: 'unit-housing', unitOwnsProperty: true })).toEqual([
      'lease-contract?', 'unit-residence-certificate', 'unit-property-proof',
    ]);
    expect(housing({ kind: 'unit-housing', unitOwnsProperty: false })).toEqual([
      'lease-contract', 'unit-residence-certificate', 'unit-property-proof?',
    ]);
    expect(housing({ kind: 'unit-housing' })).toEqual(['lease-contract?', 'unit-residence-certificate', 'unit-property-proof?']);
  });

  it('a relative\'s home', () => {
    expect(housing({ kind: 'relative-housing' })).toEqual(['relative-property-certificate', 'lodging-statement', 'owner-id-card']);
  });

  it('no housing kind yet: no housing branch applies', () => {
    expect(housing({})).toEqual([]);
  });
});

describe('new: companions', () => {
  const child: Companion = { relation: 'child', name: '张小', birthDate: '2015-01-01', custodyWithApplicant: true };
  const companions = (maritalStatus: Applicant['maritalStatus'], list: Companion[] = [child]) =>
    listedIn(run(newCase({ companions: list, maritalStatus })), 'companions');

  it('a child of a married applicant', () => {
    expect(companions('married')).toEqual([
      'marriage-certificate', 'child-birth-certificate', 'child-hukou-booklet', 'divorce-documents?',
    ]);
  });

  it('a child of a divorced applicant: plus the divorce documents', () => {
    expect(companions('divorced')).toEqual([
      'marriage-certificate', 'child-birth-certificate', 'child-hukou-booklet', 'divorce-documents',
    ]);
  });

  it('a single applicant: no marriage certificate required; unknown status: required', () => {
    expect(companions('single')).toEqual([
      'marriage-certificate?', 'child-birth-certificate', 'child-hukou-booklet', 'divorce-documents?',
    ]);
    expect(companions(undefined)).toEqual([
      'marriage-certificate', 'child-birth-certificate', 'child-hukou-booklet', 'divorce-documents?',
    ]);
  });

  it('no child companion: nothing; a spouse only: nothing', () => {
    expect(companions('married', [])).toEqual([]);
    expect(companions('married', [{ relation: 'spouse', name: '李四' }])).toEqual([]);
  });

  it('companions not yet known: listed, not required', () => {
    expect(listedIn(run(newCase({ companions: undefined })), 'companions')).toEqual([
      'marriage-certificate?', 'child-birth-certificate?', 'child-hukou-booklet?', 'divorce-documents?',
    ]);
    expect(companions('married', [{ name: '张小' }])).toEqual([
      'marriage-certificate?', 'child-birth-certificate?', 'child-hukou-booklet?', 'divorce-documents?',
    ]);
  });

  it('a home owned by the spouse and a child: one marriage certificate, required', () => {
    const c = newCase({ companions: [child], housing: whole({ kind: 'owned-by-spouse', ownershipProof: 'certificate' }) });
    const output = run(c);
    expect(listed(output).filter((id) => id.startsWith('marriage-certificate'))).toEqual(['marriage-certificate']);
    expect(groupOf(output, 'marriage-certificate')).toBe('housing');
  });
});

describe('new: basis materials', () => {
  const basis = (applicant: Patch<Applicant>) => listedIn(run(newCase(applicant)), 'basis');

  it('degree: the verification reports when the highest degree\'s verification is invalid', () => {
    const reports = ['degree-certificate', 'diploma', 'degree-verification-report', 'diploma-verification-report'];
    expect(basis({ education: [{ level: 'bachelor', degree: 'bachelor', verification: 'invalid' }] })).toEqual(reports);
    expect(
      basis({
        education: [
          { level: 'bachelor', degree: 'bachelor', verification: 'valid' },
          { level: 'master', degree: 'master', verification: 'invalid' },
        ],
      }),
    ).toEqual(reports);
    // The highest (master) verified: the bachelor's invalid result does not matter.
    expect(
      basis({
        education: [
          { level: 'bachelor', degree: 'bachelor', verification: 'invalid' },
          { level: 'master', degree: 'master', verification: 'valid' },
        ],
      }),
    ).toEqual(['degree-certificate', 'diploma', 'degree-verification-report?', 'diploma-verification-report?']);
    expect(basis({ education: [{ level: 'bachelor', degree: 'bachelor', verification: 'unknown' }] })).toEqual([
      'degree-certificate', 'diploma', 'degree-verification-report?', 'diploma-verification-report?',
    ]);
  });

  it('title: the exam register or the review form by how it was obtained', () => {
    type ObtainedBy = NonNullable<Applicant['titles']>[number]['obtainedBy'];
    const titled = (obtainedBy?: ObtainedBy) =>
      basis({ basis: 'title', titles: [{ name: '工程师', level: 'intermediate', ...(obtainedBy && { obtainedBy }) }] });
    expect(titled('exam')).toEqual(['title-certificate', 'exam-registration-form', 'review-form?']);
    expect(titled('review')).toEqual(['title-certificate', 'exam-registration-form?', 'review-form']);
    expect(titled('other')).toEqual(['title-certificate', 'exam-registration-form?', 'review-form?']);
    expect(titled()).toEqual(['title-certificate', 'exam-registration-form?', 'review-form?']);
  });

  it('the other bases', () => {
    expect(basis({ basis: 'award' })).toEqual(['award-certificate', 'award-evidence']);
    expect(basis({ basis: 'innovation-entity' })).toEqual(['unit-qualification-proof', 'income-records-3y']);
    expect(basis({ basis: 'innovation-service' })).toEqual(['income-records-3y']);
    expect(basis({ basis: 'ip' })).toEqual(['patent-certificates', 'ip-commercialization-report', 'ip-commercialization-evidence']);
    expect(basis({ basis: 'equity-investment' })).toEqual([
      'capital-increase-agreement', 'capital-verification-report', 'articles-of-association?',
    ]);
    expect(basis({ basis: 'equity-tax' })).toEqual(['articles-of-association', 'unit-tax-certificates']);
    expect(basis({ basis: 'freelance' })).toEqual(['iit-records-3y', 'contribution-evidence']);
    expect(basis({ basis: 'special' })).toEqual([]);
  });

  it('with none chosen: the first basis that holds, or none', () => {
    const c = newCase({ basis: undefined, education: [{ level: 'college', degree: 'none' }], titles: [{ level: 'senior', obtainedBy: 'review' }] });
    expect(listedIn(run(c), 'basis')).toEqual(['title-certificate', 'exam-registration-form?', 'review-form']);
    expect(listedIn(run(caseWith(c, { applicant: { titles: [] } })), 'basis')).toEqual([]);
  });
});

describe('renewal', () => {
  const renewal = (newestMonth: string | null, asOf: string) =>
    asType('renewal', {
      asOf,
      permit: { validUntil: '2030-01-15' },
      applicant: { monthlyIncome: newestMonth ? [{ month: newestMonth, amount: 25000 }] : [] },
      attachments: [],
    });
  const COMMON = ['unit-handling-application', 'integrity-pledge', 'labor-contract', 'iit-records'];

  it('newest month 2026-10: the window starts 2023-11, the screenshot only', () => {
    const output = run(renewal('2026-10', '2026-11-27'));
    expect(listed(output)).toEqual([...COMMON, 'withholding-client-screenshot', 'iit-statement-pre-2019?']);
    expect(listedIn(output, 'income')).toEqual(['withholding-client-screenshot', 'iit-statement-pre-2019?']);
    expect(listedIn(output, 'common')).toEqual(COMMON);
  });

  it('newest month 2018-12: the statement only', () => {
    expect(listed(run(renewal('2018-12', '2019-02-20')))).toEqual([...COMMON, 'withholding-client-screenshot?', 'iit-statement-pre-2019']);
  });

  it('a window across 2019: both; 2021-12 − 35 = 2019-01 is no longer before 2019', () => {
    expect(listed(run(renewal('2021-11', '2021-12-20')))).toEqual([...COMMON, 'withholding-client-screenshot', 'iit-statement-pre-2019']);
    expect(listed(run(renewal('2021-12', '2022-01-20')))).toEqual([...COMMON, 'withholding-client-screenshot', 'iit-statement-pre-2019?']);
  });

  it('no income month yet: both listed, neither required', () => {
    expect(listed(run(renewal(null, '2026-11-27')))).toEqual([...COMMON, 'withholding-client-screenshot?', 'iit-statement-pre-2019?']);
  });
});

describe('employer-level types', () => {
  const unitCase = (type: 'employer-registration' | 'department-change', qualifications?: Employer['qualifications']) =>
    caseWith('new-complete', {
      type,
      applicant: undefined,
      attachments: [],
      employer: { qualifications, ...(type === 'department-change' && { previousDistrict: 'haidian' }) },
    });

  it('registration: the qualification certificate for a high-tech enterprise', () => {
    const output = run(unitCase('employer-registration', [{ kind: 'high-tech-enterprise', validUntil: '2027-12-31' }]));
    expect(listed(output)).toEqual([
      'unit-registration-application', 'business-license', 'agent-id-card', 'tax-info-notice', 'unit-integrity-pledge',
      'unit-qualification-certificate',
    ]);
    expect(output.materials.every((m) => m.group === 'unit')).toBe(true);
  });

  it('department change: the change application; a qualification of kind other needs no certificate', () => {
    expect(listed(run(unitCase('department-change', [{ kind: 'other', validUntil: '2027-12-31' }])))).toEqual([
      'unit-change-application', 'business-license', 'agent-id-card', 'tax-info-notice', 'unit-integrity-pledge',
      'unit-qualification-certificate?',
    ]);
  });

  it('no qualifications listed, or not known: the certificate listed, not required', () => {
    expect(listed(run(unitCase('employer-registration', []))).at(-1)).toBe('unit-qualification-certificate?');
    expect(listed(run(unitCase('employer-registration'))).at(-1)).toBe('unit-qualification-certificate?');
  });
});

describe('employer change', () => {
  it('separation certificate, contract and pledge', () => {
    const c = caseWith('new-complete', {
      type: 'employer-change',
      permit: { employer: '北京原单位有限公司', validUntil: '2028-01-15', status: 'suspended' },
      employerChange: { previousEmployer: '北京原单位有限公司', separationDate: '2026-10-31' },
    });
    const output = run(c);
    expect(listed(output)).toEqual(['integrity-pledge', 'labor-contract', 'separation-certificate']);
    expect(groupOf(output, 'separation-certificate')).toBe('change');
    expect(groupOf(output, 'labor-contract')).toBe('common');
  });
});

describe('information change', () => {
  type InfoChangeItem = NonNullable<NonNullable<Case['infoChange']>['items']>[number];
  const infoChange = (items: InfoChangeItem[], applicant: Patch<Applicant> = {}) => run(asType('info-change', { infoChange: { items }, applicant }));

  it('the pledge alone without items', () => {
    expect(listed(infoChange([]))).toEqual(['integrity-pledge']);
  });

  it('hukou: the hukou booklet, in the change group', () => {
    const output = infoChange(['hukou']);
    expect(listed(output)).toEqual(['hukou-booklet', 'integrity-pledge']);
    expect(groupOf(output, 'hukou-booklet')).toBe('change');
  });

  it('other: the change evidence', () => {
    expect(listed(infoChange(['other']))).toEqual(['integrity-pledge', 'change-evidence']);
  });

  it('residence, companions, education and title: the materials of the new permit', () => {
    const output = infoChange(['residence', 'companions', 'education', 'title'], {
      housing: whole({ kind: 'relative-housing' }),
      maritalStatus: 'divorced',
      companions: [{ relation: 'child', name: '张小', birthDate: '2015-01-01', custodyWithApplicant: true }],
      titles: [{ name: '工程师', level: 'intermediate', obtainedBy: 'exam' }],
    });
    expect(listed(output)).toEqual([
      'integrity-pledge',
      'marriage-certificate', 'relative-property-certificate', 'lodging-statement', 'owner-id-card',
      'child-birth-certificate', 'child-hukou-booklet', 'divorce-documents',
      'degree-certificate', 'diploma', 'degree-verification-report?', 'diploma-verification-report?',
      'title-certificate', 'exam-registration-form', 'review-form?',
    ]);
  });
});
