// Limits against a page that floods the store (security review L5): each refuses or sets aside
// with an error naming the limit, shown in the side panel; none drops data silently.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TabCaseView } from '../../../components/TabCaseView';
import type { Sender } from '../../../utils/store/dispatch';
import { DRAFT_WINDOW_MS, DraftRate, LIMIT_ERRORS, MAX_CASE_JSON_LENGTH, MAX_DRAFTS_PER_TAB_PER_MINUTE, MAX_MAPPING_KEY_LENGTH, MAX_QUARANTINED_PAGES } from '../../../utils/store/limits';
import type { TabCaseState } from '../../../utils/store/types';
import { mount, unmountAll } from '../ui/helpers';
import { TEST_EXTENSION_ID, testDispatcher, testTabs } from '../../support/dispatcher';
import { freshStore } from './helpers';

const EXTENSION_ID = TEST_EXTENSION_ID;
const PORTAL = 'https://fw.bjrcgz.gov.cn';
const tab = (id: number): Sender => ({ id: EXTENSION_ID, url: `${PORTAL}/apply`, frameId: 0, tab: { id } });

beforeEach(() => fakeBrowser.reset());
afterEach(unmountAll);

async function setup() {
  let now = 1_000_000;
  const { store } = await freshStore();
  const tabs = testTabs();
  const dispatch = testDispatcher(store, { tabs, draftRate: new DraftRate(() => now) });
  return { dispatch, store, tabs, later: (ms: number) => (now += ms) };
}

/** A page of the next applicant, in a document of its own, with nothing that matches a stored case. */
const draft = (n: number, tabId = 7) => ({
  type: 'case/autosave',
  pageKey: `${PORTAL}/apply#/p${n}`,
  docNonce: `doc-${tabId}-${n}`,
  caseData: { schema: 'gongju-case/1', type: 'new', applicant: { name: `申请人${n}` } },
});

describe('limits', () => {
  it(`sets aside, not drops, the new drafts of one tab beyond ${MAX_DRAFTS_PER_TAB_PER_MINUTE} a minute, and says so`, async () => {
    const { dispatch, store, tabs, later } = await setup();
    for (let n = 0; n < MAX_DRAFTS_PER_TAB_PER_MINUTE; n++) expect(await dispatch(draft(n), tab(7))).toMatchObject({ ok: true, value: { created: true } });
    const over = await dispatch(draft(99), tab(7));
    expect(over).toMatchObject({ ok: true, value: { stored: 'set-aside', created: false, error: LIMIT_ERRORS.drafts } });
    expect(await store.listCases()).toHaveLength(MAX_DRAFTS_PER_TAB_PER_MINUTE);
    const [kept] = await store.listQuarantine();
    expect(kept).toMatchObject({ original: { applicant: { name: '申请人99' } }, reason: LIMIT_ERRORS.drafts });
    expect((await tabs.get(7))?.refused).toEqual(LIMIT_ERRORS.drafts);
    // Another tab is not held back; the same tab may again once the minute has passed.
    expect(await dispatch(draft(1, 8), tab(8))).toMatchObject({ ok: true, value: { created: true } });
    later(DRAFT_WINDOW_MS + 1);
    expect(await dispatch(draft(100), tab(7))).toMatchObject({ ok: true, value: { created: true } });
    expect((await tabs.get(7))?.refused).toBeUndefined();
  });

  it('refuses a case too large to keep, naming the limit, and stores nothing', async () => {
    const { dispatch, store, tabs } = await setup();
    const huge = { ...draft(1), caseData: { schema: 'gongju-case/1', type: 'new', applicant: { name: 'x'.repeat(MAX_CASE_JSON_LENGTH) } } };
    expect(await dispatch(huge, tab(7))).toMatchObject({ ok: true, value: { stored: 'rejected', error: LIMIT_ERRORS.size } });
    expect(await store.listCases()).toEqual([]);
    expect(await tabs.get(7)).toMatchObject({ stored: 'rejected', refused: LIMIT_ERRORS.size });
  });

  it('refuses hand mappings with a control key or case path over the length limit', async () => {
    const { dispatch } = await setup();
    const pageKey = `${PORTAL}/apply`;
    const long = 'k'.repeat(MAX_MAPPING_KEY_LENGTH + 1);
    expect(await dispatch({ type: 'mappings/set', pageKey, mappings: { [long]: 'applicant.name' } }, tab(7))).toMatchObject({ ok: true, value: { ok: false } });
    expect(await dispatch({ type: 'mappings/set', pageKey, mappings: { key: `applicant.${long}` } }, tab(7))).toMatchObject({ ok: true, value: { ok: false, error: { path: 'mappings.key' } } });
    expect(await dispatch({ type: 'mappings/get', pageKey }, tab(7))).toEqual({ ok: true, value: {} });
  });

  it(`keeps at most ${MAX_QUARANTINED_PAGES} pages set aside and refuses more, saying so`, async () => {
    const { store } = await freshStore();
    const untyped = (n: number) => ({ pageKey: `${PORTAL}/x${n}`, caseData: { applicant: { name: `某${n}` } } });
    for (let n = 0; n < MAX_QUARANTINED_PAGES; n++) expect(await store.autosave(untyped(n))).toMatchObject({ ok: true, stored: 'set-aside' });
    expect(await store.autosave(untyped(MAX_QUARANTINED_PAGES))).toEqual({ ok: false, error: LIMIT_ERRORS.quarantine });
    // A page already set aside is still replaced by its later state.
    expect(await store.autosave({ ...untyped(0), caseData: { applicant: { name: '某某' } } })).toMatchObject({ ok: true, stored: 'set-aside' });
    expect(await store.listQuarantine()).toHaveLength(MAX_QUARANTINED_PAGES);
  });

  it('shows the refusal in the side panel and the popup', () => {
    const state: TabCaseState = {
      tabId: 7, pageKey: `${PORTAL}/apply`, docNonce: 'd', caseId: null, summary: null, unrecognised: 0,
      stored: 'set-aside', refused: LIMIT_ERRORS.drafts, updatedAt: '2026-11-27T00:00:00.000Z',
    };
    const root = mount(<TabCaseView tabCase={{ loaded: true, state, record: null }} lang="zh" today="2026-11-27" wageOverride={null} />);
    const notice = root.querySelector('[data-notice="refused"]');
    expect(notice?.getAttribute('role')).toBe('alert');
    expect(notice?.textContent).toContain(`${MAX_DRAFTS_PER_TAB_PER_MINUTE} 个上限`);
  });
});
