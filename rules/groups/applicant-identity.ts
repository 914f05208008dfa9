// Applicant identity (guide 二(二)): the ID number, what is entered beside it, and the age limit.
import { PERSON_TYPES } from '../application-types';
import { addDays, addYears, ageOn } from '../dates';
import { agreesWithId, idCheck, idReason, validApplicantId } from '../checks/identity';
import { requireAll } from '../checks/required';
import { cite, CONSISTENCY_CHECK, ID_NUMBER_STANDARD } from '../citations';
import { fail, incomplete, pass, type Outcome, type RuleContext, type RuleDef, type WindowEnd } from '../types';

const MALE_AGE_LIMIT = 60;
const FEMALE_AGE_LIMIT = 55;

function evaluateIdNumber(ctx: RuleContext): Outcome {
  const id = ctx.c.applicant?.idNumber;
  if (id === undefined) return incomplete(['applicant.idNumber']);
  const result = idCheck(ctx, id);
  return result.ok ? pass : fail({ reason: idReason(id, result.reason) });
}

const ID_NUMBER_RULE: RuleDef = {
  id: 'applicant.id-number',
  severity: 'error',
  title: { zh: '身份证号', en: 'ID number' },
  types: PERSON_TYPES,
  fields: ['applicant.idNumber'],
  messages: {
    fail: {
      zh: '身份证号无效（{reason}），请对照居民身份证逐位核对。',
      en: 'The ID number is not valid ({reason}); copy it character by character from the identity card.',
    },
  },
  citation: ID_NUMBER_STANDARD,
  note: 'A lower-case x as the last character is read as X.',
  evaluate: evaluateIdNumber,
};

function evaluateIdBirthdate(ctx: RuleContext): Outcome {
  return agreesWithId(ctx, 'birthDate', (birthDate, id) => ({ birthDate, idDate: id.birthDate }));
}

const ID_BIRTHDATE_RULE: RuleDef = {
  id: 'applicant.id-birthdate',
  severity: 'error',
  title: { zh: '出生日期与身份证号一致', en: 'Date of birth matches the ID number' },
  types: PERSON_TYPES,
  fields: ['applicant.birthDate', 'applicant.idNumber'],
  messages: {
    fail: {
      zh: '出生日期{birthDate}与身份证号中的出生日期{idDate}不一致，请核对出生日期或身份证号。',
      en: 'The date of birth {birthDate} differs from the one in the ID number, {idDate}; check one or the other.',
    },
  },
  citation: CONSISTENCY_CHECK,
  note: 'With an invalid ID number the dates cannot be compared and nothing is reported here: applicant.id-number already fails.',
  evaluate: evaluateIdBirthdate,
};

/** The 17th digit of the number is odd for men and even for women. */
function evaluateIdGender(ctx: RuleContext): Outcome {
  return agreesWithId(ctx, 'gender', (_gender, id) => ({ digit: id.normalized[16]! }));
}

const ID_GENDER_RULE: RuleDef = {
  id: 'applicant.id-gender',
  severity: 'error',
  title: { zh: '性别与身份证号一致', en: 'Gender matches the ID number' },
  types: PERSON_TYPES,
  fields: ['applicant.gender', 'applicant.idNumber'],
  messages: {
    fail: {
      zh: '所填性别与身份证号不一致：身份证号第17位为{digit}，奇数为男性、偶数为女性。请核对性别或身份证号。',
      en: 'The gender entered does not match the ID number: its 17th digit is {digit}, odd for men and even for women. Check one or the other.',
    },
  },
  citation: CONSISTENCY_CHECK,
  note: 'With an invalid ID number the gender cannot be compared and nothing is reported here: applicant.id-number already fails.',
  evaluate: evaluateIdGender,
};

/** Gender and birth date as entered, else as in a valid ID number. */
function ageInputs(ctx: RuleContext) {
  const applicant = ctx.c.applicant;
  const id = applicant?.gender === undefined || applicant.birthDate === undefined ? validApplicantId(ctx) : null;
  return { gender: applicant?.gender ?? id?.gender, birthDate: applicant?.birthDate ?? id?.birthDate };
}

function ageLimitOf(gender: 'male' | 'female'): number {
  return gender === 'male' ? MALE_AGE_LIMIT : FEMALE_AGE_LIMIT;
}

function evaluateAgeLimit(ctx: RuleContext): Outcome {
  const { gender, birthDate } = ageInputs(ctx);
  if (gender === undefined || birthDate === undefined) {
    return requireAll({ 'applicant.gender': gender, 'applicant.birthDate': birthDate })!;
  }
  const limit = ageLimitOf(gender);
  const age = ageOn(birthDate, ctx.asOf);
  if (age < limit) return pass;
  if (age > limit) return fail({ asOf: ctx.asOf, age });
  return fail(
    { asOf: ctx.asOf, age, next: limit + 1, due: addYears(birthDate, limit + 1) },
    { severity: 'warning', message: 'atLimit' },
  );
}

/** The day before the applicant is limit + 1 years old: at the limit itself the rule only warns. */
function ageLimitValidUntil(ctx: RuleContext): WindowEnd | null {
  const { gender, birthDate } = ageInputs(ctx);
  if (gender === undefined || birthDate === undefined) return null;
  return { until: addDays(addYears(birthDate, ageLimitOf(gender) + 1), -1), field: 'applicant.birthDate' };
}

const AGE_LIMIT_RULE: RuleDef = {
  id: 'applicant.age-limit',
  severity: 'error',
  title: { zh: '年龄上限', en: 'Age limit' },
  types: ['new'],
  fields: ['applicant.birthDate', 'applicant.gender'],
  messages: {
    fail: {
      zh: '申请人到{asOf}已满{age}周岁，超过年龄上限（男性不超过60周岁，女性不超过55周岁）。',
      en: 'On {asOf} the applicant is {age}, over the age limit (60 for men, 55 for women).',
    },
    atLimit: {
      zh: '申请人到{asOf}为{age}周岁，恰好达到年龄上限。“不超过{age}周岁”含本数，仍符合条件；但受理部门可能理解为“未满{age}周岁”，请先向受理部门确认并尽早提交。自{due}（满{next}周岁）起即不再符合。',
      en: 'On {asOf} the applicant is {age}, exactly the age limit. "Not over {age}" includes {age}, so the applicant qualifies, but the office may read it as "under {age}": confirm with the office and apply early. From {due} (age {next}) the applicant no longer qualifies.',
    },
  },
  citation: cite('二(二)'),
  note: 'Completed years on asOf (a person is N from addYears(birthDate, N)). 不超过 includes the limit (民法典 第1259条), so the limit itself passes with a warning: the office may read it as 未满. Gender and birth date fall back to a valid ID number when not entered.',
  evaluate: evaluateAgeLimit,
  validUntil: ageLimitValidUntil,
};

export const APPLICANT_IDENTITY_RULES: RuleDef[] = [
  ID_NUMBER_RULE,
  ID_BIRTHDATE_RULE,
  ID_GENDER_RULE,
  AGE_LIMIT_RULE,
];
