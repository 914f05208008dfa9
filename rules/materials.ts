// The materials of guide 七 by application type and condition (rules.md, Materials).
import { cite } from './citations';
import { monthIndex } from './dates';
import { effectiveBasis } from './groups/bases';
import { INCOME_WINDOW_MONTHS, incomeWindow } from './checks/income';
import type { Basis } from './schema';
import type { Citation, Lang, MaterialEntry, MaterialGroup, RuleContext, Text } from './types';

export interface Material {
  id: string;
  /** The group it is shown under unless the branch listing it says otherwise (hukou-booklet, income). */
  group: MaterialGroup;
  name: Text;
  citation: Citation;
  /** For a material one branch lists under a condition: the condition, so the UI can say why. Several branches give their own (BRANCH_WHY). */
  why?: Text;
}

const t = (zh: string, en: string): Text => ({ zh, en });

function material(id: string, group: MaterialGroup, name: Text, section: string, why?: Text): Material {
  return { id, group, name, citation: cite(section), ...(why && { why }) };
}

/** The catalogue, in the order of rules.md (the order materials are listed in). */
export const MATERIALS: readonly Material[] = [
  material('unit-registration-application', 'unit', t('用人单位注册申请', 'Employer registration application'), '七(一)1'),
  material('unit-change-application', 'unit', t('用人单位变更申请', 'Application to change the employer\'s supervising district'), '七(六)1'),
  material('business-license', 'unit', t('有效期内的单位营业执照', 'Business licence (valid)'), '七(一)2'),
  material('agent-id-card', 'unit', t('业务经办人身份证', 'ID card of the employer\'s agent'), '七(一)3'),
  material(
    'tax-info-notice',
    'unit',
    t('单位上一自然年度或近三年的《涉税信息查询结果告知书》', 'Tax information enquiry result notice for the last calendar year or the last three years'),
    '七(一)4',
  ),
  material('unit-integrity-pledge', 'unit', t('单位诚信声明', 'Employer integrity pledge'), '七(一)5'),
  material(
    'unit-qualification-certificate',
    'unit',
    t('单位相关资质证书（有效期内）', 'Employer qualification certificates (valid)'),
    '七(一)6',
    t('单位为高新技术企业、软件企业、环保企业等（证书须在有效期内）', 'the employer is a high-tech, software, environmental or similar enterprise (the certificate must be valid)'),
  ),
  material('unit-handling-application', 'common', t('用人单位办理申请', 'Employer\'s application'), '七(二)1'),
  material('id-card', 'common', t('申请人身份证', 'Applicant\'s ID card'), '七(二)2'),
  material('hukou-booklet', 'common', t('户口本首页及本人页', 'Household register (hukou): front page and the applicant\'s own page'), '七(二)2'),
  material('integrity-pledge', 'common', t('《诚信声明》', 'Integrity pledge'), '七(二)3'),
  material('labor-contract', 'common', t('劳动（或聘用）合同', 'Labour (or employment) contract with the applying employer'), '七(二)5'),
  material(
    'iit-records',
    'common',
    t('个人所得税纳税记录', 'Individual income tax records'),
    '七(二)6、七(三)4',
  ),
  material(
    'withholding-client-screenshot',
    'common',
    t('自然人税收管理系统扣缴客户端截图', 'Screenshot of the employer\'s natural-person tax withholding client'),
    '七(二)6、七(三)4',
  ),
  material(
    'residence-permit',
    'housing',
    t('具有3个月以上有效期的《北京市居住证》', 'Beijing residence permit valid for 3 months or more'),
    '七(二)4(1)',
  ),
  material(
    'property-certificate',
    'housing',
    t('《房屋所有权证》或《不动产权证书》', 'House ownership certificate or real estate title certificate'),
    '七(二)4(2)',
    t('自有住房已取得产权证书的', 'Owned home with a title certificate'),
  ),
  material(
    'purchase-contract',
    'housing',
    t('商品房买卖网签合同', 'Online-signed commercial housing purchase contract'),
    '七(二)4(2)',
    t('自有住房尚未取得产权证书的', 'Owned home without a title certificate yet'),
  ),
  material(
    'purchase-invoice',
    'housing',
    t('购房发票', 'Home purchase invoice'),
    '七(二)4(2)',
    t('自有住房尚未取得产权证书的', 'Owned home without a title certificate yet'),
  ),
  material(
    'marriage-certificate',
    'companions',
    t('结婚证', 'Marriage certificate'),
    '七(二)4(2)、七(二)7(1)',
  ),
  material('spouse-id-card', 'housing', t('配偶身份证', 'Spouse\'s ID card'), '七(二)4(2)'),
  material(
    'lease-contract',
    'housing',
    t('房屋租赁合同或协议', 'Lease contract or agreement'),
    '七(二)4(3)、七(二)4(4)',
  ),
  material(
    'landlord-property-certificate',
    'housing',
    t('房主的《房屋所有权证》或《不动产权证书》，或商品房买卖网签合同', 'Landlord\'s title certificate, or the online-signed purchase contract'),
    '七(二)4(3)',
    t('租住居民户房屋的', 'Home rented from a private household'),
  ),
  material(
    'rent-invoice',
    'housing',
    t('租赁发票', 'Rent invoice'),
    '七(二)4(3)',
    t('租住居民户房屋且无法提供房主产权证书原件的', 'Home rented from a private household whose landlord cannot show the original title certificate'),
  ),
  material(
    'landlord-hukou-booklet',
    'housing',
    t('房屋所有人居民户口簿首页和本人页', 'Landlord\'s household register: front page and own page'),
    '七(二)4(3)',
    t('租住农村宅基地房屋的', 'Home rented on rural homestead land'),
  ),
  material('unit-residence-certificate', 'housing', t('单位出具的申请人居住证明', 'Employer\'s certificate that the applicant lives there'), '七(二)4(4)'),
  material(
    'unit-property-proof',
    'housing',
    t('房屋产权证明（产权人为单位）', 'Proof that the employer owns the property'),
    '七(二)4(4)',
    t('居住单位公房且产权人为单位的', 'Employer housing owned by the employer'),
  ),
  material('relative-property-certificate', 'housing', t('亲友住房的房产证', 'Title certificate of the relative\'s or friend\'s home'), '七(二)4(5)'),
  material(
    'lodging-statement',
    'housing',
    t('借住声明（亲友双方签署并加盖用人单位公章）', 'Lodging statement signed by both parties and sealed by the employer'),
    '七(二)4(5)',
  ),
  material('owner-id-card', 'housing', t('房主身份证', 'Owner\'s ID card'), '七(二)4(5)'),
  material('child-birth-certificate', 'companions', t('子女出生医学证明', 'Child\'s medical birth certificate'), '七(二)7(2)'),
  material('child-hukou-booklet', 'companions', t('子女户口簿首页和个人页', 'Child\'s household register: front page and own page'), '七(二)7(3)'),
  material(
    'divorce-documents',
    'companions',
    t('离婚证、离婚协议书或法院判决书等', 'Divorce certificate, divorce agreement or court judgment'),
    '七(二)7(4)',
    t('申请人离异，子女抚养权归申请人一方的', 'Divorced applicant with custody of the child'),
  ),
  material('degree-certificate', 'basis', t('学位证书', 'Degree certificate'), '七(二)按申请条件1(1)'),
  material('diploma', 'basis', t('学历证书', 'Diploma'), '七(二)按申请条件1(2)'),
  material(
    'degree-verification-report',
    'basis',
    t('学位认证报告', 'Degree verification report'),
    '七(二)按申请条件1(1)',
    t('系统审核结果显示学历学位“无效”的', 'The system\'s verification shows the degree as invalid'),
  ),
  material(
    'diploma-verification-report',
    'basis',
    t('学历认证报告', 'Diploma verification report'),
    '七(二)按申请条件1(2)',
    t('系统审核结果显示学历学位“无效”的', 'The system\'s verification shows the diploma as invalid'),
  ),
  material(
    'title-certificate',
    'basis',
    t('专业技术职称证书、职业资格（资质）证书或相当资质证书', 'Professional title or qualification certificate'),
    '七(二)按申请条件2(1)',
  ),
  material(
    'exam-registration-form',
    'basis',
    t('《考试合格人员登记表》或网上查询信息截图', 'Register of candidates who passed, or a screenshot of the online record'),
    '七(二)按申请条件2(2)',
    t('证书通过考试方式获得的', 'Title obtained by examination'),
  ),
  material(
    'review-form',
    'basis',
    t('《评审表》', 'Review form'),
    '七(二)按申请条件2(2)',
    t('证书通过评审方式获得的', 'Title obtained by review'),
  ),
  material('award-certificate', 'basis', t('获奖证书', 'Award certificate'), '七(二)按申请条件3(1)'),
  material('award-evidence', 'basis', t('获奖相关佐证材料', 'Supporting evidence of the award'), '七(二)按申请条件3(2)'),
  material(
    'unit-qualification-proof',
    'basis',
    t('申请单位相关资质证书或证明材料', 'Employer\'s qualification certificate or proof'),
    '七(二)按申请条件4(1)',
  ),
  material(
    'income-records-3y',
    'basis',
    t(
      '近三年的应税收入材料（个人所得税纳税记录、纳税清单、扣缴客户端截图）',
      'Taxable income records for the last three years (tax records, tax statements, withholding client screenshots)',
    ),
    '七(二)按申请条件4(2)、5',
  ),
  material('patent-certificates', 'basis', t('相关专利证书', 'Patent certificates'), '七(二)按申请条件6(1)'),
  material(
    'ip-commercialization-report',
    'basis',
    t('知识产权成果在京落地转化说明报告', 'Report on commercialising the intellectual property in Beijing'),
    '七(二)按申请条件6(2)',
  ),
  material('ip-commercialization-evidence', 'basis', t('转化成果佐证材料', 'Evidence of the commercialisation results'), '七(二)按申请条件6(3)'),
  material('capital-increase-agreement', 'basis', t('增资协议（或投资协议）', 'Capital increase (or investment) agreement'), '七(二)按申请条件7(1)A'),
  material(
    'capital-verification-report',
    'basis',
    t('验资报告（附银行回单）', 'Capital verification report with bank receipts'),
    '七(二)按申请条件7(1)B',
  ),
  material(
    'articles-of-association',
    'basis',
    t('市场监督管理局备案的公司章程', 'Articles of association filed with the market regulator'),
    '七(二)按申请条件7(1)C、7(2)A',
  ),
  material(
    'unit-tax-certificates',
    'basis',
    t(
      '用人单位近三年纳税证明：《涉税信息查询申请表》及《涉税信息查询结果告知书》',
      'Employer\'s tax certificates for the last three years: tax information enquiry form and result notice',
    ),
    '七(二)按申请条件7(2)B',
  ),
  material('iit-records-3y', 'basis', t('近三年的《个人所得税纳税记录》', 'Individual income tax records for the last three years'), '七(二)按申请条件8(1)'),
  material('contribution-evidence', 'basis', t('贡献突出材料', 'Evidence of the outstanding contribution'), '七(二)按申请条件8(2)'),
  material(
    'iit-statement-pre-2019',
    'income',
    t('个人所得税纳税清单（2019年前）', 'Individual income tax statement (before 2019)'),
    '七(三)4',
    t('近36个月中有2019年以前的月份', 'the 36 months reach back before 2019'),
  ),
  material('separation-certificate', 'change', t('原用人单位出具的《离职证明》', 'Certificate of separation from the previous employer'), '七(四)1'),
  material(
    'change-evidence',
    'change',
    t('基础及业务信息变更材料', 'Evidence of the change of information'),
    '七(五)2',
  ),
];

