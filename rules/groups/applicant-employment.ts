// Applicant employment (guide 二(二), 七(二)5): the work history, and the employment at the
// applying employer with its labour contract.
import { addDays, addYears, fromDayNumber, latest, toDayNumber, type IsoDate } from '../dates';
import { cite, CONSISTENCY_CHECK, DOC } from '../citations';
import { sameName } from '../names';
import type { ApplicationType } from '../schema';
import { fail, incomplete, pass, type Outcome, type RuleContext, type RuleDef, type Text, type WindowEnd } from '../types';

/** Types with a labour contract at the applying employer. */
const EMPLOYMENT_TYPES: readonly ApplicationType[] = ['new', 'renewal', 'employer-change'];
const WORK_EXPERIENCE_DAYS = 730;
const TOLERATED_OVERLAP_DAYS = 31;
const CONTRACT_NOTICE_DAYS = 90;

/** Both ends inclusive, as day numbers. */
interface Span {
  start: number;
  end: number;
}

/** A work-history entry as day numbers, both ends inclusive; `end` is Infinity while ongoing (`to: null`). */
type Entry = Span;

interface WorkHistory {
  /** By index; null where from or to is not filled in. */
  entries: (Entry | null)[];
  /** Paths of from / to not filled in, in entry order. */
  unknown: string[];
}

/** The work history read once per check (work experience, overlaps and the planner share it). */
function workHistoryOf(ctx: RuleContext): WorkHistory {
  return ctx.memo('work-history', () => {
    const entries: (Entry | null)[] = [];
    const unknown: string[] = [];
    const history = ctx.c.applicant?.workHistory ?? [];
    for (let i = 0; i < history.length; i++) {
      const { from, to } = history[i]!;
      if (from === undefined) unknown.push(`applicant.workHistory[${i}].from`);
      if (to === undefined) unknown.push(`applicant.workHistory[${i}].to`);
      entries.push(from === undefined || to === undefined ? null : { start: toDayNumber(from), end: to === null ? Infinity : toDayNumber(to) });
    }
    return { entries, unknown };
  });
}

/** The entry up to a day (ongoing entries and later ends stop there); null when it starts later or ends before it starts. */
function spanUntil(entry: Entry | null, day: number): Span | null {
  if (!entry || entry.start > day) return null;
  const end = entry.end > day ? day : entry.end;
  return end < entry.start ? null : { start: entry.start, end };
}

/** The spans sorted by start, overlapping or adjoining ones merged. */
function mergedSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end + 1) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Days covered by the union of spans, each day once. */
function unionDays(spans: Span[]): number {
  let days = 0;
  for (const { start, end } of mergedSpans(spans)) days += end - start + 1;
  return days;
}

function evaluateWorkExperience(ctx: RuleContext): Outcome {
  const history = ctx.c.applicant?.workHistory;
  if (history === undefined || history.length === 0) return incomplete(['applicant.workHistory']);
  const { entries, unknown } = workHistoryOf(ctx);
  const asOfDay = toDayNumber(ctx.asOf);
  const spans: Span[] = [];
  for (const entry of entries) {
    const span = spanUntil(entry, asOfDay);
    if (span) spans.push(span);
  }
  const days = unionDays(spans);
  if (days >= WORK_EXPERIENCE_DAYS) return pass;
  // More entries can only add days: with some unknown, a short total is not yet a failure.
  if (unknown.length > 0) return incomplete(unknown);
  return fail({ days, asOf: ctx.asOf });
}

/**
 * The first day D on which the union of the entries up to D (ongoing ones running to D) reaches
 * 730 days: the union grows by one day for each covered day, so D is the 730th covered day,
 * counted over the merged entries in order. Null when the entries as given never cover 730.
 */
function workExperienceReachedOn(ctx: RuleContext): IsoDate | null {
  return ctx.memo('work-experience-reached', () => {
    const spans: Span[] = [];
    for (const entry of workHistoryOf(ctx).entries) if (entry && entry.end >= entry.start) spans.push({ ...entry });
    let counted = 0;
    for (const { start, end } of mergedSpans(spans)) {
      const left = WORK_EXPERIENCE_DAYS - counted;
      if (end - start + 1 >= left) return fromDayNumber(start + left - 1);
      counted += end - start + 1;
    }
    return null;
  });
}

