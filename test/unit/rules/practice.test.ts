// @vitest-environment node
// Reported practice (rules.md): warnings that are not in the guide, and say so.
import { describe, expect, it } from 'vitest';
import type { Applicant } from '../../../rules/schema';
import { PRACTICE_RULES } from '../../../rules/groups/practice';
import { caseWith, loadExample, type ExampleName } from '../../support/cases';
import { findingOf, run } from '../../support/check';

const NOT_IN_GUIDE_ZH = '（办理经验，非指南规定）';
const NOT_IN_GUIDE_EN = '(reported practice, not in the guide)';

type Income = NonNullable<Applicant['monthlyIncome']>;

/** A patch giving the example's monthly income as `change` makes it. */
const income = (name: ExampleName, change: (income: Income) => Income) => ({
  applicant: { monthlyIncome: change(loadExample(name).applicant!.monthlyIncome!) },
});

/** The months given, with those named declared at zero. */
const zero = (...months: string[]) => (entries: Income) =>
  entries.map((entry) => (months.includes(entry.month!) ? { ...entry, amount: 0 } : entry));

describe('reported practice in one phrase (audit row 41)', () => {
  it('every practice message says so by {practice}, in both languages, and no other wording is left', () => {
    for (const rule of PRACTICE_RULES) {
      for (const text of Object.values(rule.messages)) {
        expect(text.zh, rule.id).toContain('{practice}');
        expect(text.en, rule.id).toContain('{practice}');
        expect(text.zh, rule.id).not.toMatch(/实务经验|据办理经验/);
      }
    }
  });
});

describe('practice.suspension-window (asOf 2026-11-27: 20 working days later is 2026-12-25)', () => {
  const check = (separationDate: string, lang?: 'zh' | 'en') => {
    const c = caseWith('employer-change-complete', { employerChange: { separationDate } });
    return findingOf(run(c, { lang }), 'practice.suspension-window');
  };

  it('passes when the 60 days end after the review would (left 2026-10-27: 60 days end 2026-12-26)', () => {
    expect(check('2026-10-27')).toBeUndefined();
    expect(findingOf(run(loadExample('employer-change-complete')), 'practice.suspension-window')).toBeUndefined();
  });

  it('warns when they end on the day the review would (left 2026-10-26: 60 days end 2026-12-25)', () => {
    const f = check('2026-10-26');
    expect(f).toMatchObject({ severity: 'warning', fields: ['employerChange.separationDate', 'asOf'] });
    expect(f!.message).toContain('2026年12月25日');
    expect(f!.message).toContain('2026年10月26日');
    expect(f!.message).toContain(NOT_IN_GUIDE_ZH);
    expect(f!.basis).toMatch(/^办理经验，非指南规定：代理机构/);
    const en = check('2026-10-26', 'en')!;
    expect(en.message).toContain(NOT_IN_GUIDE_EN);
    expect(en.basis).toMatch(/^Reported practice, not in the guide: agencies/);
  });

  it('once the 60 days are over, says the permit may have lapsed instead of urging to file (left 2026-09-01: ended 2026-10-31)', () => {
    const f = check('2026-09-01')!;
    expect(f).toMatchObject({ severity: 'warning' });
    expect(f.message).toContain('已于2026年10月31日届满');
    expect(f.message).toContain('查看证件状态');
    expect(f.message).not.toMatch(/提交|2026年12月25日/);
    expect(f.message).toContain(NOT_IN_GUIDE_ZH);
    const en = check('2026-09-01', 'en')!;
    expect(en.message).toContain('ended on 2026-10-31');
    expect(en.message).not.toMatch(/\bfile\b/);
    // On the window's last day filing is still worth it: the warning urges it, naming the day of filing.
    const lastDay = findingOf(run(caseWith('employer-change-complete', { employerChange: { separationDate: '2026-09-28' } })), 'practice.suspension-window')!;
    expect(lastDay.message).toContain('若于2026年11月27日提交');
  });

  it('is incomplete without the date of leaving, and runs for employer changes only', () => {
    const c = caseWith('employer-change-complete', { employerChange: { separationDate: undefined } });
    expect(findingOf(run(c), 'practice.suspension-window')).toMatchObject({ severity: 'info', incomplete: true });
    const renewal = caseWith('renewal-complete', { employerChange: { separationDate: '2026-01-01' } });
    expect(findingOf(run(renewal), 'practice.suspension-window')).toBeUndefined();
  });
});

