// Applicant household (guide 二(二), 七(二)4, 七(二)7): the residence in Beijing and the
// accompanying family.
import { addMonths, addYears, ageOn, lastDayMonthsBefore } from '../dates';
import { companionBirthDate, idCheck, idReason } from '../checks/identity';
import { requireAll } from '../checks/required';
import { cite, ID_NUMBER_STANDARD, READING } from '../citations';
import type { ApplicationType } from '../schema';
import { fail, incomplete, pass, type Outcome, type RuleContext, type RuleDef, type Text, type WindowEnd } from '../types';

const NEW_OR_INFO_CHANGE: readonly ApplicationType[] = ['new', 'info-change'];
const CHILD_AGE_LIMIT = 18;
/** Months a residence permit must still run on the day of filing (3个月以上), and a lease (6个月以上). */
const RESIDENCE_PERMIT_MONTHS = 3;
const LEASE_MONTHS = 6;

/** Runs for a new permit, and for an info-change that declares the item. */
function newOrInfoChangeOf(item: 'residence' | 'companions'): (ctx: RuleContext) => boolean {
  return ({ type, c }) => type === 'new' || (c.infoChange?.items?.includes(item) ?? false);
}

function evaluateHousing({ c, asOf }: RuleContext): Outcome {
  const housing = c.applicant?.housing;
  const kind = housing?.kind;
  if (kind === undefined) return incomplete(['applicant.housing.kind']);
  if (kind === 'residence-permit') {
    const date = housing!.residencePermitValidUntil;
    if (date === undefined || date === null) return incomplete(['applicant.housing.residencePermitValidUntil']);
    const needed = addMonths(asOf, RESIDENCE_PERMIT_MONTHS);
    return date >= needed ? pass : fail({ date, needed }, { fields: ['applicant.housing.residencePermitValidUntil'] });
  }
  if (kind === 'rented') {
    const date = housing!.leaseEnd;
    if (date === undefined) return incomplete(['applicant.housing.leaseEnd']);
    const needed = addMonths(asOf, LEASE_MONTHS);
    return date >= needed ? pass : fail({ date, needed }, { message: 'lease', fields: ['applicant.housing.leaseEnd'] });
  }
  return pass;
}

/** The last day the residence permit is still 3 months ahead, or the lease 6 months. */
function housingValidUntil({ c }: RuleContext): WindowEnd | null {
  const housing = c.applicant?.housing;
  if (housing?.kind === 'residence-permit' && housing.residencePermitValidUntil) {
    const until = lastDayMonthsBefore(housing.residencePermitValidUntil, RESIDENCE_PERMIT_MONTHS);
    return { until, field: 'applicant.housing.residencePermitValidUntil' };
  }
  if (housing?.kind === 'rented' && housing.leaseEnd !== undefined) {
    return { until: lastDayMonthsBefore(housing.leaseEnd, LEASE_MONTHS), field: 'applicant.housing.leaseEnd' };
  }
  return null;
}

const HOUSING_RULE: RuleDef = {
  id: 'applicant.housing',
  severity: 'error',
  title: { zh: '在京合法稳定住所', en: 'Lawful stable residence in Beijing' },
  types: NEW_OR_INFO_CHANGE,
  appliesTo: newOrInfoChangeOf('residence'),
  fields: ['applicant.housing'],
  messages: {
    fail: {
      zh: '《北京市居住证》有效期至{date}，剩余有效期不足3个月（须至少到{needed}）。请先办理居住证签注延期，或改用其他住所证明。',
      en: 'The Beijing Residence Permit (北京市居住证, not the work residence permit) is valid until {date}, less than three months ahead (it must run to {needed} at least). Have it extended first, or use another proof of residence.',
    },
    lease: {
      zh: '房屋租赁合同至{date}，剩余租期不足6个月（须至少到{needed}）：请续订租赁合同或提供新的租赁合同。',
      en: 'The lease runs until {date}, less than six months ahead (it must run to {needed} at least); renew it or provide a new lease.',
    },
  },
  citation: cite('二(二)、七(二)4'),
  note: '3个月以上有效期 and 6个月以上租赁期限 include the number: validUntil >= addMonths(asOf, 3), leaseEnd >= addMonths(asOf, 6). Other kinds of residence are checked by their materials.',
  evaluate: evaluateHousing,
  validUntil: housingValidUntil,
};