function workExperiencePassesOn(ctx: RuleContext, from: IsoDate): IsoDate | null {
  const { entries, unknown } = workHistoryOf(ctx);
  if (entries.length === 0 || unknown.length > 0) return from;
  const reached = workExperienceReachedOn(ctx);
  return reached === null ? null : latest(from, reached);
}

const WORK_EXPERIENCE_RULE: RuleDef = {
  id: 'applicant.work-experience',
  severity: 'error',
  title: { zh: '2年以上工作经历', en: 'Two years of work experience' },
  types: ['new'],
  fields: ['applicant.workHistory'],
  messages: {
    fail: {
      zh: '工作经历合计{days}天（重叠时段只计一次，至今在职的计至{asOf}），不足2年（730天）。请补全此前的工作经历及起止日期；确不足2年的暂不符合条件。',
      en: 'The work history adds up to {days} days (overlaps counted once, current jobs up to {asOf}), less than two years (730 days). Add any earlier jobs with their dates; with less than two years the applicant does not qualify yet.',
    },
    passesOn: {
      zh: '按现有经历继续在职，{passesOn}满730天。',
      en: 'Staying in the current job, it reaches 730 days on {passesOn}.',
    },
  },
  citation: cite('二(二)'),
  note: 'Two years is read as 730 days of the union of the entries, both ends counted. Entries starting after asOf are ignored and later ends are cut at asOf: experience not yet gained does not count. An entry ending before it starts adds nothing. An empty list is read as not filled in, since the history includes the current employer. passesOn: the day the union up to that day reaches 730, ongoing entries running to it; an entry with an end after asOf counts up to its end, so without an ongoing entry there is a date only when such entries reach 730.',
  evaluate: evaluateWorkExperience,
  passesOn: workExperiencePassesOn,
};