const CATALOGUE = new Map(MATERIALS.map((m, index) => [m.id, { material: m, index }]));

export const MATERIAL_IDS: ReadonlySet<string> = new Set(CATALOGUE.keys());

export function materialName(id: string, lang: Lang): string {
  return CATALOGUE.get(id)?.material.name[lang] ?? id;
}

/** The reasons of a material that several branches list, each branch its own (issue 14: a reason belongs to its branch). */
const BRANCH_WHY = {
  spouseOwner: t('房主为配偶的', 'the home is owned by the spouse'),
  childCompanion: t(
    '有随往子女的（指南未规定未婚情形，未婚的不列为必需（按本工具对指南的理解），请向受理部门确认）',
    'a child comes along (the guide says nothing of an unmarried applicant; this tool does not require it then (our reading of the guide): confirm with the district office)',
  ),
  rented: t('租住房屋的：尚有6个月以上租赁期限，且记载房屋详细地址、出租人和承租人双方姓名', 'a rented home: with 6 months or more to run, naming the address, the landlord and the tenant'),
  unitHousing: t('居住单位公房且产权人非单位的', 'employer housing not owned by the employer'),
  renewalFrom2019: t('近36个月中有2019年及以后的月份', 'the 36 months include months from 2019 on'),
  agreementWithoutShares: t('增资协议中无法体现企业股权结构的', 'the capital increase agreement does not show the shareholding'),
} as const;

