// Applicant rules (guide 二(二), 七(二)); applicant.qualification lives with the bases (groups/bases.ts).
import { addDays, addMonths, addYears, ageOn, monthFromIndex, monthIndex, toDayNumber, type IsoDate } from '../dates';
import { checkIdNumber, type IdCheck } from '../checksums';
import { cite, CONSISTENCY_CHECK, ID_NUMBER_STANDARD } from '../citations';
import { incomeWindow } from '../income';
import { sameName } from '../names';
import type { Applicant, ApplicationType } from '../schema';
import { fail, incomplete, pass, type Outcome, type RuleContext, type RuleDef, type Text } from '../types';

/** "Identity" of rules.md: every type that concerns a person. */
const IDENTITY_TYPES: readonly ApplicationType[] = ['new', 'renewal', 'employer-change', 'info-change'];
/** Types with a labour contract at the applying employer. */
const EMPLOYMENT_TYPES: readonly ApplicationType[] = ['new', 'renewal', 'employer-change'];
const NEW_ONLY: readonly ApplicationType[] = ['new'];
const NEW_OR_INFO_CHANGE: readonly ApplicationType[] = ['new', 'info-change'];

/** Runs for a new permit, and for an info-change that declares the item. */
function newOrInfoChangeOf(item: 'residence' | 'companions'): (ctx: RuleContext) => boolean {
  return ({ type, c }) => type === 'new' || (c.infoChange?.items?.includes(item) ?? false);
}

type IdFailure = Extract<IdCheck, { ok: false }>['reason'];

const ID_REASONS: Record<IdFailure, Text> = {
  length: { zh: '应为18位，15位旧号码已不再使用', en: 'it must have 18 characters; old 15-digit numbers are no longer used' },
  characters: { zh: '前17位应为数字，最后一位为数字或X', en: 'the first 17 characters must be digits and the last a digit or X' },
  region: { zh: '前两位不是省级行政区划代码', en: 'the first two digits are not a province code' },
  date: { zh: '第7–14位不是真实的出生日期', en: 'digits 7–14 are not a real date of birth' },
  future: { zh: '第7–14位的出生日期晚于检查日期', en: 'the date of birth in digits 7–14 is after the check date' },
  checksum: { zh: '最后一位校验码不符', en: 'the check character, the last one, does not match' },
};

// Four rules read the applicant's ID number in one check: the last answer is kept (keyed by its inputs).
let lastId: string | undefined;
let lastIdAsOf: IsoDate | undefined;
let lastIdCheck: IdCheck | undefined;

function checkApplicantId(id: string, asOf: IsoDate): IdCheck {
  if (id !== lastId || asOf !== lastIdAsOf || !lastIdCheck) {
    lastIdCheck = checkIdNumber(id, asOf);
    lastId = id;
    lastIdAsOf = asOf;
  }
  return lastIdCheck;
}

/** The applicant's ID number read by GB 11643, or null when absent or invalid. */
function validApplicantId(ctx: RuleContext): Extract<IdCheck, { ok: true }> | null {
  const id = ctx.c.applicant?.idNumber;
  if (id === undefined) return null;
  const result = checkApplicantId(id, ctx.asOf);
  return result.ok ? result : null;
}

/** Both ends inclusive, as day numbers; `to: null` (ongoing) and later ends stop at asOf. */
interface Span {
  start: number;
  end: number;
}

/** The span of an entry up to asOf; null when it starts after asOf or ends before it starts. */
function spanUntil(from: IsoDate, to: IsoDate | null, asOf: IsoDate): Span | null {
  if (from > asOf) return null;
  const end = to === null || to > asOf ? asOf : to;
  if (end < from) return null;
  return { start: toDayNumber(from), end: toDayNumber(end) };
}

/** Days covered by the union of spans, each day once. */
function unionDays(spans: Span[]): number {
  spans.sort((a, b) => a.start - b.start);
  let days = 0;
  let coveredUntil = -Infinity;
  for (const { start, end } of spans) {
    if (end <= coveredUntil) continue;
    days += end - Math.max(start, coveredUntil + 1) + 1;
    coveredUntil = end;
  }
  return days;
}