describe('practice.renewal-contract-remaining (asOf 2026-11-27: six months on is 2027-05-27)', () => {
  const check = (contractEndDate: string | null | undefined) => {
    const c = caseWith('renewal-complete', { applicant: { employment: { contractEndDate } } });
    return findingOf(run(c), 'practice.renewal-contract-remaining');
  };

  it('passes for a contract running to 2027-05-27 or open-ended', () => {
    expect(check('2027-05-27')).toBeUndefined();
    expect(check(null)).toBeUndefined();
  });

  it('warns for a contract ending 2027-05-26, saying it is not in the guide', () => {
    const f = check('2027-05-26');
    expect(f).toMatchObject({ severity: 'warning', fields: ['applicant.employment.contractEndDate'] });
    expect(f!.message).toContain('2027年5月26日');
    expect(f!.message).toContain(NOT_IN_GUIDE_ZH);
    expect(f!.basis).toBe('办理经验，非指南规定：区人才服务机构续签材料说明');
  });

  it('is incomplete without a contract end, and does not run for a new permit', () => {
    expect(check(undefined)).toMatchObject({ severity: 'info', incomplete: true });
    const c = caseWith('new-complete', { applicant: { employment: { contractEndDate: '2027-03-31' } } });
    expect(findingOf(run(c), 'practice.renewal-contract-remaining')).toBeUndefined();
  });
});

describe('practice.zero-income-month', () => {
  it('warns once for a renewal, naming the zero months of the 36 as ranges', () => {
    const c = caseWith('renewal-complete', income('renewal-complete', zero('2024-02', '2024-03', '2025-07')));
    const f = findingOf(run(c), 'practice.zero-income-month');
    expect(f).toMatchObject({ severity: 'warning', fields: ['applicant.monthlyIncome'] });
    expect(f!.message).toContain('2024年2月至2024年3月、2025年7月');
    expect(f!.message).toContain('近36个月');
    expect(f!.message).toContain(NOT_IN_GUIDE_ZH);
    // A zero month is still a month given: the 36-month rule itself passes.
    expect(findingOf(run(c), 'renewal.income-months')).toBeUndefined();
  });

  it('warns for a new permit with a zero month in its six, pointing to the income-threshold error instead of repeating it', () => {
    const c = caseWith('new-complete', income('new-complete', zero('2026-07')));
    const en = run(c, { lang: 'en' });
    const f = findingOf(en, 'practice.zero-income-month');
    expect(f).toMatchObject({ severity: 'warning' });
    expect(f!.message).toContain('2026-07');
    expect(f!.message).toContain('see "Monthly income of 1.5 × the average wage"');
    expect(f!.message).toContain(NOT_IN_GUIDE_EN);
    expect(f!.message).not.toContain('explanation');
    const zh = run(c);
    const threshold = findingOf(zh, 'applicant.income-threshold')!;
    expect(threshold).toMatchObject({ severity: 'error' });
    const warning = findingOf(zh, 'practice.zero-income-month')!;
    expect(warning.message).toContain('见“月应税收入达到1.5倍”');
    // The threshold's own figures stay in its error; the warning asks for no explanation that cannot cure it.
    expect(warning.message).not.toContain('准备说明');
    expect(warning.message).not.toContain('月平均工资');
  });

  it('ignores zero months outside the window checked', () => {
    const renewal = caseWith('renewal-complete', income('renewal-complete', (entries) => [...entries, { month: '2023-10', amount: 0 }]));
    expect(findingOf(run(renewal), 'practice.zero-income-month')).toBeUndefined();
    const fresh = caseWith('new-complete', income('new-complete', (entries) => [...entries, { month: '2026-04', amount: 0 }]));
    expect(findingOf(run(fresh), 'practice.zero-income-month')).toBeUndefined();
  });

  it('reads a month given twice by its later entry, as the income window does', () => {
    const zeroLater = income('new-complete', (entries) => [...entries, { month: '2026-07', amount: 0 }]);
    expect(findingOf(run(caseWith('new-complete', zeroLater)), 'practice.zero-income-month')!.message).toContain('2026年7月');
    const givenAgain = income('new-complete', (entries) => [...entries, { month: '2026-07', amount: 0 }, { month: '2026-07', amount: 25000 }]);
    expect(findingOf(run(caseWith('new-complete', givenAgain)), 'practice.zero-income-month')).toBeUndefined();
  });

  it('passes without zero months, is incomplete without income, and skips other types', () => {
    expect(findingOf(run(loadExample('renewal-complete')), 'practice.zero-income-month')).toBeUndefined();
    const c = caseWith('new-complete', { applicant: { monthlyIncome: undefined } });
    expect(findingOf(run(c), 'practice.zero-income-month')).toMatchObject({ severity: 'info', incomplete: true });
    const change = caseWith('employer-change-complete', { applicant: { monthlyIncome: [{ month: '2026-10', amount: 0 }] } });
    expect(findingOf(run(change), 'practice.zero-income-month')).toBeUndefined();
  });
});