function evaluateWorkHistoryOverlap(ctx: RuleContext): Outcome[] {
  const history = ctx.c.applicant?.workHistory;
  if (history === undefined) return [incomplete(['applicant.workHistory'])];
  if (history.length < 2) return [];
  const { entries } = workHistoryOf(ctx);
  const asOfDay = toDayNumber(ctx.asOf);
  const spans: (Span | null)[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < history.length; i++) {
    const { employer, from, to } = history[i]!;
    if (employer === undefined) unknown.push(`applicant.workHistory[${i}].employer`);
    if (from === undefined) unknown.push(`applicant.workHistory[${i}].from`);
    if (to === undefined) unknown.push(`applicant.workHistory[${i}].to`);
    spans.push(employer === undefined ? null : spanUntil(entries[i]!, asOfDay));
  }
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

/** 满一年 on addYears(startDate, 1), the day the message names. */
function continuousEmploymentPassesOn({ c }: RuleContext, from: IsoDate): IsoDate {
  const start = c.applicant?.employment?.startDate;
  return start === undefined ? from : latest(from, addYears(start, 1));
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
  passesOn: continuousEmploymentPassesOn,
};

const EMPLOYER_NAME_FIELDS = [
  'employer.name',
  'applicant.employment.contractEmployer',
  'applicant.employment.socialInsuranceEmployer',
  'applicant.employment.incomeTaxEmployer',
] as const;

type EmployerNameField = (typeof EMPLOYER_NAME_FIELDS)[number];

/** Each name field as the reference the others are compared with. */
const EMPLOYER_NAME_LABELS: Record<EmployerNameField, Text> = {
  'employer.name': { zh: '申请单位', en: 'the applying employer' },
  'applicant.employment.contractEmployer': { zh: '劳动合同签订单位', en: 'the employer on the labour contract' },
  'applicant.employment.socialInsuranceEmployer': { zh: '社会保险缴纳单位', en: 'the employer paying social insurance' },
  'applicant.employment.incomeTaxEmployer': { zh: '个人所得税缴纳单位', en: 'the employer withholding income tax' },
};

/** One clause per differing field, naming its own name. */
function differingClause(field: EmployerNameField, name: string): Text {
  switch (field) {
    case 'applicant.employment.contractEmployer':
      return { zh: `劳动合同签订单位为“${name}”`, en: `the labour contract is with "${name}"` };
    case 'applicant.employment.socialInsuranceEmployer':
      return { zh: `社会保险缴纳单位为“${name}”`, en: `social insurance is paid by "${name}"` };
    case 'applicant.employment.incomeTaxEmployer':
      return { zh: `个人所得税缴纳单位为“${name}”`, en: `income tax is withheld by "${name}"` };
    default:
      return { zh: `申请单位为“${name}”`, en: `the applying employer is "${name}"` };
  }
}

function evaluateSameEmployer({ c }: RuleContext): Outcome {
  const employment = c.applicant?.employment;
  const names = [c.employer?.name, employment?.contractEmployer, employment?.socialInsuranceEmployer, employment?.incomeTaxEmployer];
  const referenceIndex = names.findIndex((name) => name !== undefined);
  const absent = EMPLOYER_NAME_FIELDS.filter((_, i) => names[i] === undefined);
  if (referenceIndex < 0) return incomplete([...absent]);
  const referenceName = names[referenceIndex]!;
  const differing: number[] = [];
  for (let i = referenceIndex + 1; i < names.length; i++) {
    const name = names[i];
    if (name !== undefined && !sameName(name, referenceName)) differing.push(i);
  }
  if (differing.length > 0) {
    const referenceField = EMPLOYER_NAME_FIELDS[referenceIndex]!;
    const clauses = differing.map((i) => differingClause(EMPLOYER_NAME_FIELDS[i]!, names[i]!));
    return fail(
      {
        reference: EMPLOYER_NAME_LABELS[referenceField],
        referenceName,
        differing: { zh: clauses.map((t) => t.zh).join('；'), en: clauses.map((t) => t.en).join('; ') },
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
      zh: '以下单位与{reference}“{referenceName}”不一致：{differing}。劳动合同签订、社保缴纳、个税缴纳须为同一单位（申请单位），请核对或更正。',
      en: 'Not the same employer as {reference}, "{referenceName}": {differing}. The labour contract, social insurance and income tax must all be with the applying employer; check or correct them.',
    },
  },
  citation: cite('二(二)'),
  citationByType: {
    renewal: cite('七(三)3', DOC.renewal2006, DOC.shijingshan2020),
    'employer-change': cite('七(四)2'),
  },
  note: 'The names are compared with the applying employer\'s name (or, when it is absent, the first name given), spaces and the width of brackets ignored. A known difference fails even while other names are still absent. 二(二) states the condition for a new permit; on a renewal and an employer change the tool applies it to the contract their materials ask for (七(三)3, 七(四)2) and cites those.',
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

/** In force up to its end date; the 90-day notice is a warning and does not close the window. */
function contractValidUntil({ c }: RuleContext): WindowEnd | null {
  const end = c.applicant?.employment?.contractEndDate;
  return end ? { until: end, field: 'applicant.employment.contractEndDate' } : null;
}

const CONTRACT_VALID_RULE: RuleDef = {
  id: 'applicant.contract-valid',
  severity: 'error',
  title: { zh: '劳动合同在有效期内', en: 'Labour contract in force' },
  types: EMPLOYMENT_TYPES,
  fields: ['applicant.employment.contractEndDate'],
  messages: {
    fail: {
      zh: '劳动合同已于{date}到期，须提供与申请单位签订的有效劳动（或聘用）合同。',
      en: 'The labour contract ended on {date}; a contract in force with the applying employer is required.',
    },
    soon: {
      zh: '劳动合同将于{date}到期，距检查日期不足90天（本工具提醒，指南未规定期限），审核期间可能到期：建议先续订劳动合同，再上传续订后的合同。',
      en: 'The labour contract ends on {date}, less than 90 days after the check date (a reminder of this tool; the guide sets no such period), and may end while the case is reviewed: extend the contract first, then upload the extension.',
    },
  },
  citation: cite('七(二)5'),
  citationByType: {
    renewal: cite('七(三)3', DOC.renewal2006, DOC.shijingshan2020),
    'employer-change': cite('七(四)2'),
  },
  note: 'A contract ending on asOf is still in force that day. A contract without fixed term (null) passes.',
  evaluate: evaluateContractValid,
  validUntil: contractValidUntil,
};

export const APPLICANT_EMPLOYMENT_RULES: RuleDef[] = [
  WORK_EXPERIENCE_RULE,
  WORK_HISTORY_OVERLAP_RULE,
  CONTINUOUS_EMPLOYMENT_RULE,
  SAME_EMPLOYER_RULE,
  CONTRACT_VALID_RULE,
];