const WORK_EXPERIENCE_DAYS = 730;
const TOLERATED_OVERLAP_DAYS = 31;
const MALE_AGE_LIMIT = 60;
const FEMALE_AGE_LIMIT = 55;
const CHILD_AGE_LIMIT = 18;
const INCOME_MONTHS = 6;
const INCOME_MULTIPLE = 1.5;
const CONTRACT_NOTICE_DAYS = 90;

const EMPLOYER_NAME_FIELDS = [
  'employer.name',
  'applicant.employment.contractEmployer',
  'applicant.employment.socialInsuranceEmployer',
  'applicant.employment.incomeTaxEmployer',
] as const;

const EMPLOYER_NAME_LABELS: Record<(typeof EMPLOYER_NAME_FIELDS)[number], Text> = {
  'employer.name': { zh: '申请单位名称', en: 'the applying employer' },
  'applicant.employment.contractEmployer': { zh: '劳动合同签订单位', en: 'the employer on the labour contract' },
  'applicant.employment.socialInsuranceEmployer': { zh: '社会保险缴纳单位', en: 'the employer paying social insurance' },
  'applicant.employment.incomeTaxEmployer': { zh: '个人所得税缴纳单位', en: 'the employer withholding income tax' },
};

function joinTexts(texts: Text[]): Text {
  return { zh: texts.map((t) => t.zh).join('、'), en: texts.map((t) => t.en).join(', ') };
}

function evaluateSameEmployer({ c }: RuleContext): Outcome {
  const employment = c.applicant?.employment;
  const names = [c.employer?.name, employment?.contractEmployer, employment?.socialInsuranceEmployer, employment?.incomeTaxEmployer];
  const referenceIndex = names.findIndex((name) => name !== undefined);
  const absent = EMPLOYER_NAME_FIELDS.filter((_, i) => names[i] === undefined);
  if (referenceIndex < 0) return incomplete([...absent]);
  const referenceName = names[referenceIndex]!;
  const differing: number[] = [];
  const otherNames: string[] = [];
  for (let i = referenceIndex + 1; i < names.length; i++) {
    const name = names[i];
    if (name === undefined || sameName(name, referenceName)) continue;
    differing.push(i);
    if (!otherNames.some((other) => sameName(other, name))) otherNames.push(name);
  }
  if (differing.length > 0) {
    const referenceField = EMPLOYER_NAME_FIELDS[referenceIndex]!;
    return fail(
      {
        reference: EMPLOYER_NAME_LABELS[referenceField],
        referenceName,
        differ: joinTexts(differing.map((i) => EMPLOYER_NAME_LABELS[EMPLOYER_NAME_FIELDS[i]!])),
        otherNames: otherNames.join('”、“'),
      },
      { fields: [referenceField, ...differing.map((i) => EMPLOYER_NAME_FIELDS[i]!)] },
    );
  }
  return absent.length > 0 ? incomplete([...absent]) : pass;
}

function evaluateAgeLimit(ctx: RuleContext): Outcome {
  const applicant = ctx.c.applicant;
  const id = validApplicantId(ctx);
  const gender = applicant?.gender ?? id?.gender;
  const birthDate = applicant?.birthDate ?? id?.birthDate;
  if (gender === undefined || birthDate === undefined) {
    const missing: string[] = [];
    if (gender === undefined) missing.push('applicant.gender');
    if (birthDate === undefined) missing.push('applicant.birthDate');
    return incomplete(missing);
  }
  const limit = gender === 'male' ? MALE_AGE_LIMIT : FEMALE_AGE_LIMIT;
  const age = ageOn(birthDate, ctx.asOf);
  if (age < limit) return pass;
  if (age > limit) return fail({ asOf: ctx.asOf, age });
  return fail(
    { asOf: ctx.asOf, age, next: limit + 1, due: addYears(birthDate, limit + 1) },
    { severity: 'warning', message: 'atLimit' },
  );
}

