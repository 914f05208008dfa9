import { describe, expect, it, vi } from 'vitest';
import { WAGE_TABLE } from '../../../rules/wage';
import { overrides } from '../../support/bus';
import { optionsPageTests } from '../../support/options-page';
import { buttonByText, byLabel, choose, click, texts, typeInto, waitFor } from './helpers';

vi.mock('../../../utils/messages', async (importOriginal) =>
  (await import('../../support/messages-mock')).messagesThroughTestBus(importOriginal),
);

const options = optionsPageTests((root) => root.querySelector('#opt-lang-select') !== null && root.querySelector('[data-quarantine], .quarantine-list') !== null);

describe('options', () => {
  it('switches the language of the page and of the html element', async () => {
    const root = await options.open();
    expect(document.documentElement.lang).toBe('zh-CN');
    choose(byLabel(root, '语言'), 'en');
    await waitFor(() => root.querySelector('h1')?.textContent === 'Gongju Precheck · Options');
    expect(root.querySelector('h1')?.textContent).toBe('Gongju Precheck · Options');
    expect(document.documentElement.lang).toBe('en');
    expect((await options.store.getSettings()).lang).toBe('en');
  });

  it('shows the built-in wage table with its source, and stores an override only when it is valid', async () => {
    const root = await options.open();
    expect(root.querySelectorAll('.wage-table tbody tr')).toHaveLength(WAGE_TABLE.length);
    expect(root.querySelector('.wage-source')?.textContent).toContain(WAGE_TABLE[0]!.source);

    click(byLabel(root, '使用自定义的月平均工资代替内置数据'));
    typeInto(byLabel(root, '月平均工资（元）'), '12,500');
    typeInto(byLabel(root, '数据年度（如 2025）'), '25');
    click(buttonByText(root, '保存工资设置'));
    await waitFor(() => root.querySelector('.field-error') !== null);
    expect(root.querySelector('.field-error')?.textContent).toBe('请填写四位数的数据年度（2000–2100）。');
    expect((await options.store.getSettings()).wageOverride).toBeNull();

    typeInto(byLabel(root, '数据年度（如 2025）'), '2025');
    click(buttonByText(root, '保存工资设置'));
    await waitFor(() => root.querySelector('.save-state')?.textContent === '设置已保存。');
    expect((await options.store.getSettings()).wageOverride).toEqual({ monthly: 12500, dataYear: 2025 });
  });

  it('turns reminders off', async () => {
    const root = await options.open();
    const reminders = byLabel(root, '在最晚安全提交日临近时提醒我') as HTMLInputElement;
    expect(reminders.checked).toBe(true);
    click(reminders);
    await waitFor(() => root.querySelector('.save-state')?.textContent === '设置已保存。');
    expect((await options.store.getSettings()).reminders).toBe(false);
  });

  it('lists a record set aside and discards it after confirmation', async () => {
    // An autosave with no usable application type is set aside (store: autosave).
    await options.store.autosave({ pageKey: 'fw.bjrcgz.gov.cn/x', caseData: { type: 'no-such-type' } });
    const root = await options.open();
    const entry = root.querySelector('.quarantine-list li')!;
    expect(entry.textContent).toContain('网上申报页面的自动保存');
    expect(entry.textContent).toContain('业务类型（type）');

    click(buttonByText(entry, '丢弃'));
    expect(await options.store.listQuarantine()).toHaveLength(1);
    click(buttonByText(entry, '确定丢弃'));
    await waitFor(() => root.querySelector('[data-quarantine="empty"]') !== null);
    expect(await options.store.listQuarantine()).toHaveLength(0);
  });

  it('says when the store cannot keep data', async () => {
    overrides.set('status/get', { persistent: false, failure: 'InvalidStateError', quarantined: 0 });
    const root = await options.open();
    await waitFor(() => root.querySelector('[data-storage="memory"]') !== null);
    expect(root.querySelector('[data-notice="not-persistent"]')).not.toBeNull();
    expect(texts(root, '[data-storage="memory"]')[0]).toContain('关闭浏览器后');
  });
});
