// Applicant income (guide 二(二), 七(二)6): the six months of taxable income and their level.
import { monthFromIndex, monthIndex } from '../dates';
import { INCOME_WINDOW_MONTHS, incomeWindow } from '../checks/income';
import { cite } from '../citations';
import { fail, incomplete, pass, type Outcome, type RuleContext, type RuleDef } from '../types';

const INCOME_MULTIPLE = 1.5;

function evaluateIncomeMonths(ctx: RuleContext): Outcome[] {
  const window = incomeWindow(ctx, INCOME_WINDOW_MONTHS.new);
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

const INCOME_MONTHS_RULE: RuleDef = {
  id: 'applicant.income-months',
  severity: 'error',
  title: { zh: '近6个月应税收入', en: 'Income of the last six months' },
  types: ['new'],
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
};

function evaluateIncomeThreshold(ctx: RuleContext): Outcome {
  const window = incomeWindow(ctx, INCOME_WINDOW_MONTHS.new);
  if (window.newest === null) return incomplete(['applicant.monthlyIncome']);
  const wage = ctx.wage();
  if (!wage) return incomplete(['averageWage']);
  const threshold = INCOME_MULTIPLE * wage.monthly;
  const below: string[] = [];
  for (const [month, amount] of window.amounts) if (amount < threshold) below.push(`${month} (${amount})`);
  if (below.length === 0) return pass;
  return fail({ months: below.join(', '), threshold, monthly: wage.monthly, dataYear: wage.dataYear });
}

const INCOME_THRESHOLD_RULE: RuleDef = {
  id: 'applicant.income-threshold',
  severity: 'error',
  title: { zh: '月应税收入达到1.5倍', en: 'Monthly income of 1.5 × the average wage' },
  types: ['new'],
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
};

export const APPLICANT_INCOME_RULES: RuleDef[] = [
  INCOME_MONTHS_RULE,
  INCOME_THRESHOLD_RULE,
];