function evaluateWorkExperience({ c, asOf }: RuleContext): Outcome {
  const history = c.applicant?.workHistory;
  if (history === undefined || history.length === 0) return incomplete(['applicant.workHistory']);
  const spans: Span[] = [];
  const unknown: string[] = [];
  history.forEach((entry, i) => {
    const path = `applicant.workHistory[${i}]`;
    if (entry.from === undefined) unknown.push(`${path}.from`);
    if (entry.to === undefined) unknown.push(`${path}.to`);
    if (entry.from === undefined || entry.to === undefined) return;
    const span = spanUntil(entry.from, entry.to, asOf);
    if (span) spans.push(span);
  });
  const days = unionDays(spans);
  if (days >= WORK_EXPERIENCE_DAYS) return pass;
  // More entries can only add days: with some unknown, a short total is not yet a failure.
  if (unknown.length > 0) return incomplete(unknown);
  return fail({ days, asOf });
}

function evaluateWorkHistoryOverlap({ c, asOf }: RuleContext): Outcome[] {
  const history = c.applicant?.workHistory;
  if (history === undefined) return [incomplete(['applicant.workHistory'])];
  if (history.length < 2) return [];
  const spans: (Span | null)[] = [];
  const unknown: string[] = [];
  history.forEach((entry, i) => {
    const path = `applicant.workHistory[${i}]`;
    if (entry.employer === undefined) unknown.push(`${path}.employer`);
    if (entry.from === undefined) unknown.push(`${path}.from`);
    if (entry.to === undefined) unknown.push(`${path}.to`);
    const { employer, from, to } = entry;
    spans.push(employer === undefined || from === undefined || to === undefined ? null : spanUntil(from, to, asOf));
  });
  const outcomes: Outcome[] = [];
  for (let i = 0; i < history.length; i++) {
    const a = spans[i];
    if (!a) continue;
    for (let j = i + 1; j < history.length; j++) {
      const b = spans[j];
      if (!b) continue;
      const days = Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1;
      if (days <= TOLERATED_OVERLAP_DAYS || sameName(history[i]!.employer!, history[j]!.employer!)) continue;
      const first = `applicant.workHistory[${i}]`;
      const second = `applicant.workHistory[${j}]`;
      outcomes.push(
        fail(
          { first: i + 1, firstEmployer: history[i]!.employer!, second: j + 1, secondEmployer: history[j]!.employer!, days },
          { subject: `${first}~[${j}]`, fields: [`${first}.from`, `${first}.to`, `${second}.from`, `${second}.to`] },
        ),
      );
    }
  }
  if (unknown.length > 0) outcomes.push(incomplete(unknown));
  return outcomes;
}

function evaluateIncomeMonths(ctx: RuleContext): Outcome[] {
  const window = incomeWindow(ctx, INCOME_MONTHS);
  const outcomes: Outcome[] = [];
  if (window.ignored.length > 0) {
    outcomes.push(
      fail({ months: window.ignored.join(', ') }, { severity: 'warning', message: 'ignored', subject: 'ignored' }),
    );
  }
  if (window.newest === null) {
    outcomes.push(incomplete(['applicant.monthlyIncome']));
  } else if (window.stale) {
    const needed = monthFromIndex(monthIndex(window.current) - 2);
    outcomes.push(fail({ newest: window.newest, asOf: ctx.asOf, needed }, { message: 'stale' }));
  } else if (window.missing.length > 0) {
    outcomes.push(fail({ first: window.first!, last: window.newest, missing: window.missing.join(', ') }));
  }
  return outcomes;
}

function evaluateIncomeThreshold(ctx: RuleContext): Outcome {
  const window = incomeWindow(ctx, INCOME_MONTHS);
  if (window.newest === null) return incomplete(['applicant.monthlyIncome']);
  const wage = ctx.wage();
  if (!wage) return incomplete(['averageWage']);
  const threshold = INCOME_MULTIPLE * wage.monthly;
  const below: string[] = [];
  for (const [month, amount] of window.amounts) if (amount < threshold) below.push(`${month} (${amount})`);
  if (below.length === 0) return pass;
  return fail({ months: below.join(', '), threshold, monthly: wage.monthly, dataYear: wage.dataYear });
}

