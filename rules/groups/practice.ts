// Reported practice: refusals that agencies and applicants report but the guide does not state.
// Each is a warning whose message says it is not in the guide (rules.md, Reported practice).
import { PRACTICE } from '../citations';
import { INCOME_WINDOW_MONTHS, incomeWindow } from '../checks/income';
import { monthRanges } from '../format';
import { addDays, addMonths } from '../dates';
import { fail, incomplete, pass, type Citation, type Outcome, type RuleContext, type RuleDef, type Text } from '../types';
import { INCOME_THRESHOLD_TITLE } from './applicant-income';

/** 挂起 lasts 60 days after the holder leaves; agencies count about 20 working days for review. */
const SUSPENSION_DAYS = 60;
const REPORTED_REVIEW_WORKING_DAYS = 20;
/** Contract time a renewal should still have left. */
const RENEWAL_CONTRACT_MONTHS = 6;

/** What a user reads as the basis: where the practice is reported, and that the guide does not say it. */
function practiceSource(source: Text): Citation {
  return {
    document: { zh: `${PRACTICE.zh}：${source.zh}`, en: `${PRACTICE.en[0]!.toUpperCase()}${PRACTICE.en.slice(1)}: ${source.en}` },
    section: '',
  };
}

function evaluateSuspensionWindow({ c, asOf, addWorkingDays }: RuleContext): Outcome {
  const separationDate = c.employerChange?.separationDate;
  if (separationDate === undefined) return incomplete(['employerChange.separationDate']);
  const windowEnd = addDays(separationDate, SUSPENSION_DAYS);
  const reviewEnd = addWorkingDays(asOf, REPORTED_REVIEW_WORKING_DAYS);
  if (windowEnd > reviewEnd) return pass;
  // Once the 60 days are over, filing can no longer beat them: the permit may have lapsed already.
  if (windowEnd < asOf) return fail({ separationDate, windowEnd, practice: PRACTICE }, { message: 'passed' });
  return fail({ separationDate, windowEnd, reviewEnd, asOf, practice: PRACTICE });
}

const SUSPENSION_WINDOW_RULE: RuleDef = {
  id: 'practice.suspension-window',
  severity: 'warning',
  title: { zh: '挂起60日期限', en: 'The 60-day suspension window' },
  types: ['employer-change'],
  fields: ['employerChange.separationDate', 'asOf'],
  messages: {
    fail: {
      zh: '离职日期为{separationDate}，挂起满60日为{windowEnd}；若于{asOf}提交，按约20个工作日审核将到{reviewEnd}，证件可能在核准前失效。请尽快完成与新单位的关联并提交。（{practice}）',
      en: 'The holder left on {separationDate}, so 60 days of suspension end on {windowEnd}; filed on {asOf}, a review of about 20 working days runs to {reviewEnd}, and the permit may lapse before it is approved. Link the permit to the new employer and file as soon as possible. ({practice})',
    },
    passed: {
      zh: '离职日期为{separationDate}，挂起60日已于{windowEnd}届满，证件可能已失效。请先在系统中查看证件状态或向受理部门确认。（{practice}）',
      en: 'The holder left on {separationDate}, so 60 days of suspension ended on {windowEnd} and the permit may have lapsed. Check the permit\'s status on the portal or ask the office first. ({practice})',
    },
  },
  citation: practiceSource({
    zh: '代理机构公开经验（挂起后60日内未关联新单位并核准的证件失效）',
    en: 'agencies\' published experience (a suspended permit lapses unless a new employer\'s change is approved within 60 days)',
  }),
  note: 'Source: research/domain.md §1.5. Agencies report that a suspended (挂起) permit lapses 60 days after the holder leaves unless a new employer\'s change is approved, and that review takes about 20 working days (low-confidence sources). The guide itself only sets the 15-working-day margin before validUntil. Once the 60 days are over (before asOf) the message says the permit may have lapsed and asks to check its status, not to file.',
  evaluate: evaluateSuspensionWindow,
};

function evaluateRenewalContractRemaining({ c, asOf }: RuleContext): Outcome {
  const contractEnd = c.applicant?.employment?.contractEndDate;
  if (contractEnd === undefined) return incomplete(['applicant.employment.contractEndDate']);
  if (contractEnd === null) return pass;
  const needed = addMonths(asOf, RENEWAL_CONTRACT_MONTHS);
  return contractEnd < needed ? fail({ contractEnd, needed, practice: PRACTICE }) : pass;
}