/** Asked on every new case until companions are listed: one with none has nothing to do. */
const COMPANIONS_NOT_LISTED: Text = {
  zh: '{title}：尚未填写{fields}，暂无法判断；无随往人员的，可不处理此项。',
  en: '{title}: fill in {fields} to check this; if no family member comes along, nothing needs doing here.',
};

function evaluateCompanionAge(ctx: RuleContext): Outcome[] {
  const { c, asOf } = ctx;
  const companions = c.applicant?.companions;
  if (companions === undefined) return [incomplete(['applicant.companions'], { message: 'noList' })];
  return companions.map((companion, i): Outcome => {
    const subject = `applicant.companions[${i}]`;
    if (companion.relation === undefined) return incomplete([`${subject}.relation`], { subject });
    if (companion.relation !== 'child') return pass;
    const birthDate = companionBirthDate(ctx, companion);
    if (birthDate === undefined) return incomplete([`${subject}.birthDate`], { subject });
    const age = ageOn(birthDate, asOf);
    const fields = [`${subject}.birthDate`];
    if (age < CHILD_AGE_LIMIT) return pass;
    if (age > CHILD_AGE_LIMIT) return fail({ n: i + 1, asOf, age }, { subject, fields });
    return fail(
      { n: i + 1, asOf, due: addYears(birthDate, CHILD_AGE_LIMIT + 1) },
      { subject, fields, severity: 'warning', message: 'atLimit' },
    );
  });
}

const COMPANION_AGE_RULE: RuleDef = {
  id: 'applicant.companion-age',
  severity: 'error',
  title: { zh: '随往子女18周岁以下', en: 'Accompanying child aged 18 or under' },
  types: NEW_OR_INFO_CHANGE,
  appliesTo: newOrInfoChangeOf('companions'),
  fields: ['applicant.companions'],
  messages: {
    fail: {
      zh: '随往人员第{n}位（子女）到{asOf}已满{age}周岁，超过18周岁，不能作为随往子女办理。',
      en: 'Accompanying family member {n} (a child) is {age} on {asOf}, over 18, and cannot be included.',
    },
    atLimit: {
      zh: '随往人员第{n}位（子女）到{asOf}为18周岁。“18周岁以下”含18周岁，仍可随往；但受理部门可能理解为“未满18周岁”，请先向受理部门确认。该子女{due}满19周岁。',
      en: 'Accompanying family member {n} (a child) is 18 on {asOf}. "18 and under" (18周岁以下) includes 18, so the child qualifies, but the district office may read it as "under 18": confirm with the office. The child turns 19 on {due}.',
    },
    noList: COMPANIONS_NOT_LISTED,
  },
  citation: cite('七(二)7'),
  note: '以下 includes the number (民法典 第1259条): 18 passes with a warning, 19 fails. The birth date falls back to a valid ID number when not entered. Absent companions ask for the list here only, not in every companion rule.',
  evaluate: evaluateCompanionAge,
};

function evaluateCompanionId(ctx: RuleContext): Outcome[] {
  return (ctx.c.applicant?.companions ?? []).map((companion, i): Outcome => {
    if (companion.relation !== 'child') return pass;
    const subject = `applicant.companions[${i}]`;
    if (companion.idNumber !== undefined) {
      const id = idCheck(ctx, companion.idNumber);
      if (!id.ok) return fail({ n: i + 1, reason: idReason(companion.idNumber, id.reason) }, { subject, fields: [`${subject}.idNumber`] });
      if (companion.birthDate !== undefined && companion.birthDate !== id.birthDate) {
        return fail(
          { n: i + 1, birthDate: companion.birthDate, idDate: id.birthDate },
          { subject, message: 'birthDate', fields: [`${subject}.birthDate`, `${subject}.idNumber`] },
        );
      }
    }
    return requireAll({ [`${subject}.idNumber`]: companion.idNumber, [`${subject}.birthDate`]: companion.birthDate }, { subject }) ?? pass;
  });
}

const COMPANION_ID_RULE: RuleDef = {
  id: 'applicant.companion-id',
  severity: 'error',
  title: { zh: '随往子女身份证号', en: 'ID number of an accompanying child' },
  types: NEW_OR_INFO_CHANGE,
  appliesTo: newOrInfoChangeOf('companions'),
  fields: ['applicant.companions'],
  messages: {
    fail: {
      zh: '随往人员第{n}位的身份证号无效（{reason}），请对照户口簿逐位核对。',
      en: 'The ID number of accompanying family member {n} is not valid ({reason}); copy it from the household register.',
    },
    birthDate: {
      zh: '随往人员第{n}位的出生日期{birthDate}与其身份证号中的出生日期{idDate}不一致，请核对。',
      en: 'The date of birth of accompanying family member {n}, {birthDate}, differs from the one in the ID number, {idDate}; check one or the other.',
    },
  },
  citation: ID_NUMBER_STANDARD,
  note: 'Child companions only: the guide sets no rule for a spouse (applicant.companion-spouse). A companion whose relation is not entered is asked for by applicant.companion-age.',
  evaluate: evaluateCompanionId,
};

