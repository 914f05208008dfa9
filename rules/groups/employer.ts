// Employer rules (guide 二(一), 七(一)).
import { isEmployerLevel } from '../application-types';
import { requireAll } from '../checks/required';
import { addYears, lastThreeYears, latest, type IsoDate } from '../dates';
import { checkCreditCode, type CreditCodeCheck } from '../checksums';
import { cite, CREDIT_CODE_STANDARD, READING } from '../citations';
import { DEFAULT_DISTRICT, DISTRICT_NAMES } from '../districts';
import { wanYuan } from '../format';
import type { ApplicationType, QualificationKind } from '../schema';
import { fail, incomplete, pass, type Outcome, type RuleContext, type RuleDef, type Text, type WindowEnd } from '../types';

const EMPLOYER_TYPES: readonly ApplicationType[] = ['employer-registration', 'new', 'renewal', 'employer-change', 'department-change'];

/** "Employer (when present)": the group runs when the employer object has any key besides name. */
export function employerGroupApplies(ctx: RuleContext): boolean {
  if (isEmployerLevel(ctx.type)) return true;
  const employer = ctx.c.employer;
  if (employer) for (const key in employer) if (key !== 'name') return true;
  return false;
}

/** With employer.specialApproval an employer condition reports info only. */
function softenedBySpecialApproval(evaluate: RuleDef['evaluate']): RuleDef['evaluate'] {
  return (ctx) => {
    const result = evaluate(ctx);
    if (ctx.c.employer?.specialApproval !== true) return result;
    const outcomes: readonly Outcome[] = Array.isArray(result) ? result : [result as Outcome];
    return outcomes.map((o) => (o.status === 'pass' ? o : { ...o, severity: 'info' as const }));
  };
}

function employerRule(
  rule: Omit<RuleDef, 'types' | 'appliesTo'> & {
    types?: readonly ApplicationType[];
    /** false for a check of the input itself, which no approval makes right (the credit code). */
    softenedBySpecialApproval?: false;
  },
): RuleDef {
  const { softenedBySpecialApproval: softened = true, ...def } = rule;
  const { passesOn, validUntil } = def;
  const approved = (ctx: RuleContext) => softened && ctx.c.employer?.specialApproval === true;
  return {
    ...def,
    types: def.types ?? EMPLOYER_TYPES,
    appliesTo: employerGroupApplies,
    evaluate: softened ? softenedBySpecialApproval(def.evaluate) : def.evaluate,
    // A softened rule reports info only: it neither holds back nor ends the window.
    ...(passesOn && { passesOn: (ctx, from) => (approved(ctx) ? from : passesOn(ctx, from)) }),
    ...(validUntil && { validUntil: (ctx) => (approved(ctx) ? null : validUntil(ctx)) }),
  };
}

const ALLOWED_ORG_FORMS = new Set([
  'enterprise', 'public-institution', 'private-non-enterprise', 'social-organization', 'foreign-branch', 'non-beijing-branch',
]);

const ORG_FORM_NAMES: Record<string, Text> = {
  'other-branch': { zh: '本市单位设立的分支机构等其他分支机构', en: 'a branch of another kind, such as one of a Beijing employer' },
  'individual-business': { zh: '个体工商户', en: 'an individual business' },
  other: { zh: '其他组织形式', en: 'of another legal form' },
};

const BRANCH_FORMS = new Set(['foreign-branch', 'non-beijing-branch']);

const CREDIT_CODE_REASONS: Record<Extract<CreditCodeCheck, { ok: false }>['reason'], Text> = {
  length: { zh: '应为18位', en: 'it must have 18 characters' },
  characters: { zh: '含有代码中不使用的字符：I、O、S、V、Z或符号', en: 'it has characters the code does not use: I, O, S, V, Z or a symbol' },
  region: { zh: '第3–8位应为行政区划代码数字', en: 'characters 3–8 must be the digits of a division code' },
  checksum: { zh: '校验位不符', en: 'the check character does not match' },
};

function evaluateCreditCode({ c }: RuleContext): Outcome {
  const code = c.employer?.creditCode;
  if (code === undefined) return incomplete(['employer.creditCode']);
  const result = checkCreditCode(code);
  return result.ok ? pass : fail({ reason: CREDIT_CODE_REASONS[result.reason] });
}