const RENEWAL_CONTRACT_REMAINING_RULE: RuleDef = {
  id: 'practice.renewal-contract-remaining',
  severity: 'warning',
  title: { zh: '续签时劳动合同剩余期限', en: 'Contract time left at renewal' },
  types: ['renewal'],
  fields: ['applicant.employment.contractEndDate'],
  messages: {
    fail: {
      zh: '劳动合同于{contractEnd}到期，剩余不足6个月（应至少到{needed}）：续签时劳动合同剩余期限不足6个月的常被退回，建议先续订劳动合同并上传续订后的合同。（{practice}）',
      en: 'The labour contract ends on {contractEnd}, less than 6 months from now (it should run to {needed} at least): renewals with under 6 months of contract left are often sent back; extend the contract first and upload the extension. ({practice})',
    },
  },
  citation: practiceSource({
    zh: '区人才服务机构续签材料说明',
    en: 'a district talent-service office\'s notes on renewal documents',
  }),
  note: 'Source: research/domain.md §5.7. A district talent-service page reports that renewals are returned when the labour contract has under 6 months left on the processing date; the guide only asks for the contract.',
  evaluate: evaluateRenewalContractRemaining,
};

/** The months of the type's own window (shared with the income rules) declared at zero. */
function evaluateZeroIncomeMonth(ctx: RuleContext): Outcome {
  const length = ctx.type === 'renewal' ? INCOME_WINDOW_MONTHS.renewal : INCOME_WINDOW_MONTHS.new;
  const window = incomeWindow(ctx, length);
  if (window.newest === null) return incomplete(['applicant.monthlyIncome']);
  const zeroMonths = window.amounts.filter(([, amount]) => amount === 0).map(([month]) => month);
  if (!zeroMonths.length) return pass;
  const params = { months: monthRanges(zeroMonths), length, practice: PRACTICE };
  // On a new permit each month must reach 1.5 × the wage, so a zero month already fails that rule: point there, not to an explanation.
  return ctx.type === 'new' ? fail({ ...params, thresholdRule: INCOME_THRESHOLD_TITLE }, { message: 'belowThreshold' }) : fail(params);
}

const ZERO_INCOME_MONTH_RULE: RuleDef = {
  id: 'practice.zero-income-month',
  severity: 'warning',
  title: { zh: '零申报月份', en: 'Months declared at zero' },
  types: ['new', 'renewal'],
  fields: ['applicant.monthlyIncome'],
  messages: {
    fail: {
      zh: '近{length}个月中以下月份应税收入为0（个税零申报）：{months}。零申报月份常被视为收入中断而退回，请核实收入记录，确有中断的请准备说明。（{practice}）',
      en: 'In the last {length} months, taxable income is 0 (a zero tax declaration) in: {months}. Zero declarations are often read as a break in income and sent back; check the records and prepare an explanation for a real break. ({practice})',
    },
    belowThreshold: {
      zh: '近{length}个月中以下月份应税收入为0（个税零申报）：{months}，已低于1.5倍标准，见“{thresholdRule}”。零申报月份还常被视为收入中断而退回（{practice}）。',
      en: 'In the last {length} months, taxable income is 0 (a zero tax declaration) in: {months}, already below 1.5 × the average wage; see "{thresholdRule}". Zero declarations are also often read as a break in income and sent back ({practice}).',
    },
  },
  citation: practiceSource({
    zh: '代理机构公开经验（个税零申报被退回）',
    en: 'agencies\' published experience (zero income-tax declarations sent back)',
  }),
  note: 'Source: research/domain.md §5.2. Agencies report refusals for months declared at zero (个税零申报). The window checked is the one the type is judged on: 6 months for a new permit, 36 for a renewal. On a new permit a zero month already fails applicant.income-threshold, so the message points there instead of asking for an explanation.',
  evaluate: evaluateZeroIncomeMonth,
};

export const PRACTICE_RULES: RuleDef[] = [
  SUSPENSION_WINDOW_RULE,
  RENEWAL_CONTRACT_REMAINING_RULE,
  ZERO_INCOME_MONTH_RULE,
];