function evaluateHousing({ c, asOf }: RuleContext): Outcome {
  const housing = c.applicant?.housing;
  const kind = housing?.kind;
  if (kind === undefined) return incomplete(['applicant.housing.kind']);
  if (kind === 'residence-permit') {
    const date = housing!.residencePermitValidUntil;
    if (date === undefined || date === null) return incomplete(['applicant.housing.residencePermitValidUntil']);
    const needed = addMonths(asOf, 3);
    return date >= needed ? pass : fail({ date, needed }, { fields: ['applicant.housing.residencePermitValidUntil'] });
  }
  if (kind === 'rented') {
    const date = housing!.leaseEnd;
    if (date === undefined) return incomplete(['applicant.housing.leaseEnd']);
    const needed = addMonths(asOf, 6);
    return date >= needed ? pass : fail({ date, needed }, { message: 'lease', fields: ['applicant.housing.leaseEnd'] });
  }
  return pass;
}

type Companion = NonNullable<Applicant['companions']>[number];

/** The companion's birth date as entered, else the one in a valid ID number. */
function companionBirthDate(companion: Companion, asOf: IsoDate): IsoDate | undefined {
  if (companion.birthDate !== undefined) return companion.birthDate;
  if (companion.idNumber === undefined) return undefined;
  const id = checkIdNumber(companion.idNumber, asOf);
  return id.ok ? id.birthDate : undefined;
}