const CREDIT_CODE_RULE = employerRule({
  id: 'employer.credit-code',
  severity: 'error',
  title: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  fields: ['employer.creditCode'],
  messages: {
    fail: {
      zh: '统一社会信用代码无效（{reason}），请对照营业执照核对18位代码。',
      en: 'The unified social credit code is not valid ({reason}); copy the 18 characters from the business licence.',
    },
  },
  citation: CREDIT_CODE_STANDARD,
  softenedBySpecialApproval: false,
  evaluate: evaluateCreditCode,
});

function evaluateOrgForm({ c }: RuleContext): Outcome {
  const form = c.employer?.orgForm;
  if (form === undefined) return incomplete(['employer.orgForm']);
  if (ALLOWED_ORG_FORMS.has(form)) return pass;
  if (form === 'individual-business' && c.applicant?.basis === 'freelance') return pass;
  return fail({ form: ORG_FORM_NAMES[form]! }, form === 'individual-business' ? { message: 'individualBusiness' } : undefined);
}

const ORG_FORM_RULE = employerRule({
  id: 'employer.org-form',
  severity: 'error',
  title: { zh: '单位组织形式', en: 'Legal form of the employer' },
  fields: ['employer.orgForm'],
  messages: {
    fail: {
      zh: '申请单位为{form}，不属于可申请的单位类型（须为具有法人资格的企事业单位、民办非企业单位、社会团体，或外国（地区）、外埠在京设立的非法人分支机构）。',
      en: 'The employer is {form}, which is not eligible: it must be a legal-person enterprise or institution, private non-enterprise unit or social organisation, or a Beijing branch of a foreign or out-of-town entity.',
    },
    individualBusiness: {
      zh: '申请单位为个体工商户，不属于可申请的单位类型（须为具有法人资格的企事业单位、民办非企业单位、社会团体，或外国（地区）、外埠在京设立的非法人分支机构）。个体工商户本人可改按“自由职业者、个体工商户等人员”条件申请（二(二)8）。',
      en: 'The employer is an individual business, which is not eligible as an employer: it must be a legal-person enterprise or institution, private non-enterprise unit or social organisation, or a Beijing branch of a foreign or out-of-town entity. The owner of an individual business can apply under the freelancer basis instead (section 2(2)8).',
    },
  },
  citation: cite('二(一)4、二(二)8'),
  note: 'individual-business passes only for an applicant whose chosen basis is freelance (二(二)8 names 个体工商户).',
  evaluate: evaluateOrgForm,
});

function evaluateDistrict({ c }: RuleContext): Outcome {
  const registered = c.employer?.registeredDistrict;
  if (registered === undefined) return incomplete(['employer.registeredDistrict']);
  const district = c.district ?? DEFAULT_DISTRICT;
  return registered === district ? pass : fail({ registered: DISTRICT_NAMES[registered], district: DISTRICT_NAMES[district] });
}

const DISTRICT_RULE = employerRule({
  id: 'employer.district',
  severity: 'error',
  title: { zh: '单位注册所在区', en: 'District of registration' },
  fields: ['employer.registeredDistrict', 'district'],
  messages: {
    fail: {
      zh: '单位注册地为{registered}，不在受理区{district}。申请单位须在本区注册登记并依法纳税；单位已迁入本区的，请更新注册所在区，已在原区开通权限的办理单位主管部门变更。',
      en: 'The employer is registered in {registered}, not in {district}, the district handling the case: it must be registered and pay tax there. If it has moved here, update the district of registration; an employer with permission in its previous district files a change of supervising district.',
    },
  },
  citation: cite('二(一)3、二(一)6'),
  evaluate: evaluateDistrict,
});

function evaluateRegisteredOneYear({ c, asOf }: RuleContext): Outcome {
  const date = c.employer?.registrationDate;
  if (date === undefined) return incomplete(['employer.registrationDate']);
  const due = addYears(date, 1);
  return due <= asOf ? pass : fail({ date, asOf, due });
}