/**
 * Collects the entries of the branches that apply; one per id, required if any branch requires it,
 * with the reason of the branch that requires it (of each, when several do).
 * Slots by catalogue position, so the list comes out in catalogue order without sorting.
 */
class MaterialList {
  // Every slot and entry is built with the same keys in the same order, without spreading: the
  // list is made on every check, and this keeps it a measured part of engine.check smaller.
  private readonly slots: ({ required: boolean; group: MaterialGroup; why: Text | undefined } | undefined)[] = new Array(MATERIALS.length);

  /** `required` undefined means the condition is unknown: listed, not required. `why`: the branch's own reason, else the catalogue's. */
  add(id: string, required: boolean | undefined, group?: MaterialGroup, why?: Text): void {
    const { material, index } = CATALOGUE.get(id)!;
    const reason = why ?? material.why;
    const known = this.slots[index];
    if (!known) {
      this.slots[index] = { required: required === true, group: group ?? material.group, why: reason };
    } else if (required === true) {
      known.why = known.required && known.why && reason && known.why !== reason ? joinReasons(known.why, reason) : reason;
      known.required = true;
    }
  }

  addRequired(...ids: readonly string[]): void {
    for (const id of ids) this.add(id, true);
  }

  toEntries(attachments: readonly { material: string }[]): MaterialEntry[] {
    const attached = new Set<string>();
    for (const attachment of attachments) attached.add(attachment.material);
    const entries: MaterialEntry[] = [];
    for (let index = 0; index < this.slots.length; index++) {
      const slot = this.slots[index];
      if (!slot) continue;
      const id = MATERIALS[index]!.id;
      const entry: MaterialEntry = { material: id, required: slot.required, present: attached.has(id), group: slot.group };
      if (slot.why) entry.why = slot.why;
      entries.push(entry);
    }
    return entries;
  }
}

