// Applicant employment (guide 二(二), 七(二)5): the work history, and the employment at the
// applying employer with its labour contract.
import { addDays, addYears, toDayNumber, type IsoDate } from '../dates';
import { unfilled } from '../checks/required';
import { cite, CONSISTENCY_CHECK } from '../citations';
import { sameName } from '../names';
import type { ApplicationType } from '../schema';
import { fail, incomplete, pass, type Outcome, type RuleContext, type RuleDef, type Text } from '../types';

/** Types with a labour contract at the applying employer. */
const EMPLOYMENT_TYPES: readonly ApplicationType[] = ['new', 'renewal', 'employer-change'];
const WORK_EXPERIENCE_DAYS = 730;
const TOLERATED_OVERLAP_DAYS = 31;
const CONTRACT_NOTICE_DAYS = 90;

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

function evaluateWorkExperience({ c, asOf }: RuleContext): Outcome {
  const history = c.applicant?.workHistory;
  if (history === undefined || history.length === 0) return incomplete(['applicant.workHistory']);
  const spans: Span[] = [];
  const unknown: string[] = [];
  history.forEach((entry, i) => {
    const path = `applicant.workHistory[${i}]`;
    unknown.push(...unfilled({ [`${path}.from`]: entry.from, [`${path}.to`]: entry.to }));
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

const WORK_EXPERIENCE_RULE: RuleDef = {
  id: 'applicant.work-experience',
  severity: 'error',
  title: { zh: '2年以上工作经历', en: 'Two years of work experience' },
  types: ['new'],
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
};

function evaluateWorkHistoryOverlap({ c, asOf }: RuleContext): Outcome[] {
  const history = c.applicant?.workHistory;
  if (history === undefined) return [incomplete(['applicant.workHistory'])];
  if (history.length < 2) return [];
  const spans: (Span | null)[] = [];
  const unknown: string[] = [];
  history.forEach((entry, i) => {
    const path = `applicant.workHistory[${i}]`;
    unknown.push(...unfilled({ [`${path}.employer`]: entry.employer, [`${path}.from`]: entry.from, [`${path}.to`]: entry.to }));
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

const WORK_HISTORY_OVERLAP_RULE: RuleDef = {
  id: 'applicant.work-history-overlap',
  severity: 'warning',
  title: { zh: '工作经历时间重叠', en: 'Overlapping work history' },
  types: ['new'],
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
};

function evaluateContinuousEmployment({ c, asOf }: RuleContext): Outcome {
  const start = c.applicant?.employment?.startDate;
  if (start === undefined) return incomplete(['applicant.employment.startDate']);
  const due = addYears(start, 1);
  return due <= asOf ? pass : fail({ start, asOf, due });
}

const CONTINUOUS_EMPLOYMENT_RULE: RuleDef = {
  id: 'applicant.continuous-employment',
  severity: 'error',
  title: { zh: '在申请单位连续聘用满一年', en: 'A year with the applying employer' },
  types: ['new'],
  fields: ['applicant.employment.startDate'],
  messages: {
    fail: {
      zh: '在申请单位的入职日期为{start}，到{asOf}连续聘用未满一年（满一年之日为{due}）。',
      en: 'Employment with the applying employer started on {start}; on {asOf} that is less than a year (a year is reached on {due}).',
    },
  },
  citation: cite('二(二)'),
  evaluate: evaluateContinuousEmployment,
};

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

const SAME_EMPLOYER_RULE: RuleDef = {
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
};

/** A contract ending on asOf is still in force that day; one without fixed term (null) always is. */
function evaluateContractValid({ c, asOf }: RuleContext): Outcome {
  const employment = c.applicant?.employment;
  if (employment?.contractEndDate === undefined) return incomplete(['applicant.employment.contractEndDate']);
  const date = employment.contractEndDate;
  if (date === null || date >= addDays(asOf, CONTRACT_NOTICE_DAYS)) return pass;
  return date < asOf ? fail({ date }) : fail({ date }, { severity: 'warning', message: 'soon' });
}

const CONTRACT_VALID_RULE: RuleDef = {
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
  evaluate: evaluateContractValid,
};

export const APPLICANT_EMPLOYMENT_RULES: RuleDef[] = [
  WORK_EXPERIENCE_RULE,
  WORK_HISTORY_OVERLAP_RULE,
  CONTINUOUS_EMPLOYMENT_RULE,
  SAME_EMPLOYER_RULE,
  CONTRACT_VALID_RULE,
];