/** 满一年 on addYears(registrationDate, 1), the day the message names. */
function registeredOneYearPassesOn({ c }: RuleContext, from: IsoDate): IsoDate {
  const date = c.employer?.registrationDate;
  return date === undefined ? from : latest(from, addYears(date, 1));
}

const REGISTERED_ONE_YEAR_RULE = employerRule({
  id: 'employer.registered-one-year',
  severity: 'error',
  title: { zh: '注册登记满一年', en: 'Registered for a year' },
  fields: ['employer.registrationDate'],
  messages: {
    fail: {
      zh: '单位在本区注册登记于{date}，到{asOf}未满一年（满一年之日为{due}）。',
      en: 'The employer registered in the district on {date}; on {asOf} that is less than a year (a year is reached on {due}).',
    },
  },
  citation: cite('二(一)3'),
  evaluate: evaluateRegisteredOneYear,
  passesOn: registeredOneYearPassesOn,
});

function evaluateRegisteredCapital({ c }: RuleContext): Outcome {
  const capital = c.employer?.registeredCapital;
  if (capital === undefined) return incomplete(['employer.registeredCapital']);
  if (capital >= 1_000_000) return pass;
  return fail({ capital: wanYuan(capital) }, BRANCH_FORMS.has(c.employer?.orgForm ?? '') ? { message: 'branch' } : undefined);
}

const REGISTERED_CAPITAL_RULE = employerRule({
  id: 'employer.registered-capital',
  severity: 'error',
  title: { zh: '注册资本100万元以上', en: 'Registered capital of 1 million yuan' },
  fields: ['employer.registeredCapital'],
  messages: {
    fail: {
      zh: '注册资本为{capital}，未达到“100万元（含）以上”的要求。',
      en: 'Registered capital is {capital}, below the required 1,000,000 yuan or more.',
    },
    branch: {
      zh: '注册资本为{capital}（分支机构按所填的总公司注册资本计），未达到“100万元（含）以上”的要求。',
      en: 'Registered capital is {capital} (for a branch, the head office\'s capital as entered), below the required 1,000,000 yuan or more.',
    },
  },
  citation: cite('二(一)5'),
  note: 'For a branch the figure entered is taken as the head office\'s registered capital; the guide does not say which capital a branch is judged by.',
  evaluate: evaluateRegisteredCapital,
});

function evaluateTaxPaid({ c, asOf }: RuleContext): Outcome {
  const years = lastThreeYears(asOf);
  const last = years[0]!;
  const taxes = years.map((y) => c.employer?.taxPaid?.[String(y)]);
  const lastTax = taxes[0];
  if (lastTax !== undefined && lastTax >= 200_000) return pass;
  const known = taxes.filter((t): t is number => t !== undefined);
  const sum = known.reduce((a, b) => a + b, 0);
  if (sum >= 600_000) return pass;
  const open = requireAll(Object.fromEntries(years.map((y, i) => [`employer.taxPaid.${y}`, taxes[i]])));
  if (open) return open;
  return fail({ last, first: last - 2, lastTax: wanYuan(lastTax ?? 0), sum: wanYuan(sum), reading: READING });
}

const TAX_PAID_RULE = employerRule({
  id: 'employer.tax-paid',
  severity: 'error',
  title: { zh: '单位纳税额', en: 'Tax paid by the employer' },
  fields: ['employer.taxPaid'],
  messages: {
    fail: {
      zh: '单位纳税额两项标准均未达到（满足其一即可，均不含个人所得税）：{last}年纳税{lastTax}，低于20万元；{first}–{last}年累计{sum}，低于60万元。“每年纳税额”按最近一个完整年度计算{reading}。',
      en: 'Neither tax test is met (one is enough; individual income tax (IIT) excluded): {lastTax} in {last}, below 200,000 yuan; {sum} over {first}–{last}, below 600,000 yuan. "Tax each year" (每年纳税额) is taken as the last complete year\'s {reading}.',
    },
  },
  citation: cite('二(一)6'),
  note: 'Reading: 每年纳税额 is the tax of the last complete year; the two tests are an OR.',
  evaluate: evaluateTaxPaid,
});

function evaluateGoodStanding({ c }: RuleContext): Outcome {
  const value = c.employer?.goodStanding;
  if (value === undefined) return incomplete(['employer.goodStanding'], { severity: 'warning' });
  return value ? pass : fail();
}

