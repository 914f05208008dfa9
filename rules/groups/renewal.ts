// Renewal rules (guide 七(三)).
import { cite, DOC, READING } from '../citations';
import { monthFromIndex, monthIndex } from '../dates';
import { evaluateFilingDeadline } from '../checks/deadline';
import { INCOME_WINDOW_MONTHS, incomeWindow } from '../checks/income';
import { monthRanges } from '../format';
import { requireAll } from '../checks/required';
import { sameName } from '../names';
import { fail, incomplete, pass, type Outcome, type RuleContext, type RuleDef } from '../types';

function evaluateExpired({ c, asOf }: RuleContext): Outcome {
  const status = c.permit?.status;
  const validUntil = c.permit?.validUntil;
  if (status === 'expired') return fail(undefined, { message: 'status', fields: ['permit.status'] });
  if (validUntil !== undefined && asOf > validUntil) {
    return fail({ validUntil, asOf }, { fields: ['permit.validUntil'] });
  }
  return requireAll({ 'permit.validUntil': validUntil, 'permit.status': status }) ?? pass;
}

const EXPIRED_RULE: RuleDef = {
  id: 'renewal.expired',
  severity: 'error',
  title: { zh: '证件未过期', en: 'Permit not lapsed' },
  types: ['renewal'],
  fields: ['permit.status', 'permit.validUntil'],
  messages: {
    fail: {
      zh: '工作居住证有效期至{validUntil}，到{asOf}已过期，不能续签：续签须在有效期内提报并核准，否则证件即时失效。请按新办重新申请。',
      en: 'The permit was valid until {validUntil} and has lapsed by {asOf}, so it cannot be renewed: a renewal must be filed and approved while the permit is valid, or the permit lapses at once. Apply for a new permit instead.',
    },
    status: {
      zh: '证件状态为“已失效”，不能续签：证件续签办理有效期前不能核准通过或未进行提报的，证件即时失效。请按新办重新申请。',
      en: 'The permit is marked as lapsed (失效) and cannot be renewed: a permit not renewed before it ends lapses at once. Apply for a new permit instead.',
    },
  },
  citation: cite('七(三)', DOC.renewal2006, DOC.shijingshan2020),
  evaluate: evaluateExpired,
};

const DEADLINE_RULE: RuleDef = {
  id: 'renewal.deadline',
  severity: 'error',
  title: { zh: '续签提交期限', en: 'Renewal filing deadline' },
  types: ['renewal'],
  fields: ['permit.validUntil', 'asOf'],
  messages: {
    fail: {
      zh: '续签应在证件有效期满前至少15个工作日提交，为主管部门预留审核时间{reading}：证件有效期至{validUntil}，最晚安全提交日为{lastSafe}，到{asOf}已晚于该日。有效期前不能核准通过的，证件即时失效；请立即提交并联系主管部门。',
      en: 'A renewal must be filed at least 15 working days before the permit ends, leaving the district time to review {reading}: the permit is valid until {validUntil}, so the last safe day to file was {lastSafe}, and {asOf} is later. A permit not approved before it ends lapses at once; file now and contact the district office.',
    },
    band: {
      zh: '距最晚安全提交日{lastSafe}已不足5个工作日：证件有效期至{validUntil}，续签须为主管部门预留15个工作日审核时间{reading}，请尽快提交。',
      en: 'Fewer than 5 working days are left before {lastSafe}, the last safe day to file: the permit is valid until {validUntil}, and the district needs 15 working days to review {reading}. File soon.',
    },
  },
  citation: cite('七(三)', DOC.renewal2006, DOC.shijingshan2020),
  note: '应在证件有效期满前15个工作日内申请, together with 应预留主管部门审核时间, is read as a latest date: the last safe day is the latest working day S with addWorkingDays(S, 15) <= permit.validUntil, with no earliest date. Warning band: not late, and the fifth working day after asOf falls after the last safe day.',
  evaluate: evaluateFilingDeadline,
};

function evaluateSameEmployer({ c }: RuleContext): Outcome {
  const permitEmployer = c.permit?.employer;
  const employer = c.employer?.name;
  const open = requireAll({ 'permit.employer': permitEmployer, 'employer.name': employer });
  if (open) return open;
  return sameName(permitEmployer!, employer!) ? pass : fail({ permitEmployer: permitEmployer!, employer: employer! });
}