function evaluateCustody({ c }: RuleContext): Outcome | Outcome[] {
  const status = c.applicant?.maritalStatus;
  const companions = c.applicant?.companions;
  if (status !== undefined && status !== 'divorced') return pass;
  if (companions === undefined) {
    return incomplete(status === undefined ? ['applicant.maritalStatus', 'applicant.companions'] : ['applicant.companions'], { message: 'noList' });
  }
  const children = companions.flatMap((companion, i) => (companion.relation === 'child' ? [{ companion, i }] : []));
  if (children.length === 0) return pass;
  if (status === undefined) return incomplete(['applicant.maritalStatus']);
  return children.map(({ companion, i }): Outcome => {
    const subject = `applicant.companions[${i}]`;
    const field = `${subject}.custodyWithApplicant`;
    if (companion.custodyWithApplicant === undefined) return incomplete([field], { subject });
    return companion.custodyWithApplicant ? pass : fail({ n: i + 1, reading: READING }, { subject, fields: ['applicant.maritalStatus', field] });
  });
}

const CUSTODY_RULE: RuleDef = {
  id: 'applicant.custody',
  severity: 'error',
  title: { zh: '离异申请人的子女抚养权', en: 'Custody of the child of a divorced applicant' },
  types: NEW_OR_INFO_CHANGE,
  appliesTo: newOrInfoChangeOf('companions'),
  fields: ['applicant.maritalStatus', 'applicant.companions'],
  messages: {
    fail: {
      zh: '申请人离异，随往人员第{n}位（子女）的抚养权不归申请人。指南只为“申请人为离异，子女抚养权归申请人一方的”列出材料（离婚证、离婚协议书或法院判决书等），据此子女须由申请人抚养才能随往{reading}。',
      en: 'The applicant is divorced and custody of accompanying family member {n} (a child) is not with the applicant. The guide lists documents only for a divorced applicant who has custody (divorce certificate, agreement or judgment), so the child can accompany only in that case {reading}.',
    },
    noList: COMPANIONS_NOT_LISTED,
  },
  citation: cite('七(二)7(4)'),
  note: 'Reading: 七(二)7(4) names the documents for a divorced applicant with custody and nothing for one without; a child is taken to accompany a divorced applicant only with custodyWithApplicant true. A companion whose relation is not entered is asked for by applicant.companion-age.',
  evaluate: evaluateCustody,
};

function evaluateCompanionSpouse({ c }: RuleContext): Outcome[] {
  return (c.applicant?.companions ?? []).map((companion, i): Outcome => {
    if (companion.relation !== 'spouse') return pass;
    const subject = `applicant.companions[${i}]`;
    return fail({ n: i + 1 }, { subject, fields: [`${subject}.relation`] });
  });
}

const COMPANION_SPOUSE_RULE: RuleDef = {
  id: 'applicant.companion-spouse',
  severity: 'info',
  title: { zh: '配偶随往', en: 'Accompanying spouse' },
  types: NEW_OR_INFO_CHANGE,
  appliesTo: newOrInfoChangeOf('companions'),
  fields: ['applicant.companions'],
  messages: {
    fail: {
      zh: '随往人员第{n}位为配偶。办理指南只列明随往子女（18周岁以下）及其材料，未规定配偶随往的条件和材料，本工具不对配偶作检查；配偶能否随往请向受理部门确认。',
      en: 'Accompanying family member {n} is a spouse. The guide names accompanying children (18 and under) and their documents only, with no condition or document for a spouse, so nothing is checked for the spouse; ask the office whether a spouse can be included.',
    },
  },
  citation: cite('七(二)7'),
  evaluate: evaluateCompanionSpouse,
};

export const APPLICANT_HOUSEHOLD_RULES: RuleDef[] = [
  HOUSING_RULE,
  COMPANION_AGE_RULE,
  COMPANION_ID_RULE,
  CUSTODY_RULE,
  COMPANION_SPOUSE_RULE,
];