const GOOD_STANDING_RULE = employerRule({
  id: 'employer.good-standing',
  severity: 'error',
  title: { zh: '经营状况和信用良好', en: 'Good standing' },
  fields: ['employer.goodStanding'],
  messages: {
    fail: {
      zh: '单位声明经营状况或信用不良、有违法违规记录，不符合申请单位条件。',
      en: 'The employer declares that its business or credit standing is not good, or that it has a record of violations: it does not qualify.',
    },
    incomplete: {
      zh: '请勾选“{fields}”：确认单位经营状况和信用良好、无违法违规记录。',
      en: 'Tick the {fields}: confirm that the employer is in good business and credit standing with no record of violations.',
    },
  },
  citation: cite('二(一)3'),
  evaluate: evaluateGoodStanding,
});

function evaluateIndustryPolicy({ c }: RuleContext): Outcome {
  const value = c.employer?.fitsIndustryPolicy;
  if (value === undefined) return incomplete(['employer.fitsIndustryPolicy'], { severity: 'warning' });
  return value ? pass : fail();
}

const INDUSTRY_POLICY_RULE = employerRule({
  id: 'employer.industry-policy',
  severity: 'warning',
  title: { zh: '符合功能定位和产业方向', en: 'Fits the industry policy' },
  fields: ['employer.fitsIndustryPolicy'],
  messages: {
    fail: {
      zh: '单位声明不符合城市功能定位和产业发展方向，申请可能不予受理。如属误选，请更正声明。',
      en: 'The employer declares that it does not fit the city\'s functional role and industry direction; the application may be refused. If this was ticked by mistake, correct the declaration.',
    },
    incomplete: {
      zh: '请勾选“{fields}”：确认单位符合北京市及本区城市功能定位和产业发展方向。',
      en: 'Tick the {fields}: confirm that the employer fits the functional role and industry direction of Beijing and the district.',
    },
  },
  citation: cite('二(一)1–2'),
  evaluate: evaluateIndustryPolicy,
});

function evaluateLicenseValid({ c, asOf }: RuleContext): Outcome {
  const employer = c.employer;
  if (!employer || employer.licenseValidUntil === undefined) return incomplete(['employer.licenseValidUntil']);
  const date = employer.licenseValidUntil;
  return date === null || date >= asOf ? pass : fail({ date });
}

/** Valid through its last day; 长期 (null) sets no limit. */
function licenseValidUntil({ c }: RuleContext): WindowEnd | null {
  const until = c.employer?.licenseValidUntil;
  return until ? { until, field: 'employer.licenseValidUntil' } : null;
}

const LICENSE_VALID_RULE = employerRule({
  id: 'employer.license-valid',
  severity: 'error',
  title: { zh: '营业执照在有效期内', en: 'Business licence valid' },
  fields: ['employer.licenseValidUntil'],
  messages: {
    fail: {
      zh: '营业执照有效期至{date}，已过期；须提供有效期内的营业执照。',
      en: 'The business licence was valid until {date} and has expired; a valid licence is required.',
    },
  },
  citation: cite('七(一)2'),
  evaluate: evaluateLicenseValid,
  validUntil: licenseValidUntil,
});

const QUALIFICATION_KIND_NAMES: Record<QualificationKind, Text> = {
  'high-tech-enterprise': { zh: '高新技术企业', en: 'high-tech enterprise' },
  'software-enterprise': { zh: '软件企业', en: 'software enterprise' },
  'environmental-enterprise': { zh: '环保企业', en: 'environmental enterprise' },
  'new-rd-institution': { zh: '新型研发机构', en: 'new R&D institution' },
  'innovative-hq': { zh: '创新型总部企业', en: 'innovative headquarters' },
  other: { zh: '其他', en: 'other' },
};
const NO_KIND: Text = { zh: '类型未填', en: 'kind not given' };

