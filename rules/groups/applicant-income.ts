// Applicant income (guide 二(二), 七(二)6): the six months of taxable income and their level.
import { firstDayOfMonthIndex, latest, monthFromIndex, monthIndex, monthOf, type IsoDate } from '../dates';
import { INCOME_WINDOW_MONTHS, incomeWindow, type IncomeWindow } from '../checks/income';
import { cite, READING } from '../citations';
import { dateIn, joinList, monthRanges, yuan } from '../format';
import { fail, incomplete, memoBy, pass, type Outcome, type RuleContext, type RuleDef, type Text } from '../types';
import type { WageFigure } from '../wage';

const INCOME_MULTIPLE = 1.5;
/** A month is counted from the first day of the month after it; six are needed after the last gap. */
const MONTHS_AFTER_GAP = INCOME_WINDOW_MONTHS.new + 1;

function thresholdOf(wage: WageFigure): number {
  return INCOME_MULTIPLE * wage.monthly;
}

/** Whether the six months judged on asOf pass both income rules at a threshold (null: no figure, so no threshold check). */
function asOfWindowPasses(window: IncomeWindow, threshold: number | null): boolean {
  if (window.newest === null) return true; // nothing to judge: incomplete, not an error
  if (window.stale || window.missing.length > 0) return false;
  return threshold === null || window.amounts.every(([, amount]) => amount >= threshold);
}

/**
 * The planner's day for both income rules (rules.md, The eligibility planner): the first day on
 * or after `from` on which they pass, with every month from asOf's on declared, at or above the
 * threshold then in force, as soon as it counts (from the first day of the next month). In
 * asOf's month the six months are those judged on asOf; from the next month on, the window ends
 * with the month before, so it passes from the first day of month L + 7, L the latest month
 * before asOf's that is missing or below the threshold. A newer wage figure can move L: the
 * spans of days with one figure are tried in turn. A case with no income entered assumes nothing.
 */
function incomePassesOn(ctx: RuleContext, from: IsoDate): IsoDate | null {
  return memoBy(ctx, 'income-passes-on', from, () => {
    const entries = ctx.c.applicant?.monthlyIncome ?? [];
    if (!entries.some((e) => e.month !== undefined && e.amount !== undefined)) return from;
    const current = monthIndex(monthOf(ctx.asOf));
    const amounts = new Map<number, number>();
    for (const { month, amount } of entries) {
      if (month !== undefined && amount !== undefined && monthIndex(month) < current) amounts.set(monthIndex(month), amount);
    }
    const window = incomeWindow(ctx, INCOME_WINDOW_MONTHS.new);
    const nextMonth = firstDayOfMonthIndex(current + 1);
    const starts = [ctx.asOf, ...ctx.wageChanges()];
    for (let k = 0; k < starts.length; k++) {
      const end = starts[k + 1];
      if (end !== undefined && end <= from) continue;
      const wage = ctx.wageOn(starts[k]!);
      const threshold = wage ? thresholdOf(wage) : null;
      let day = latest(from, starts[k]!);
      if (day < nextMonth) {
        if (asOfWindowPasses(window, threshold)) return day;
        day = nextMonth;
      }
      let gap = current - 1;
      while (amounts.has(gap) && (threshold === null || amounts.get(gap)! >= threshold)) gap--;
      day = latest(day, firstDayOfMonthIndex(gap + MONTHS_AFTER_GAP));
      if (end === undefined || day < end) return day;
    }
    return null;
  });
}

function evaluateIncomeMonths(ctx: RuleContext): Outcome[] {
  const window = incomeWindow(ctx, INCOME_WINDOW_MONTHS.new);
  const outcomes: Outcome[] = [];
  if (window.ignored.length > 0) {
    outcomes.push(
      fail({ months: monthRanges(window.ignored), reading: READING }, { severity: 'warning', message: 'ignored', subject: 'ignored' }),
    );
  }
  if (window.newest === null) {
    outcomes.push(incomplete(['applicant.monthlyIncome']));
  } else if (window.stale) {
    const current = monthIndex(window.current);
    outcomes.push(
      fail(
        {
          newest: window.newest,
          asOf: ctx.asOf,
          needed: monthFromIndex(current - 2),
          next: monthFromIndex(monthIndex(window.newest) + 1),
          previous: monthFromIndex(current - 1),
          reading: READING,
        },
        { message: 'stale' },
      ),
    );
  } else if (window.missing.length > 0) {
    outcomes.push(fail({ first: window.first!, last: window.newest, missing: monthRanges(window.missing), count: window.missing.length }));
  }
  return outcomes;
}

