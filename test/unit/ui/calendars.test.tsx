// The options' holiday calendars (rules.md, Imported calendars): a pasted notice is read, shown as a
// month grid, saved into the settings, listed with its source and removable; a damaged one is
// refused naming its line, and nothing is saved.
import { describe, expect, it, vi } from 'vitest';
import { optionsPageTests } from '../../support/options-page';
import { loadExample } from '../../support/cases';
import { NOTICE_2027 } from '../../support/notice-2027';
import { buttonByText, byLabel, click, typeInto, waitFor } from './helpers';

vi.mock('../../../utils/messages', async (importOriginal) =>
  (await import('../../support/messages-mock')).messagesThroughTestBus(importOriginal),
);

const options = optionsPageTests((root) => root.querySelector('#opt-cal-text') !== null);

describe('holiday calendars in the options', () => {
  it('reads a pasted notice, shows its month grid, saves it and lists it with its source', async () => {
    const root = await options.open();
    expect(root.querySelector('[data-calendars="none"]')).not.toBeNull();
    typeInto(byLabel(root, '粘贴国务院办公厅通知全文'), NOTICE_2027);
    click(buttonByText(root, '读取通知'));
    await waitFor(() => root.querySelector('[data-preview-year="2027"]') !== null);
    const grid = root.querySelector('.year-grid')!;
    expect(grid.querySelectorAll('.month-grid')).toHaveLength(12);
    expect(grid.querySelector('[data-date="2027-02-05"]')?.getAttribute('data-kind')).toBe('off');
    expect(grid.querySelector('[data-date="2027-02-05"]')?.getAttribute('title')).toBe('春节放假');
    expect(grid.querySelector('[data-date="2027-02-20"]')?.getAttribute('data-kind')).toBe('work');
    expect(grid.querySelector('[data-date="2027-02-15"]')?.getAttribute('data-kind')).toBeNull();
    // Nothing is saved before the user says so.
    expect((await options.store.getSettings()).calendars).toEqual([]);

    click(buttonByText(root, '保存2027年的安排'));
    await waitFor(() => root.querySelector('.calendar-list tr[data-year="2027"]') !== null);
    const saved = (await options.store.getSettings()).calendars;
    expect(saved.map((c) => [c.year, c.source])).toEqual([[2027, { kind: 'notice', name: '国务院办公厅关于2027年部分节假日安排的通知' }]]);
    expect(saved[0]!.off).toContain('2027-02-12');
    expect(saved[0]!.work).toEqual(['2027-02-20', '2027-10-09']);
    expect(root.querySelector('.calendar-list tr[data-year="2027"]')?.textContent).toContain('粘贴的通知：国务院办公厅关于2027年部分节假日安排的通知');

    click(root.querySelector('button[aria-label="删除2027年的节假日安排"]'));
    await waitFor(() => root.querySelector('[data-calendars="none"]') !== null);
    expect((await options.store.getSettings()).calendars).toEqual([]);
  });

  it('refuses a damaged notice naming its line, and saves nothing', async () => {
    const root = await options.open();
    typeInto(byLabel(root, '粘贴国务院办公厅通知全文'), NOTICE_2027.replace('2月20日（周六）', '2月20日（周日）'));
    click(buttonByText(root, '读取通知'));
    await waitFor(() => root.querySelector('[data-calendar-problem]') !== null);
    expect(root.querySelector('[data-calendar-problem]')?.textContent).toContain('第5行');
    expect(root.querySelector('[data-calendar-problem]')?.textContent).toContain('2月20日写作周日，实为周六');
    expect(root.querySelector('[data-preview-year]')).toBeNull();
    expect((await options.store.getSettings()).calendars).toEqual([]);
  });

  it('says a built-in year is not replaced and offers no save', async () => {
    const root = await options.open();
    const text2026 = `国务院办公厅关于2026年部分节假日安排的通知
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。`;
    typeInto(byLabel(root, '粘贴国务院办公厅通知全文'), text2026);
    click(buttonByText(root, '读取通知'));
    await waitFor(() => root.querySelector('[data-preview-year="2026"]') !== null);
    expect(root.querySelector('[data-preview-year="2026"]')?.textContent).toContain('2026年的安排已内置');
    expect([...root.querySelectorAll('button')].some((b) => b.textContent?.includes('保存2026年'))).toBe(false);
  });

  it('moves the stored cases\' dates: a renewal valid until 2027-02-26 lists 2027-01-29 instead of the provisional 2027-01-27', async () => {
    await options.store.saveCase({ case: { ...loadExample('renewal-complete'), permit: { ...loadExample('renewal-complete').permit, validUntil: '2027-02-26' } } });
    const today = '2026-11-27';
    const before = await options.store.listItems({ today, wageOverride: null });
    expect(before[0]!.lastSafeSubmission).toBe('2027-01-27');
    const root = await options.open();
    typeInto(byLabel(root, '粘贴国务院办公厅通知全文'), NOTICE_2027);
    click(buttonByText(root, '读取通知'));
    await waitFor(() => root.querySelector('[data-preview-year="2027"]') !== null);
    click(buttonByText(root, '保存2027年的安排'));
    await waitFor(() => root.querySelector('.calendar-list tr[data-year="2027"]') !== null);
    const settings = await options.store.getSettings();
    // Back from Friday 02-26: 25 … 22 (4), Saturday 02-20 worked (5), 19 … 15 (10), 02-12 … 02-05 off,
    // 04 … 01 (14), 01-29 (15).
    const after = await options.store.listItems({ today, wageOverride: null, calendars: settings.calendars });
    expect(after[0]!.lastSafeSubmission).toBe('2027-01-29');
  });
});