function joinReasons(a: Text, b: Text): Text {
  return { zh: `${a.zh}；${b.zh}`, en: `${a.en}; ${b.en}` };
}

/** Three-valued equality: undefined while the value is not filled in. */
function is<T>(value: T | undefined | null, expected: T): boolean | undefined {
  return value === undefined || value === null ? undefined : value === expected;
}

function unitMaterials(list: MaterialList, ctx: RuleContext, application: string): void {
  list.addRequired(application);
  list.addRequired('business-license', 'agent-id-card', 'tax-info-notice', 'unit-integrity-pledge');
  list.add('unit-qualification-certificate', hasCertifiedQualification(ctx));
}

/** 高新技术企业、软件企业、环保企业等: any listed qualification of a kind other than "other". */
function hasCertifiedQualification(ctx: RuleContext): boolean | undefined {
  const qualifications = ctx.c.employer?.qualifications;
  if (qualifications === undefined) return undefined;
  let open = false;
  for (const { kind } of qualifications) {
    if (kind === undefined) open = true;
    else if (kind !== 'other') return true;
  }
  return open ? undefined : false;
}

function housingMaterials(list: MaterialList, ctx: RuleContext): void {
  const housing = ctx.c.applicant?.housing;
  switch (housing?.kind) {
    case 'residence-permit':
      list.addRequired('residence-permit');
      return;
    case 'owned':
    case 'owned-by-spouse': {
      list.add('property-certificate', is(housing.ownershipProof, 'certificate'));
      const byContract = is(housing.ownershipProof, 'purchase-contract');
      list.add('purchase-contract', byContract);
      list.add('purchase-invoice', byContract);
      if (housing.kind === 'owned-by-spouse') {
        list.add('marriage-certificate', true, 'housing', BRANCH_WHY.spouseOwner);
        list.addRequired('spouse-id-card');
      }
      return;
    }
    case 'rented': {
      list.add('lease-contract', true, undefined, BRANCH_WHY.rented);
      const privateHome = is(housing.landlordKind, 'private-home');
      // Required unless the landlord is known not to have the certificate (then the invoice instead).
      list.add('landlord-property-certificate', privateHome && housing.landlordHasCertificate !== false);
      list.add('rent-invoice', privateHome && is(housing.landlordHasCertificate, false));
      list.add('landlord-hukou-booklet', is(housing.landlordKind, 'rural-homestead'));
      return;
    }
    case 'unit-housing':
      list.addRequired('unit-residence-certificate');
      list.add('unit-property-proof', is(housing.unitOwnsProperty, true));
      list.add('lease-contract', is(housing.unitOwnsProperty, false), undefined, BRANCH_WHY.unitHousing);
      return;
    case 'relative-housing':
      list.addRequired('relative-property-certificate', 'lodging-statement', 'owner-id-card');
      return;
    default:
      // Kind not filled in: no branch is known to apply (applicant.housing reports it).
      return;
  }
}