/** What the income rules' passesOn assumes, said with the date. */
const INCOME_PASSES_ON = {
  zh: '若此后每个月的应税收入都按时申报且不低于1.5倍标准，{passesOn}起近6个月符合要求（此日期以此为前提）。',
  en: 'If every coming month\'s taxable income is declared on time at 1.5 × the average wage or more, the six months qualify from {passesOn} (this date assumes so).',
};

const INCOME_MONTHS_RULE: RuleDef = {
  id: 'applicant.income-months',
  severity: 'error',
  title: { zh: '近6个月应税收入', en: 'Income of the last six months' },
  types: ['new'],
  fields: ['applicant.monthlyIncome'],
  messages: {
    fail: {
      zh: '近6个月（{first}至{last}）缺少{missing}共{count}个月的应税收入。请补填，并上传这6个月的个人所得税纳税记录和扣缴客户端截图。',
      en: 'The six months {first} to {last} lack taxable income for {missing} ({count, plural, one {# month} other {# months}}). Add it, and upload the income-tax records and withholding-client screenshots of these six months.',
    },
    stale: {
      zh: '所填月度应税收入最晚到{newest}。按检查日期{asOf}，近6个月应至少截至{needed}：最近两个月可尚未申报{reading}。请补填{next}至{previous}的应税收入。',
      en: 'Monthly taxable income is entered up to {newest} only. On {asOf} the six months must run to {needed} at least: the two latest months may be undeclared yet {reading}. Add the income of {next} to {previous}.',
    },
    ignored: {
      zh: '已忽略{months}的收入：检查当月及以后的月份尚未申报完整，不计入近6个月{reading}。',
      en: 'Income for {months} is ignored: the month of the check and later months are not fully declared yet and do not count towards the six months {reading}.',
    },
    passesOn: INCOME_PASSES_ON,
  },
  citation: cite('二(二)、七(二)6'),
  note: 'Reading: the newest remaining month may be up to two months before asOf\'s month, allowing for the month in which income tax is declared. Months from asOf\'s month on are ignored (a warning with subject "ignored" says so).',
  evaluate: evaluateIncomeMonths,
  passesOn: incomePassesOn,
};

function evaluateIncomeThreshold(ctx: RuleContext): Outcome {
  const window = incomeWindow(ctx, INCOME_WINDOW_MONTHS.new);
  if (window.newest === null) return incomplete(['applicant.monthlyIncome']);
  const wage = ctx.wage();
  if (!wage) return incomplete(['averageWage']);
  const threshold = thresholdOf(wage);
  const below: (readonly [string, number])[] = window.amounts.filter(([, amount]) => amount < threshold);
  if (below.length === 0) return pass;
  const months = {
    zh: joinList('zh', below.map(([month, amount]) => `${dateIn('zh', month)}（${yuan(amount).zh}）`)),
    en: joinList('en', below.map(([month, amount]) => `${month} (${yuan(amount).en})`)),
  };
  return fail({ months, threshold: yuan(threshold), monthly: yuan(wage.monthly), dataYear: wage.dataYear });
}

/** Named by practice.zero-income-month, which points a new permit's zero months here. */
export const INCOME_THRESHOLD_TITLE: Text = { zh: '月应税收入达到1.5倍', en: 'Monthly income of 1.5 × the average wage' };