const SAME_EMPLOYER_RULE: RuleDef = {
  id: 'renewal.same-employer',
  severity: 'error',
  title: { zh: '续签单位与证件单位一致', en: 'Same employer as on the permit' },
  types: ['renewal'],
  fields: ['permit.employer', 'employer.name'],
  messages: {
    fail: {
      zh: '续签单位（{employer}）与工作居住证所属单位（{permitEmployer}）不一致：续签适用于有效期满后原单位继续聘用的情形；已更换单位的，请办理聘用单位变更。',
      en: 'The employer filing the renewal ({employer}) is not the employer on the permit ({permitEmployer}): a renewal is for the same employer keeping the holder on; after a change of employer, file an employer change instead.',
    },
  },
  citation: cite('七(三)', DOC.renewal2006, DOC.shijingshan2020),
  evaluate: evaluateSameEmployer,
};

function evaluateIncomeMonths(ctx: RuleContext): Outcome {
  const window = incomeWindow(ctx, INCOME_WINDOW_MONTHS.renewal);
  if (window.newest === null) return incomplete(['applicant.monthlyIncome']);
  const currentIndex = monthIndex(window.current);
  const params = {
    from: window.first!,
    to: window.newest,
    newest: window.newest,
    earliest: monthFromIndex(currentIndex - 2),
    next: monthFromIndex(monthIndex(window.newest) + 1),
    previous: monthFromIndex(currentIndex - 1),
    count: window.missing.length,
    missing: monthRanges(window.missing),
    reading: READING,
  };
  if (window.stale && window.missing.length) return fail(params, { message: 'staleAndMissing' });
  if (window.stale) return fail(params, { message: 'stale' });
  if (window.missing.length) return fail(params);
  if (window.ignored.length) {
    return fail(
      { ignored: monthRanges(window.ignored), current: window.current, reading: READING },
      { severity: 'warning', message: 'ignored' },
    );
  }
  return pass;
}

const INCOME_MONTHS_RULE: RuleDef = {
  id: 'renewal.income-months',
  severity: 'error',
  title: { zh: '近36个月应税收入', en: 'Taxable income of the last 36 months' },
  types: ['renewal'],
  fields: ['applicant.monthlyIncome'],
  messages: {
    fail: {
      zh: '续签须提供近36个月的应税收入材料，按最近已申报的月份计为{from}至{to}{reading}。缺少{count}个月：{missing}。请补填这些月份的收入。',
      en: 'A renewal needs taxable income for the last 36 months, counted back from the latest declared month: {from} to {to} {reading}. Missing: {missing} ({count, plural, one {# month} other {# months}}). Add the income of those months.',
    },
    stale: {
      zh: '月度应税收入只填到{newest}。近36个月应截至最近已申报的月份，且不早于{earliest}{reading}。请补填{next}至{previous}的收入。',
      en: 'Monthly taxable income is entered up to {newest} only. The 36 months must end at the latest declared month, no earlier than {earliest} {reading}. Add the income of {next} to {previous}.',
    },
    staleAndMissing: {
      zh: '月度应税收入只填到{newest}。近36个月应截至最近已申报的月份，且不早于{earliest}{reading}。请补填{next}至{previous}的收入；另缺{missing}（{count}个月）。',
      en: 'Monthly taxable income is entered up to {newest} only. The 36 months must end at the latest declared month, no earlier than {earliest} {reading}. Add the income of {next} to {previous}; also missing between {from} and {to}: {missing} ({count, plural, one {# month} other {# months}}).',
    },
    ignored: {
      zh: '已忽略{ignored}的收入：检查当月（{current}）及以后的月份尚未申报完整，不计入近36个月{reading}。',
      en: 'Income for {ignored} is ignored: the month of the check ({current}) and later months are not fully declared yet and do not count towards the 36 months {reading}.',
    },
  },
  citation: cite('七(三)4', DOC.renewal2006, DOC.shijingshan2020),
  note: 'Reading: 近36个月 ends at the newest month given before the month of asOf, which may be up to two months before it (a month\'s tax is declared the month after and records lag); every one of the 36 months must have an amount (0 counts as given; practice.zero-income-month warns about it). Months of asOf\'s month or later are ignored, with a warning.',
  evaluate: evaluateIncomeMonths,
};

export const RENEWAL_RULES: RuleDef[] = [
  EXPIRED_RULE,
  DEADLINE_RULE,
  SAME_EMPLOYER_RULE,
  INCOME_MONTHS_RULE,
];