function companionMaterials(list: MaterialList, ctx: RuleContext): void {
  const applicant = ctx.c.applicant;
  const withChild = hasChildCompanion(applicant?.companions);
  if (withChild === false) return;
  // A child companion not yet known for sure: listed, not required.
  const needed = withChild === true ? true : undefined;
  const marital = applicant?.maritalStatus;
  list.add('marriage-certificate', needed && marital !== 'single', 'companions', BRANCH_WHY.childCompanion);
  list.add('child-birth-certificate', needed);
  list.add('child-hukou-booklet', needed);
  list.add('divorce-documents', needed && is(marital, 'divorced'));
}

function hasChildCompanion(companions: readonly { relation?: string }[] | undefined): boolean | undefined {
  if (companions === undefined) return undefined;
  let open = false;
  for (const { relation } of companions) {
    if (relation === 'child') return true;
    if (relation === undefined) open = true;
  }
  return open ? undefined : false;
}

const DEGREE_RANK: Record<string, number> = { none: 0, bachelor: 1, master: 2, doctor: 3 };
const TITLE_RANK: Record<string, number> = { junior: 0, intermediate: 1, 'deputy-senior': 2, senior: 3 };

function degreeMaterials(list: MaterialList, ctx: RuleContext): void {
  list.addRequired('degree-certificate', 'diploma');
  const invalid = highestDegreeInvalid(ctx.c.applicant?.education);
  list.add('degree-verification-report', invalid);
  list.add('diploma-verification-report', invalid);
}

/**
 * The verification of the entry with the highest degree is invalid. With several entries of that
 * degree, the reports are needed only when none of them verified (the applicant uploads the one that did).
 */
function highestDegreeInvalid(
  education: readonly { degree?: string; verification?: string }[] | undefined,
): boolean | undefined {
  if (!education) return undefined;
  let best = -1;
  for (const entry of education) if (entry.degree !== undefined) best = Math.max(best, DEGREE_RANK[entry.degree]!);
  if (best <= 0) return undefined;
  let invalid: boolean | undefined = true;
  for (const entry of education) {
    if (entry.degree === undefined || DEGREE_RANK[entry.degree] !== best) continue;
    if (entry.verification === 'valid') return false;
    if (entry.verification !== 'invalid') invalid = undefined;
  }
  return invalid;
}