const INCOME_THRESHOLD_RULE: RuleDef = {
  id: 'applicant.income-threshold',
  severity: 'error',
  title: INCOME_THRESHOLD_TITLE,
  types: ['new'],
  fields: ['applicant.monthlyIncome'],
  messages: {
    fail: {
      zh: '近6个月每月应税收入须不低于{threshold}（{dataYear}年度本市全口径城镇单位就业人员月平均工资{monthly}的1.5倍）。以下月份低于标准：{months}。',
      en: 'Each of the six months needs taxable income of {threshold} or more (1.5 × {monthly}, the Beijing average monthly wage of {dataYear}). Months below it: {months}.',
    },
    passesOn: INCOME_PASSES_ON,
  },
  citation: cite('二(二)'),
  note: 'Only the months of the six-month window that have an amount are compared; missing months are applicant.income-months\' finding. passesOn (both income rules): see incomePassesOn; it assumes the coming months, and the message says so.',
  evaluate: evaluateIncomeThreshold,
  passesOn: incomePassesOn,
};

/** A month this share or less above the threshold may fall below the next, higher figure. */
const WAGE_MARGIN_SHARE = 0.05;
/** The figure of a data year is published in July to September of the year after (research §7). */
const NEW_FIGURE_DUE_FROM = '-07-01';

/**
 * Warns when a month of the window passes the threshold by 5% or less while the next figure is
 * due: from 1 July of asOf's year while the figure in force is older than asOf's year − 1.
 */
function evaluateWageMargin(ctx: RuleContext): Outcome {
  const year = Number(ctx.asOf.slice(0, 4));
  if (ctx.asOf < `${year}${NEW_FIGURE_DUE_FROM}`) return pass;
  const window = incomeWindow(ctx, INCOME_WINDOW_MONTHS.new);
  if (window.newest === null) return pass; // the income rules say what is missing
  const wage = ctx.wage();
  if (!wage || wage.dataYear >= year - 1) return pass;
  const threshold = thresholdOf(wage);
  const close = window.amounts.filter(([, amount]) => amount >= threshold && amount <= threshold * (1 + WAGE_MARGIN_SHARE));
  if (close.length === 0) return pass;
  const smallest = Math.min(...close.map(([, amount]) => amount / threshold - 1));
  return fail({
    months: close.map(([month, amount]) => `${month} (${amount})`).join(', '),
    margin: `${(Math.floor(smallest * 1000) / 10).toFixed(1)}%`,
    threshold,
    dataYear: wage.dataYear,
    dueYear: year - 1,
  });
}

const WAGE_MARGIN_RULE: RuleDef = {
  id: 'extra.wage-margin',
  severity: 'warning',
  title: { zh: '收入接近即将更新的标准', en: 'Income close to a threshold about to change' },
  types: ['new'],
  fields: ['applicant.monthlyIncome'],
  messages: {
    fail: {
      zh: '{months}的应税收入只比现行标准{threshold}元（{dataYear}年度月平均工资的1.5倍）高出{margin}左右，不足5%。{dueYear}年度平均工资应于今年7月至9月公布，且历年几乎都比上一年高；新数据公布后这些月份可能低于新标准，请尽早提交或留出余量（本工具的提示，非办理指南规定）。',
      en: 'The income of {months} is only about {margin} above the current threshold of {threshold} yuan (1.5 × the {dataYear} average monthly wage), less than 5%. The {dueYear} figure is due between July and September this year and has risen almost every year; once it is published these months may fall below the new threshold, so submit early or allow a margin (a hint of this tool, not in the guide).',
    },
  },
  citation: cite('二(二)'),
  note: 'Not in the guide or rules.md (issue 9): the figure in force changes on its publication day (July–September), and the series has risen every year 2018–2024 (7855 → 11937), so a month passing by 5% or less on asOf may fail days later. Fires for a new permit from 1 July of asOf\'s year while the figure in force is older than asOf\'s year − 1; margin is the smallest month\'s, rounded down to 0.1%.',
  evaluate: evaluateWageMargin,
};

export const APPLICANT_INCOME_RULES: RuleDef[] = [
  INCOME_MONTHS_RULE,
  INCOME_THRESHOLD_RULE,
  WAGE_MARGIN_RULE,
];