function evaluateCompanionAge({ c, asOf }: RuleContext): Outcome[] {
  const companions = c.applicant?.companions;
  if (companions === undefined) return [incomplete(['applicant.companions'])];
  return companions.map((companion, i): Outcome => {
    const subject = `applicant.companions[${i}]`;
    if (companion.relation === undefined) return incomplete([`${subject}.relation`], { subject });
    if (companion.relation !== 'child') return pass;
    const birthDate = companionBirthDate(companion, asOf);
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

function evaluateCompanionId({ c, asOf }: RuleContext): Outcome[] {
  return (c.applicant?.companions ?? []).map((companion, i): Outcome => {
    if (companion.relation !== 'child') return pass;
    const subject = `applicant.companions[${i}]`;
    const missing: string[] = [];
    if (companion.idNumber === undefined) missing.push(`${subject}.idNumber`);
    if (companion.birthDate === undefined) missing.push(`${subject}.birthDate`);
    if (companion.idNumber !== undefined) {
      const id = checkIdNumber(companion.idNumber, asOf);
      if (!id.ok) return fail({ n: i + 1, reason: ID_REASONS[id.reason] }, { subject, fields: [`${subject}.idNumber`] });
      if (companion.birthDate !== undefined && companion.birthDate !== id.birthDate) {
        return fail(
          { n: i + 1, birthDate: companion.birthDate, idDate: id.birthDate },
          { subject, message: 'birthDate', fields: [`${subject}.birthDate`, `${subject}.idNumber`] },
        );
      }
    }
    return missing.length > 0 ? incomplete(missing, { subject }) : pass;
  });
}

function evaluateCustody({ c }: RuleContext): Outcome | Outcome[] {
  const status = c.applicant?.maritalStatus;
  const companions = c.applicant?.companions;
  if (status !== undefined && status !== 'divorced') return pass;
  if (companions === undefined) {
    return incomplete(status === undefined ? ['applicant.maritalStatus', 'applicant.companions'] : ['applicant.companions']);
  }
  const children = companions.flatMap((companion, i) => (companion.relation === 'child' ? [{ companion, i }] : []));
  if (children.length === 0) return pass;
  if (status === undefined) return incomplete(['applicant.maritalStatus']);
  return children.map(({ companion, i }): Outcome => {
    const subject = `applicant.companions[${i}]`;
    const field = `${subject}.custodyWithApplicant`;
    if (companion.custodyWithApplicant === undefined) return incomplete([field], { subject });
    return companion.custodyWithApplicant ? pass : fail({ n: i + 1 }, { subject, fields: ['applicant.maritalStatus', field] });
  });
}

function evaluateCompanionSpouse({ c }: RuleContext): Outcome[] {
  return (c.applicant?.companions ?? []).map((companion, i): Outcome => {
    if (companion.relation !== 'spouse') return pass;
    const subject = `applicant.companions[${i}]`;
    return fail({ n: i + 1 }, { subject, fields: [`${subject}.relation`] });
  });
}

export const APPLICANT_RULES: RuleDef[] = [
  {
    id: 'applicant.id-number',
    severity: 'error',
    title: { zh: '身份证号', en: 'ID number' },
    types: IDENTITY_TYPES,
    fields: ['applicant.idNumber'],
    messages: {
      fail: {
        zh: '身份证号无效（{reason}），请对照居民身份证逐位核对。',
        en: 'The ID number is not valid ({reason}); copy it character by character from the identity card.',
      },
    },
    citation: ID_NUMBER_STANDARD,
    note: 'A lower-case x as the last character is read as X.',
    evaluate: ({ c, asOf }) => {
      const id = c.applicant?.idNumber;
      if (id === undefined) return incomplete(['applicant.idNumber']);
      const result = checkApplicantId(id, asOf);
      return result.ok ? pass : fail({ reason: ID_REASONS[result.reason] });
    },
  },
  {
    id: 'applicant.id-birthdate',
    severity: 'error',
    title: { zh: '出生日期与身份证号一致', en: 'Date of birth matches the ID number' },
    types: IDENTITY_TYPES,
    fields: ['applicant.birthDate', 'applicant.idNumber'],
    messages: {
      fail: {
        zh: '出生日期{birthDate}与身份证号中的出生日期{idDate}不一致，请核对出生日期或身份证号。',
        en: 'The date of birth {birthDate} differs from the one in the ID number, {idDate}; check one or the other.',
      },
    },
    citation: CONSISTENCY_CHECK,
    note: 'With an invalid ID number the dates cannot be compared and nothing is reported here: applicant.id-number already fails.',
    evaluate: (ctx) => {
      const applicant = ctx.c.applicant;
      const missing: string[] = [];
      if (applicant?.birthDate === undefined) missing.push('applicant.birthDate');
      if (applicant?.idNumber === undefined) missing.push('applicant.idNumber');
      if (missing.length > 0) return incomplete(missing);
      const id = validApplicantId(ctx);
      if (!id || id.birthDate === applicant!.birthDate) return pass;
      return fail({ birthDate: applicant!.birthDate!, idDate: id.birthDate });
    },
  },
  {
    id: 'applicant.id-gender',
    severity: 'error',
    title: { zh: '性别与身份证号一致', en: 'Gender matches the ID number' },
    types: IDENTITY_TYPES,
    fields: ['applicant.gender', 'applicant.idNumber'],
    messages: {
      fail: {
        zh: '所填性别与身份证号不一致：身份证号第17位为{digit}，奇数为男性、偶数为女性。请核对性别或身份证号。',
        en: 'The gender entered does not match the ID number: its 17th digit is {digit}, odd for men and even for women. Check one or the other.',
      },
    },
    citation: CONSISTENCY_CHECK,
    note: 'With an invalid ID number the gender cannot be compared and nothing is reported here: applicant.id-number already fails.',
    evaluate: (ctx) => {
      const applicant = ctx.c.applicant;
      const missing: string[] = [];
      if (applicant?.gender === undefined) missing.push('applicant.gender');
      if (applicant?.idNumber === undefined) missing.push('applicant.idNumber');
      if (missing.length > 0) return incomplete(missing);
      const id = validApplicantId(ctx);
      if (!id || id.gender === applicant!.gender) return pass;
      return fail({ digit: id.normalized[16]! });
    },
  },
  {
    id: 'applicant.age-limit',
    severity: 'error',
    title: { zh: '年龄上限', en: 'Age limit' },
    types: NEW_ONLY,
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
  },
  {
    id: 'applicant.work-experience',
    severity: 'error',
    title: { zh: '2年以上工作经历', en: 'Two years of work experience' },
    types: NEW_ONLY,
    fields: ['applicant.workHistory'],
    messages: {
      fail: {
        zh: '工作经历合计{days}天（重叠时段只计一次，至今在职的计至{asOf}），不足2年（730天）。',
        en: 'The work history adds up to {days} days (overlaps counted once, current jobs up to {asOf}), less than two years (730 days).',
      },
    },
    citation: cite('二(二)'),
    note: 'Two years is read as 730 days of the union of the entries, both ends counted. Entries starting after asOf are ignored and later ends are cut at asOf: experience not yet gained does not count. An entry ending before it starts adds nothing. An empty list is read as not filled in, since the history includes the current employer.',
    evaluate: evaluateWorkExperience,
  },
  {
    id: 'applicant.work-history-overlap',
    severity: 'warning',
    title: { zh: '工作经历时间重叠', en: 'Overlapping work history' },
    types: NEW_ONLY,
    fields: ['applicant.workHistory'],
    messages: {
      fail: {
        zh: '第{first}条工作经历（{firstEmployer}）与第{second}条（{secondEmployer}）不是同一单位，时间却重叠{days}天（超过31天），请核对起止日期。',
        en: 'Work history entries {first} ({firstEmployer}) and {second} ({secondEmployer}) are at different employers but overlap by {days} days (more than 31); check the dates.',
      },
    },
    citation: CONSISTENCY_CHECK,
    note: 'Up to 31 days of overlap is tolerated at a change of job; ongoing entries run to asOf. Employers are compared by name (NFKC, white space and bracket width ignored).',
    evaluate: evaluateWorkHistoryOverlap,
  },
  {
    id: 'applicant.continuous-employment',
    severity: 'error',
    title: { zh: '在申请单位连续聘用满一年', en: 'A year with the applying employer' },
    types: NEW_ONLY,
    fields: ['applicant.employment.startDate'],
    messages: {
      fail: {
        zh: '在申请单位的入职日期为{start}，到{asOf}连续聘用未满一年（满一年之日为{due}）。',
        en: 'Employment with the applying employer started on {start}; on {asOf} that is less than a year (a year is reached on {due}).',
      },
    },
    citation: cite('二(二)'),
    evaluate: ({ c, asOf }) => {
      const start = c.applicant?.employment?.startDate;
      if (start === undefined) return incomplete(['applicant.employment.startDate']);
      const due = addYears(start, 1);
      return due <= asOf ? pass : fail({ start, asOf, due });
    },
  },
  {
    id: 'applicant.same-employer',
    severity: 'error',
    title: { zh: '劳动合同、社保、个税为同一单位', en: 'Contract, social insurance and income tax with one employer' },
    types: EMPLOYMENT_TYPES,
    fields: [...EMPLOYER_NAME_FIELDS],
    messages: {
      fail: {
        zh: '单位不一致：{reference}为“{referenceName}”，{differ}为“{otherNames}”。劳动合同签订单位、社会保险缴纳单位、个人所得税缴纳单位须为同一单位，即申请单位（比较时已忽略空格和全角、半角括号的差别）。',
        en: 'Not the same employer: {reference} is "{referenceName}", {differ}: "{otherNames}". The labour contract, social insurance and income tax must all be with the applying employer (spaces and full-width brackets are ignored when comparing).',
      },
    },
    citation: cite('二(二)'),
    note: 'The names are compared with the applying employer\'s name (or, when it is absent, the first name given). A known difference fails even while other names are still absent.',
    evaluate: evaluateSameEmployer,
  },
  {
    id: 'applicant.contract-valid',
    severity: 'error',
    title: { zh: '劳动合同在有效期内', en: 'Labour contract in force' },
    types: EMPLOYMENT_TYPES,
    fields: ['applicant.employment.contractEndDate'],
    messages: {
      fail: {
        zh: '劳动合同已于{date}到期，须提供与申请单位签订的有效劳动（聘用）合同。',
        en: 'The labour contract ended on {date}; a contract in force with the applying employer is required.',
      },
      soon: {
        zh: '劳动合同将于{date}到期，距检查日期不足90天，审核期间可能到期；建议续签后再申请。',
        en: 'The labour contract ends on {date}, less than 90 days after the check date, and may end while the case is reviewed: renew it before applying.',
      },
    },
    citation: cite('七(二)5'),
    note: 'A contract ending on asOf is still in force that day. A contract without fixed term (null) passes.',
    evaluate: ({ c, asOf }) => {
      const employment = c.applicant?.employment;
      if (employment?.contractEndDate === undefined) return incomplete(['applicant.employment.contractEndDate']);
      const date = employment.contractEndDate;
      if (date === null || date >= addDays(asOf, CONTRACT_NOTICE_DAYS)) return pass;
      return date < asOf ? fail({ date }) : fail({ date }, { severity: 'warning', message: 'soon' });
    },
  },
  {
    id: 'applicant.income-months',
    severity: 'error',
    title: { zh: '近6个月应税收入', en: 'Income of the last six months' },
    types: NEW_ONLY,
    fields: ['applicant.monthlyIncome'],
    messages: {
      fail: {
        zh: '近6个月（{first}至{last}）缺少{missing}的应税收入；须提供连续6个月的个人所得税纳税记录。',
        en: 'The six months {first} to {last} lack taxable income for {missing}; six consecutive months of income-tax records are required.',
      },
      stale: {
        zh: '最近一个月的应税收入为{newest}，距检查日期（{asOf}）过远：近6个月的收入须至少填到{needed}。',
        en: 'The newest month of income is {newest}, too far back: on {asOf} the six months must run to {needed} at least.',
      },
      ignored: {
        zh: '{months}是检查日期所在月份或之后的月份，收入尚未完整申报，不计入近6个月。',
        en: '{months}: the month of the check date or later, whose income is not fully declared yet; not counted in the six months.',
      },
    },
    citation: cite('二(二)、七(二)6'),
    note: 'Months from asOf\'s month on are ignored (a warning with subject "ignored" says so). The newest remaining month may be up to two months before asOf\'s month, allowing for the month in which income tax is declared.',
    evaluate: evaluateIncomeMonths,
  },
  {
    id: 'applicant.income-threshold',
    severity: 'error',
    title: { zh: '月应税收入达到1.5倍', en: 'Monthly income of 1.5 × the average wage' },
    types: NEW_ONLY,
    fields: ['applicant.monthlyIncome'],
    messages: {
      fail: {
        zh: '近6个月须每月应税收入达到{threshold}元，即{dataYear}年度本市全口径城镇单位就业人员月平均工资{monthly}元的1.5倍（含本数）。低于此标准的月份（元）：{months}。',
        en: 'Each of the six months needs taxable income of {threshold} yuan at least, 1.5 × {monthly} yuan (Beijing average monthly wage of {dataYear}). Months below it (yuan): {months}.',
      },
    },
    citation: cite('二(二)'),
    note: 'Only the months of the six-month window that have an amount are compared; missing months are applicant.income-months\' finding.',
    evaluate: evaluateIncomeThreshold,
  },
  {
    id: 'applicant.housing',
    severity: 'error',
    title: { zh: '在京合法稳定住所', en: 'Lawful stable residence in Beijing' },
    types: NEW_OR_INFO_CHANGE,
    appliesTo: newOrInfoChangeOf('residence'),
    fields: ['applicant.housing'],
    messages: {
      fail: {
        zh: '《北京市居住证》有效期至{date}，剩余有效期不足3个月（须至少到{needed}）。',
        en: 'The Beijing residence permit is valid until {date}, less than three months ahead (it must run to {needed} at least).',
      },
      lease: {
        zh: '房屋租赁合同至{date}，剩余租期不足6个月（须至少到{needed}）；请续签或提供新的租赁合同。',
        en: 'The lease runs until {date}, less than six months ahead (it must run to {needed} at least); renew it or provide a new lease.',
      },
    },
    citation: cite('二(二)、七(二)4'),
    note: '3个月以上有效期 and 6个月以上租赁期限 include the number: validUntil >= addMonths(asOf, 3), leaseEnd >= addMonths(asOf, 6). Other kinds of residence are checked by their materials.',
    evaluate: evaluateHousing,
  },
  {
    id: 'applicant.companion-age',
    severity: 'error',
    title: { zh: '随往子女18周岁以下', en: 'Accompanying child aged 18 or under' },
    types: NEW_OR_INFO_CHANGE,
    appliesTo: newOrInfoChangeOf('companions'),
    fields: ['applicant.companions'],
    messages: {
      fail: {
        zh: '随往人员第{n}位（子女）到{asOf}已满{age}周岁，超过18周岁，不能作为随往子女办理。',
        en: 'Accompanying child no. {n} is {age} on {asOf}, over 18, and cannot be included.',
      },
      atLimit: {
        zh: '随往人员第{n}位（子女）到{asOf}为18周岁。“18周岁以下”含18周岁，仍可随往；但受理部门可能理解为“未满18周岁”，请先向受理部门确认。该子女{due}满19周岁。',
        en: 'Accompanying child no. {n} is 18 on {asOf}. "18 and under" (18周岁以下) includes 18, so the child qualifies, but the office may read it as "under 18": confirm with the office. The child turns 19 on {due}.',
      },
    },
    citation: cite('七(二)7'),
    note: '以下 includes the number (民法典 第1259条): 18 passes with a warning, 19 fails. The birth date falls back to a valid ID number when not entered. Absent companions ask for the list here only, not in every companion rule.',
    evaluate: evaluateCompanionAge,
  },
  {
    id: 'applicant.companion-id',
    severity: 'error',
    title: { zh: '随往子女身份证号', en: 'ID number of an accompanying child' },
    types: NEW_OR_INFO_CHANGE,
    appliesTo: newOrInfoChangeOf('companions'),
    fields: ['applicant.companions'],
    messages: {
      fail: {
        zh: '随往人员第{n}位的身份证号无效（{reason}），请对照户口簿逐位核对。',
        en: 'The ID number of accompanying family member no. {n} is not valid ({reason}); copy it from the household register.',
      },
      birthDate: {
        zh: '随往人员第{n}位的出生日期{birthDate}与其身份证号中的出生日期{idDate}不一致，请核对。',
        en: 'The date of birth of accompanying family member no. {n}, {birthDate}, differs from the one in the ID number, {idDate}; check one or the other.',
      },
    },
    citation: ID_NUMBER_STANDARD,
    note: 'Child companions only: the guide sets no rule for a spouse (applicant.companion-spouse). A companion whose relation is not entered is asked for by applicant.companion-age.',
    evaluate: evaluateCompanionId,
  },
  {
    id: 'applicant.custody',
    severity: 'error',
    title: { zh: '离异申请人的子女抚养权', en: 'Custody of the child of a divorced applicant' },
    types: NEW_OR_INFO_CHANGE,
    appliesTo: newOrInfoChangeOf('companions'),
    fields: ['applicant.maritalStatus', 'applicant.companions'],
    messages: {
      fail: {
        zh: '申请人离异，随往人员第{n}位（子女）的抚养权不归申请人。指南只为“申请人为离异，子女抚养权归申请人一方的”列出材料（离婚证、离婚协议书或法院判决书等），据此子女须由申请人抚养才能随往（按本工具对指南的理解）。',
        en: 'The applicant is divorced and custody of accompanying child no. {n} is not with the applicant. The guide lists documents only for a divorced applicant who has custody (divorce certificate, agreement or judgment), so the child can accompany only in that case (our reading of the guide).',
      },
    },
    citation: cite('七(二)7(4)'),
    note: 'Reading: 七(二)7(4) names the documents for a divorced applicant with custody and nothing for one without; a child is taken to accompany a divorced applicant only with custodyWithApplicant true. A companion whose relation is not entered is asked for by applicant.companion-age.',
    evaluate: evaluateCustody,
  },
  {
    id: 'applicant.companion-spouse',
    severity: 'info',
    title: { zh: '配偶随往', en: 'Accompanying spouse' },
    types: NEW_OR_INFO_CHANGE,
    appliesTo: newOrInfoChangeOf('companions'),
    fields: ['applicant.companions'],
    messages: {
      fail: {
        zh: '随往人员第{n}位为配偶。办理指南只列明随往子女（18周岁以下）及其材料，未规定配偶随往的条件和材料，本工具不对配偶作检查；配偶能否随往请向受理部门确认。',
        en: 'Accompanying family member no. {n} is a spouse. The guide names accompanying children (18 and under) and their documents only, with no condition or document for a spouse, so nothing is checked for the spouse; ask the office whether a spouse can be included.',
      },
    },
    citation: cite('七(二)7'),
    evaluate: evaluateCompanionSpouse,
  },
];