function titleMaterials(list: MaterialList, ctx: RuleContext): void {
  list.addRequired('title-certificate');
  // The form goes with the highest title, the one the application rests on.
  let obtainedBy: string | undefined;
  let best = -1;
  for (const title of ctx.c.applicant?.titles ?? []) {
    const rank = title.level === undefined ? -1 : TITLE_RANK[title.level]!;
    if (rank > best) {
      best = rank;
      obtainedBy = title.obtainedBy;
    }
  }
  list.add('exam-registration-form', is(obtainedBy, 'exam'));
  list.add('review-form', is(obtainedBy, 'review'));
}

const BASIS_MATERIALS: Record<Exclude<Basis, 'degree' | 'title'>, readonly (readonly [string, boolean?, Text?])[]> = {
  award: [['award-certificate'], ['award-evidence']],
  'innovation-entity': [['unit-qualification-proof'], ['income-records-3y']],
  'innovation-service': [['income-records-3y']],
  ip: [['patent-certificates'], ['ip-commercialization-report'], ['ip-commercialization-evidence']],
  // The articles are needed only when the agreement does not show the shareholding, which no field records.
  'equity-investment': [['capital-increase-agreement'], ['capital-verification-report'], ['articles-of-association', false, BRANCH_WHY.agreementWithoutShares]],
  'equity-tax': [['articles-of-association'], ['unit-tax-certificates']],
  freelance: [['iit-records-3y'], ['contribution-evidence']],
  special: [],
};

function basisMaterials(list: MaterialList, ctx: RuleContext, basis: Basis): void {
  if (basis === 'degree') degreeMaterials(list, ctx);
  else if (basis === 'title') titleMaterials(list, ctx);
  else for (const [id, required, why] of BASIS_MATERIALS[basis]) list.add(id, required ?? true, undefined, why);
}

const JANUARY_2019 = monthIndex('2019-01');

/** 纳税清单（2019年前） for months before 2019, the withholding client for 2019 on (七(三)4). */
function renewalIncomeMaterials(list: MaterialList, ctx: RuleContext): void {
  const { first, newest } = incomeWindow(ctx, INCOME_WINDOW_MONTHS.renewal);
  list.add('iit-statement-pre-2019', first === null ? undefined : monthIndex(first) < JANUARY_2019, 'income');
  list.add('withholding-client-screenshot', newest === null ? undefined : monthIndex(newest) >= JANUARY_2019, 'income', BRANCH_WHY.renewalFrom2019);
}

const NEW_COMMON = [
  'unit-handling-application', 'id-card', 'hukou-booklet', 'integrity-pledge', 'labor-contract', 'iit-records',
  'withholding-client-screenshot',
] as const;

/** The materials of the branches that apply to the case, in catalogue order. */
export function materialsFor(ctx: RuleContext): MaterialEntry[] {
  const list = new MaterialList();
  switch (ctx.type) {
    case 'employer-registration':
      unitMaterials(list, ctx, 'unit-registration-application');
      break;
    case 'department-change':
      unitMaterials(list, ctx, 'unit-change-application');
      break;
    case 'new': {
      list.addRequired(...NEW_COMMON);
      housingMaterials(list, ctx);
      companionMaterials(list, ctx);
      const basis = effectiveBasis(ctx);
      if (basis) basisMaterials(list, ctx, basis);
      break;
    }
    case 'renewal':
      list.addRequired('unit-handling-application', 'integrity-pledge', 'labor-contract', 'iit-records');
      renewalIncomeMaterials(list, ctx);
      break;
    case 'employer-change':
      list.addRequired('separation-certificate', 'labor-contract', 'integrity-pledge');
      break;
    case 'info-change': {
      list.addRequired('integrity-pledge');
      const items = ctx.c.infoChange?.items ?? [];
      if (items.includes('companions')) companionMaterials(list, ctx);
      if (items.includes('residence')) housingMaterials(list, ctx);
      if (items.includes('hukou')) list.add('hukou-booklet', true, 'change');
      if (items.includes('education')) degreeMaterials(list, ctx);
      if (items.includes('title')) titleMaterials(list, ctx);
      if (items.includes('other')) list.addRequired('change-evidence');
      break;
    }
  }
  return list.toEntries(ctx.c.attachments ?? []);
}