function evaluateQualificationValid({ c, asOf }: RuleContext): Outcome[] {
  return (c.employer?.qualifications ?? []).map((q, i): Outcome => {
    const subject = `employer.qualifications[${i}]`;
    if (q.validUntil === undefined) return incomplete([`${subject}.validUntil`], { subject });
    if (q.validUntil >= asOf) return pass;
    const params = { n: i + 1, date: q.validUntil, kind: q.kind === undefined ? NO_KIND : QUALIFICATION_KIND_NAMES[q.kind] };
    const fields = [`${subject}.validUntil`];
    return q.kind === 'other'
      ? fail(params, { subject, fields, severity: 'warning', message: 'other' })
      : fail(params, { subject, fields });
  });
}

/** The first qualification to lapse, among those whose lapse is an error (kind other only warns). */
function qualificationValidUntil({ c }: RuleContext): WindowEnd | null {
  let end: WindowEnd | null = null;
  const qualifications = c.employer?.qualifications ?? [];
  for (let i = 0; i < qualifications.length; i++) {
    const { kind, validUntil } = qualifications[i]!;
    if (kind !== 'other' && validUntil !== undefined && (end === null || validUntil < end.until)) {
      end = { until: validUntil, field: `employer.qualifications[${i}].validUntil` };
    }
  }
  return end;
}

const QUALIFICATION_VALID_RULE = employerRule({
  id: 'employer.qualification-valid',
  severity: 'error',
  title: { zh: '单位资质在有效期内', en: 'Qualifications valid' },
  fields: ['employer.qualifications'],
  messages: {
    fail: {
      zh: '单位资质第{n}项（{kind}）有效期至{date}，已过期：请上传有效期内的证书。',
      en: 'Employer qualification {n} ({kind}) was valid until {date} and has expired: upload a certificate that is in force.',
    },
    other: {
      zh: '单位资质第{n}项（{kind}）已于{date}到期。指南只要求高新技术企业、软件企业、环保企业等提供有效期内的证书，此项是否需更新请向受理部门确认。',
      en: 'Employer qualification {n} ({kind}) ended on {date}. The guide asks for certificates in force only for high-tech, software, environmental and similar enterprises; ask the district office whether this one must be renewed.',
    },
  },
  citation: cite('七(一)6'),
  note: 'A qualification of kind other is reported as a warning: the guide requires valid certificates for 高新技术企业、软件企业、环保企业等 only.',
  evaluate: evaluateQualificationValid,
  validUntil: qualificationValidUntil,
});

function evaluatePermission({ c, type }: RuleContext): Outcome {
  const value = c.employer?.hasPermission;
  if (value === undefined) return incomplete(['employer.hasPermission']);
  return value ? pass : fail(undefined, type === 'department-change' ? { message: 'departmentChange' } : undefined);
}

const PERMISSION_RULE = employerRule({
  id: 'employer.permission',
  severity: 'error',
  title: { zh: '单位办理权限', en: 'Employer permission' },
  types: ['new', 'renewal', 'employer-change', 'department-change'],
  fields: ['employer.hasPermission'],
  messages: {
    fail: {
      zh: '单位尚未开通工作居住证办理权限：须先在北京人才工作网（http://www.bjrcgz.gov.cn/）完成用人单位权限注册并经核准。',
      en: 'The employer has no permission to file permit applications yet: it must first register as an employer on 北京人才工作网 (www.bjrcgz.gov.cn) and be approved.',
    },
    departmentChange: {
      zh: '单位在原区未开通工作居住证办理权限，不能办理单位主管部门变更：请改为办理用人单位权限注册（北京人才工作网 http://www.bjrcgz.gov.cn/）。',
      en: 'The employer has no permit permission in its previous district, so it cannot change its supervising district: register as a new employer instead (北京人才工作网, www.bjrcgz.gov.cn).',
    },
  },
  citation: cite('三、七(六)'),
  note: 'For department-change this is the permission opened in the previous district.',
  evaluate: evaluatePermission,
});

export const EMPLOYER_RULES: RuleDef[] = [
  CREDIT_CODE_RULE,
  ORG_FORM_RULE,
  DISTRICT_RULE,
  REGISTERED_ONE_YEAR_RULE,
  REGISTERED_CAPITAL_RULE,
  TAX_PAID_RULE,
  GOOD_STANDING_RULE,
  INDUSTRY_POLICY_RULE,
  LICENSE_VALID_RULE,
  QUALIFICATION_VALID_RULE,
  PERMISSION_RULE,
];
