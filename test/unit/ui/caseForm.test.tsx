import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseForm, useDraftCheck } from '../../../components/CaseForm';
import type { Draft } from '../../../components/caseDraft';
import { blur, buttonByText, byLabel, choose, click, mount, typeInto, unmountAll } from './helpers';
import { loadExample } from '../../support/cases';

afterEach(unmountAll);

const TODAY = '2026-11-27';
let latest: Draft = {};

function Harness({ initial }: { initial: Draft }) {
  const [draft, setDraft] = useState<Draft>(initial);
  latest = draft;
  const check = useDraftCheck(draft, { lang: 'zh', today: TODAY });
  return <CaseForm draft={draft} onChange={setDraft} check={check} lang="zh" today={TODAY} />;
}

const liveRules = (root: HTMLElement, group: string) =>
  [...root.querySelectorAll(`.live-check [data-group="${group}"] .finding`)].map((e) => e.getAttribute('data-rule'));

describe('CaseForm', () => {
  it('rechecks as the user types: adding the missing month of income clears that error', () => {
    const root = mount(<Harness initial={loadExample('new-problems') as Draft} />);
    // The case has income for 2026-05, -06, -07, -09 and -10: August is missing.
    expect(liveRules(root, 'error')).toContain('applicant.income-months');

    click(buttonByText(root, '添加月度收入'));
    const row = [...root.querySelectorAll('fieldset.row')].find((f) => f.querySelector('legend')?.textContent === '月度收入 第6条')!;
    typeInto(byLabel(row, '收入所属月份'), '2026-08');
    typeInto(byLabel(row, '月应税收入（元）'), '32,000');

    expect(liveRules(root, 'error')).not.toContain('applicant.income-months');
    expect((latest.applicant as { monthlyIncome: unknown[] }).monthlyIncome[5]).toEqual({ month: '2026-08', amount: 32000 });
  });

  it('keeps an impossible date as typed, names the field in the error, and checks the rest', () => {
    const root = mount(<Harness initial={loadExample('new-problems') as Draft} />);
    const birthDate = byLabel(root, '出生日期') as HTMLInputElement;
    typeInto(birthDate, '1965-02-30');
    // No complaint while the user is still in the field.
    expect(root.querySelector('.field-error')).toBeNull();
    blur(birthDate);

    expect(birthDate.value).toBe('1965-02-30');
    expect(birthDate.getAttribute('aria-invalid')).toBe('true');
    const message = root.querySelector(`#${birthDate.id}-error`)?.textContent;
    expect(message).toBe('出生日期：应为有效日期，格式 YYYY-MM-DD');
    expect(birthDate.getAttribute('aria-describedby')).toContain(`${birthDate.id}-error`);
    expect(root.querySelector('.error-summary a')?.getAttribute('href')).toBe(`#${birthDate.id}`);
    expect((latest.applicant as { birthDate: string }).birthDate).toBe('1965-02-30');

    // The check runs on the valid part: the rest of the case still yields its findings.
    expect(root.querySelector('.live-check .note')).not.toBeNull();
    expect(liveRules(root, 'error')).toContain('applicant.income-months');
  });

  it('keeps a number with a letter in it and says a number is expected', () => {
    const root = mount(<Harness initial={{ schema: 'gongju-case/1', type: 'employer-registration' }} />);
    const capital = byLabel(root, '注册资本（元）') as HTMLInputElement;
    typeInto(capital, '100万');
    blur(capital);
    expect(capital.value).toBe('100万');
    expect(root.querySelector(`#${capital.id}-error`)?.textContent).toBe('注册资本：应为数字');
    typeInto(capital, '1000000');
    expect(root.querySelector(`#${capital.id}-error`)).toBeNull();
    expect((latest.employer as { registeredCapital: unknown }).registeredCapital).toBe(1000000);
  });

  it('hides the applicant for an employer-level type without losing what was typed', () => {
    const root = mount(<Harness initial={loadExample('new-problems') as Draft} />);
    choose(byLabel(root, '业务类型'), 'employer-registration');
    expect(root.querySelector('[data-section="applicant"]')).toBeNull();
    expect(root.querySelector('.live-check [data-group="unit"]')).not.toBeNull();
    choose(byLabel(root, '业务类型'), 'new');
    expect((byLabel(root, '姓名') as HTMLInputElement).value).toBe('赵国强');
  });

  it('marks a material missing in the live check when its attachment is unticked', () => {
    const root = mount(<Harness initial={loadExample('new-complete') as Draft} />);
    expect(root.querySelector('.live-check .material[data-material="id-card"]')?.getAttribute('data-state')).toBe('present');
    click(root.querySelector('[data-section="attachments"] li[data-material="id-card"] input[type="checkbox"]'));
    expect(root.querySelector('.live-check .material[data-material="id-card"]')?.getAttribute('data-state')).toBe('missing');
  });

  it('sets null for 至今 and the date input is disabled', () => {
    const root = mount(<Harness initial={{ schema: 'gongju-case/1', type: 'new', applicant: { workHistory: [{ employer: 'A', from: '2020-01-01' }] } }} />);
    const row = root.querySelector('fieldset.row')!;
    click(byLabel(row, '至今'));
    expect((latest.applicant as { workHistory: Array<{ to: unknown }> }).workHistory[0]!.to).toBeNull();
    expect((byLabel(row, '工作经历终止日期') as HTMLInputElement).disabled).toBe(true);
  });
});
