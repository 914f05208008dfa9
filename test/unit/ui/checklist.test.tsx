import { afterEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../../rules/engine';
import { MATERIALS, materialName } from '../../../rules/materials';
import { Checklist } from '../../../components/Checklist';
import { mount, texts, unmountAll } from './helpers';
import { loadExample } from '../../support/cases';

afterEach(unmountAll);

const whyOf = (id: string, lang: 'zh' | 'en') => MATERIALS.find((m) => m.id === id)!.why![lang];

describe('Checklist', () => {
  it('groups findings by severity and lists missing materials under their group, not again as findings', () => {
    const output = runChecks(loadExample('new-problems'), { lang: 'zh' });
    const root = mount(<Checklist output={output} lang="zh" />);

    const rulesIn = (group: string) => [...root.querySelectorAll(`[data-group="${group}"] .finding`)].map((e) => e.getAttribute('data-rule'));
    // The applicant is 61 (over the limit), a month of income is missing and the lease ends too soon: refusals.
    expect(rulesIn('error')).toEqual(['applicant.age-limit', 'applicant.income-months', 'applicant.housing']);
    // The child turned 18: allowed by the letter, so a warning to confirm.
    expect(rulesIn('warning')).toEqual(['applicant.companion-age']);
    expect(rulesIn('info')).toEqual(['wage.figure-year']);
    expect(root.querySelector('[data-rule="material.missing"]')).toBeNull();

    // Every finding shows the clause it rests on.
    for (const item of root.querySelectorAll('.finding')) expect(item.querySelector('.basis')?.textContent).toMatch(/^依据：.*办理指南/);

    const missing = [...root.querySelectorAll('.material[data-state="missing"]')].map((e) => e.getAttribute('data-material'));
    expect(missing.sort()).toEqual(['child-birth-certificate', 'landlord-property-certificate', 'withholding-client-screenshot']);
    const groupOf = (id: string) => root.querySelector(`.material[data-material="${id}"]`)?.closest('.material-group')?.getAttribute('data-group');
    expect(groupOf('landlord-property-certificate')).toBe('housing');
    expect(groupOf('child-birth-certificate')).toBe('companions');
    expect(groupOf('withholding-client-screenshot')).toBe('common');
    expect(texts(root, '.material-group h3')).toEqual(['基本材料', '住所材料', '随往人员材料', '申请条件材料']);

    // Three errors and three missing materials; material.missing findings are counted as materials, not errors.
    expect(root.querySelector('.count-error')?.textContent).toBe('错误 3');
    expect(root.querySelector('.count-missing')?.textContent).toBe('缺少材料 3');
  });

  it('says why a conditional material is needed, and that it is needed only then', () => {
    const output = runChecks(loadExample('new-problems'), { lang: 'zh' });
    const root = mount(<Checklist output={output} lang="zh" />);
    // Rented from a private household whose landlord has the certificate: the landlord's certificate is
    // required (and says why), the rent invoice only applies without the certificate.
    const certificate = root.querySelector('.material[data-material="landlord-property-certificate"]')!;
    expect(certificate.querySelector('.material-why')?.textContent).toBe(`需要原因：${whyOf('landlord-property-certificate', 'zh')}`);
    const invoice = root.querySelector('.material[data-material="rent-invoice"]')!;
    expect(invoice.getAttribute('data-state')).toBe('conditional');
    expect(invoice.querySelector('.material-why')?.textContent).toBe(`仅在以下情况需要：${whyOf('rent-invoice', 'zh')}`);
    // A material that is always needed gives no reason.
    expect(root.querySelector('.material[data-material="id-card"] .material-why')).toBeNull();
  });

  it('shows the last safe day with the days left, and the approval date once accepted', () => {
    // Permit valid until 2027-01-15: the last safe day is 2026-12-24 (case-format.md), 27 days after 2026-11-27;
    // accepted 2026-11-20, the approval is due 15 working days later, 2026-12-11.
    const renewal = { ...loadExample('renewal-complete'), acceptedOn: '2026-11-20' };
    const output = runChecks(renewal, { lang: 'zh' });
    const root = mount(<Checklist output={output} lang="zh" />);
    // Counted back from 2027-01-15 over the provisional 2027-01-01: marked beside the date, why under the dates.
    expect(root.querySelector('[data-date="lastSafeSubmission"] dd')?.textContent).toBe('2026年12月24日（暂定）（还有 27 天）');
    expect(root.querySelector('[data-provisional="2027"]')?.textContent).toContain('2027年的节假日安排尚未添加');
    expect(root.querySelector('[data-provisional="2027"]')?.textContent).toContain('节假日安排');
    // A new permit accepted 2026-11-20 is counted on the published 2026 alone: no such note.
    const published = mount(<Checklist output={runChecks({ ...loadExample('new-complete'), acceptedOn: '2026-11-20' }, { lang: 'zh' })} lang="zh" />);
    expect(published.querySelector('[data-provisional]')).toBeNull();
    expect(root.querySelector('[data-date="approvalBy"] dd')?.textContent).toBe('2026年12月11日');
  });

  it('marks only the date that rests on a provisional year', () => {
    // Valid until 2026-12-31: counted inside 2026. Accepted 2026-12-20: the approval runs over the provisional 2027-01-01.
    const output = runChecks({ ...loadExample('renewal-late'), acceptedOn: '2026-12-20' }, { lang: 'en' });
    const root = mount(<Checklist output={output} lang="en" />);
    expect(root.querySelector('[data-date="lastSafeSubmission"] .provisional-mark')).toBeNull();
    expect(root.querySelector('[data-date="approvalBy"] dd')?.textContent).toBe('2027-01-11 (provisional)');
    expect(root.querySelector('.provisional-note')?.getAttribute('data-provisional')).toBe('2027');
    // So do the findings that state them: the approval's marked with the reason in its title, the late deadline's not.
    const approval = root.querySelector('.finding[data-rule="process.approval-eta"]')!;
    expect(approval.querySelector('.message')?.textContent).toBe('Approval is due within 15 working days of acceptance: by 2027-01-11 at the latest. (provisional)');
    expect(approval.querySelector('.provisional-mark')?.getAttribute('title')).toMatch(/^Provisional: the 2027 holiday schedule has not been added/);
    expect(root.querySelector('.finding[data-rule="renewal.deadline"]')).not.toBeNull();
    expect(root.querySelector('.finding[data-rule="renewal.deadline"] .provisional-mark')).toBeNull();
  });

  it('marks a last safe day already past', () => {
    // Checked on 2026-12-18 for a permit valid until 2026-12-31: the last safe day was 2026-12-10.
    const output = runChecks(loadExample('renewal-late'), { lang: 'en' });
    const root = mount(<Checklist output={output} lang="en" />);
    const lastSafe = root.querySelector('[data-date="lastSafeSubmission"]')!;
    expect(lastSafe.classList.contains('overdue')).toBe(true);
    expect(lastSafe.querySelector('dd')?.textContent).toBe('2026-12-10 (8 days ago)');
    expect(root.querySelector('[data-date="approvalBy"] dd')?.textContent).toBe('Computed once accepted');
    expect(texts(root, '[data-group="error"] h3')).toEqual(['Errors (1): must be fixed, or the application is sent back or refused']);
  });

  it('shows English material names and reasons in English', () => {
    const output = runChecks(loadExample('new-problems'), { lang: 'en' });
    const root = mount(<Checklist output={output} lang="en" />);
    const invoice = root.querySelector('.material[data-material="rent-invoice"]')!;
    expect(invoice.querySelector('.material-name')?.textContent).toBe(materialName('rent-invoice', 'en'));
    expect(invoice.querySelector('.material-why')?.textContent).toBe(`Needed only when: ${whyOf('rent-invoice', 'en')}`);
  });
});
