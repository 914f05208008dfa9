import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Case } from '../../../rules/schema';
import { Popup } from '../../../entrypoints/popup/Popup';
import { SidePanel } from '../../../entrypoints/sidepanel/SidePanel';
import type { Store } from '../../../utils/store/db';
import { bus, startBackground, stopBackground } from '../../support/bus';
import { buttonByText, click, mount, texts, unmountAll, waitFor } from './helpers';
import { loadExample } from '../../support/cases';

vi.mock('../../../utils/messages', async (importOriginal) =>
  (await import('../../support/messages-mock')).messagesThroughTestBus(importOriginal),
);

let store: Store;

beforeEach(async () => {
  fakeBrowser.reset();
  // The popup and the panel look in the current window.
  await fakeBrowser.windows.create({ focused: true });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-27T04:00:00Z'));
  ({ store } = await startBackground());
  await store.setSettings({ lang: 'zh' });
});

afterEach(() => {
  unmountAll();
  stopBackground();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Opens a portal tab and has its content script autosave `data`, as it does while the user types. */
async function portalTab(data: Case): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url: 'https://fw.bjrcgz.gov.cn/person/#/xbsq', active: true });
  await bus.sendFromTab(tab.id!, { type: 'case/autosave', pageKey: 'https://fw.bjrcgz.gov.cn/person/#/xbsq', docNonce: 'doc-1', caseData: data });
  return tab.id!;
}

const errorRules = (root: HTMLElement) => [...root.querySelectorAll('[data-group="error"] .finding')].map((e) => e.getAttribute('data-rule'));

describe('side panel', () => {
  it("shows the active tab's case and follows the user's typing", async () => {
    const problems = loadExample('new-problems');
    const tabId = await portalTab(problems);
    const root = mount(<SidePanel />);
    await waitFor(() => root.querySelector('.tab-case') !== null);
    expect(root.querySelector('.case-name')?.textContent).toBe('赵国强');
    expect(errorRules(root)).toContain('applicant.income-months');

    // The user adds the missing month on the page; the content script autosaves it.
    const income = [...problems.applicant!.monthlyIncome!, { month: '2026-08', amount: 32000 }];
    await bus.sendFromTab(tabId, {
      type: 'case/autosave',
      pageKey: 'https://fw.bjrcgz.gov.cn/person/#/xbsq',
      docNonce: 'doc-1',
      caseData: { ...problems, applicant: { ...problems.applicant, monthlyIncome: income } },
    });
    await waitFor(() => !errorRules(root).includes('applicant.income-months'));
    expect(errorRules(root)).not.toContain('applicant.income-months');
  });

  it('asks the page to reveal the field of a clicked finding, and the upload of a missing material', async () => {
    const tabId = await portalTab(loadExample('new-problems'));
    const sendToTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const root = mount(<SidePanel />);
    await waitFor(() => root.querySelector('.tab-case') !== null);

    click(root.querySelector('[data-rule="applicant.housing"] button.finding-reveal'));
    expect(sendToTab).toHaveBeenLastCalledWith(tabId, { type: 'portal/reveal', fields: ['applicant.housing.leaseEnd'] });

    click(root.querySelector('.material[data-material="child-birth-certificate"] button'));
    expect(sendToTab).toHaveBeenLastCalledWith(tabId, { type: 'portal/reveal', fields: ['attachments'], material: 'child-birth-certificate' });
  });

  it('follows the user to another tab', async () => {
    await portalTab(loadExample('new-problems'));
    const root = mount(<SidePanel />);
    await waitFor(() => root.querySelector('.tab-case') !== null);
    expect(root.querySelector('.tab-case')).not.toBeNull();
    await fakeBrowser.tabs.create({ url: 'https://example.org/', active: true });
    await waitFor(() => root.querySelector('.tab-case') === null);
    expect(root.querySelector('.tab-case')).toBeNull();
    expect(root.querySelector('[data-notice="not-portal"]')).not.toBeNull();
  });
});

describe('popup', () => {
  it("shows the checklist of the current tab's case and opens the side panel in its window", async () => {
    await portalTab(loadExample('renewal-late'));
    const open = vi.fn().mockResolvedValue(undefined);
    (fakeBrowser as unknown as { sidePanel: { open: typeof open } }).sidePanel.open = open;
    vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const root = mount(<Popup />);
    await waitFor(() => root.querySelector('.tab-case') !== null);
    // Checked on 2026-12-18 for a permit ending 2026-12-31: the last safe day, 2026-12-10, has passed.
    expect(root.querySelector('[data-date="lastSafeSubmission"]')?.classList.contains('overdue')).toBe(true);
    expect(errorRules(root)).toEqual(['renewal.deadline']);

    const [tab] = await fakeBrowser.tabs.query({ active: true, currentWindow: true });
    click(buttonByText(root, '打开侧边栏'));
    expect(open).toHaveBeenCalledWith({ windowId: tab!.windowId });
  });

  it('lists the recent cases away from the portal', async () => {
    await store.saveCase({ case: loadExample('new-complete') });
    await store.saveCase({ case: loadExample('renewal-complete') });
    await fakeBrowser.tabs.create({ url: 'https://example.org/', active: true });
    const root = mount(<Popup />);
    await waitFor(() => root.querySelector('.recent-list') !== null);
    expect(root.querySelector('.tab-case')).toBeNull();
    expect(texts(root, '.recent-list li a')).toHaveLength(2);
    expect(root.querySelector('.recent-list a')?.getAttribute('href')).toMatch(/dashboard\.html#\/case\//);
  });

  it('warns when nothing will be kept', async () => {
    const { overrides } = await import('../../support/bus');
    overrides.set('status/get', { persistent: false, failure: 'private mode', quarantined: 0 });
    const root = mount(<Popup />);
    await waitFor(() => root.querySelector('[data-notice="not-persistent"]') !== null);
    expect(root.querySelector('[data-notice="not-persistent"]')?.getAttribute('role')).toBe('alert');
  });
});
