// The eligibility timeline (components/EligibilityTimeline.tsx): the planner's dates drawn on a
// line, the same facts as a sentence and a list for screen readers, the closed window said plainly.
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { EligibilityTimeline } from '../../../components/EligibilityTimeline';
import { Checklist } from '../../../components/Checklist';
import { runChecks } from '../../../rules/engine';
import type { Lang } from '../../../rules/types';
import { caseWith, loadExample, type CasePatch } from '../../support/cases';
import { mount, texts, unmountAll } from './helpers';

afterEach(unmountAll);

const checked = (lang: Lang, ...patches: CasePatch[]) => runChecks(caseWith('new-complete', ...patches), { lang });
/** A year with the employer from 2027-01-05; the lease to 2027-12-31 keeps the window open until 2027-06-30. */
const later = (lang: Lang) => checked(lang, { applicant: { employment: { startDate: '2026-01-05' }, housing: { leaseEnd: '2027-12-31' } } });

const leftOf = (root: Element, selector: string) => parseFloat((root.querySelector(selector) as HTMLElement).style.left);

describe('EligibilityTimeline', () => {
  it('draws the check date, the first day to apply and the last, with the window between them', () => {
    const root = mount(<EligibilityTimeline output={later('zh')} lang="zh" />);
    expect(root.querySelector('figure')?.getAttribute('data-plan')).toBe('later');
    const marks = [...root.querySelectorAll('.timeline-mark')].map((m) => [m.getAttribute('data-date'), m.getAttribute('data-kinds')]);
    expect(marks).toEqual([
      ['2026-11-27', 'now'],
      ['2027-01-05', 'earliest'],
      ['2027-06-30', 'until'],
    ]);
    // Placed in time order along the line, the window from the first day to the last.
    const now = leftOf(root, '[data-date="2026-11-27"]');
    const earliest = leftOf(root, '[data-date="2027-01-05"]');
    const until = leftOf(root, '[data-date="2027-06-30"]');
    expect(now).toBe(0);
    expect(earliest).toBeGreaterThan(now);
    expect(until).toBe(100);
    const band = root.querySelector('.timeline-window') as HTMLElement;
    expect(parseFloat(band.style.left)).toBe(earliest);
    expect(parseFloat(band.style.left) + parseFloat(band.style.width)).toBeCloseTo(until, 0);
  });

  it('says it as the HR staff say it: from when, by when, and what sets each', () => {
    const root = mount(<EligibilityTimeline output={later('zh')} lang="zh" />);
    expect(root.querySelector('[data-summary]')?.textContent).toBe(
      '可申请日期：2027年1月5日起（还有 39 天；届时满足：在申请单位连续聘用满一年）；须在2027年6月30日（含）前提交（租赁合同在提交时尚有6个月以上）。',
    );
    const en = mount(<EligibilityTimeline output={later('en')} lang="en" />);
    expect(en.querySelector('[data-summary]')?.textContent).toBe(
      'The application can be filed from 2027-01-05 (in 39 days; then met: A year with the applying employer); it must be filed by 2027-06-30 at the latest (the lease running at least 6 more months on the day of filing).',
    );
  });

  it('hides the drawing from screen readers and gives them the same facts as a list', () => {
    const root = mount(<EligibilityTimeline output={later('zh')} lang="zh" />);
    expect(root.querySelector('.timeline')?.getAttribute('aria-hidden')).toBe('true');
    expect(texts(root, '[data-timeline-text] li')).toEqual(['2026年11月27日，检查日期', '2027年1月5日，最早可申请（届时满足：在申请单位连续聘用满一年）', '2027年6月30日，最晚可申请（此后不再满足：租赁合同在提交时尚有6个月以上）']);
  });

  it('marks each rule\'s own day when it is not the first day to apply, and says what the income day assumes', () => {
    const output = checked('zh', {
      employer: { registrationDate: '2026-02-01' },
      applicant: { employment: { startDate: '2026-01-05' }, monthlyIncome: [{ month: '2026-06', amount: 25000 }, { month: '2026-07', amount: 25000 }, { month: '2026-08', amount: 25000 }, { month: '2026-09', amount: 25000 }, { month: '2026-10', amount: 25000 }], housing: { leaseEnd: '2028-08-31' } },
    });
    const root = mount(<EligibilityTimeline output={output} lang="zh" />);
    // Income from 2026-06 only: 2026-05 is the gap, so six months from 2026-12-01; the year with the employer 2027-01-05; registered a year 2027-02-01.
    expect(texts(root, '[data-timeline-text] li')).toEqual([
      '2026年11月27日，检查日期',
      '2026年12月1日，满足：近6个月应税收入',
      '2027年1月5日，满足：在申请单位连续聘用满一年',
      '2027年2月1日，最早可申请（届时满足：注册登记满一年）',
      '2027年12月31日，最晚可申请（此后不再满足：单位资质在有效期内）',
    ]);
    expect(root.querySelector('[data-summary]')?.textContent).toContain('届时满足：注册登记满一年');
    const income = mount(<EligibilityTimeline output={checked('zh', { applicant: { monthlyIncome: [{ month: '2026-10', amount: 25000 }] } })} lang="zh" />);
    expect(income.querySelector('[data-summary]')?.textContent).toContain('假定此后每月应税收入都按时申报且达到标准');
  });

  it('a window that closes before it opens says so plainly and names both causes', () => {
    // A year with the employer only on 2027-06-01, but the lease (to 2027-08-31) must still run six months: last day 2027-02-28.
    const output = checked('zh', { applicant: { employment: { startDate: '2026-06-01' } } });
    const root = mount(<EligibilityTimeline output={output} lang="zh" />);
    expect(root.querySelector('figure')?.getAttribute('data-plan')).toBe('closed');
    const summary = root.querySelector('[data-summary]')!;
    expect(summary.classList.contains('error')).toBe(true);
    expect(summary.textContent).toContain('申请窗口在开启前就已关闭');
    expect(summary.textContent).toContain('要到2027年6月1日才满足“在申请单位连续聘用满一年”');
    expect(summary.textContent).toContain('2027年2月28日之后就不再满足“租赁合同在提交时尚有6个月以上”');
    expect(root.querySelector('.timeline-window')).toBeNull();
    const gap = root.querySelector('.timeline-gap') as HTMLElement;
    expect(parseFloat(gap.style.left)).toBeLessThan(leftOf(root, '[data-date="2027-06-01"]'));
  });

  it('an error time does not cure: no first day, the errors named', () => {
    const output = checked('en', { employer: { registeredCapital: 500000 } });
    const root = mount(<EligibilityTimeline output={output} lang="en" />);
    expect(root.querySelector('figure')?.getAttribute('data-plan')).toBe('blocked');
    expect(root.querySelector('[data-summary]')?.textContent).toBe(
      'No day to apply can be given yet: “Registered capital of 1 million yuan” must be fixed first; time alone will not change it.',
    );
    expect(root.querySelector('.mark-earliest')).toBeNull();
    // new-problems: the age cannot be cured, but the income gap's day is still drawn.
    const problems = mount(<EligibilityTimeline output={runChecks(loadExample('new-problems'), { lang: 'zh' })} lang="zh" />);
    expect(problems.querySelector('[data-summary]')?.textContent).toBe('暂无法确定可申请日期：须先改正“年龄上限”、“在京合法稳定住所”，这些问题不会随时间解决。');
    expect(problems.querySelector('.mark-passes')?.getAttribute('data-date')).toBe('2027-03-01');
  });

  it('a far last day (a licence to 2045) is drawn past a break, keeping the near days apart', () => {
    const output = checked('zh', {
      employer: { licenseValidUntil: '2045-12-14', qualifications: [] },
      applicant: { employment: { startDate: '2026-01-05', contractEndDate: null }, housing: { kind: 'owned', ownershipProof: 'certificate', leaseEnd: undefined, landlordKind: undefined }, birthDate: '1990-03-07' },
    });
    const root = mount(<EligibilityTimeline output={output} lang="zh" />);
    expect(root.querySelector('.timeline')?.classList.contains('timeline-broken')).toBe(true);
    expect(leftOf(root, '[data-date="2027-01-05"]')).toBeGreaterThan(50);
    expect(leftOf(root, '.mark-until')).toBe(100);
  });

  it('offers the reminder only for a first day still to come', () => {
    let chosen: boolean | null = null;
    const reminder = { on: false, onChange: (on: boolean) => (chosen = on) };
    const root = mount(<EligibilityTimeline output={later('zh')} lang="zh" reminder={reminder} />);
    const box = root.querySelector('.eligibility-reminder input') as HTMLInputElement;
    expect(root.querySelector('.eligibility-reminder')?.textContent).toBe('到可申请日期（2027年1月5日）时提醒我');
    act(() => box.click());
    expect(chosen).toBe(true);
    const now = mount(<EligibilityTimeline output={runChecks(loadExample('new-complete'), { lang: 'zh' })} lang="zh" reminder={reminder} />);
    expect(now.querySelector('.eligibility-reminder')).toBeNull();
  });

  it('is not shown for the types without the planner, and the checklist shows it for those with', () => {
    expect(mount(<EligibilityTimeline output={runChecks(loadExample('renewal-complete'), { lang: 'zh' })} lang="zh" />).querySelector('figure')).toBeNull();
    const root = mount(<Checklist output={later('zh')} lang="zh" />);
    expect(root.querySelector('[data-section="dates"] .eligibility')).not.toBeNull();
    // No last safe day for a new permit: the timeline says until when instead.
    expect(root.querySelector('[data-date="lastSafeSubmission"]')).toBeNull();
  });
});
