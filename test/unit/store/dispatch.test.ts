import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage, onStoreEvent, type StoreEvent } from '../../../utils/messages';
import type { Store } from '../../../utils/store/db';
import type { Sender } from '../../../utils/store/dispatch';
import { TEST_EXTENSION_ID, TEST_EXTENSION_ORIGIN, testDispatcher, testTabs } from '../../support/dispatcher';
import { freshStore, newCase, renewalCase } from './helpers';

const EXTENSION_ID = TEST_EXTENSION_ID;
const ORIGIN = TEST_EXTENSION_ORIGIN;
const PAGE: Sender = { id: EXTENSION_ID, url: `${ORIGIN}dashboard.html` };
const PORTAL = 'https://fw.bjrcgz.gov.cn';
/** A page key of the portal page the content script below runs in. */
const KEY = `${PORTAL}/apply#/basic`;
const contentScript = (tabId: number, url = `${PORTAL}/apply#/basic`, frameId = 0, tabUrl = url): Sender => ({
  id: EXTENSION_ID,
  url,
  frameId,
  tab: { id: tabId, url: tabUrl },
});

beforeEach(() => {
  fakeBrowser.reset();
});

async function setup(store?: Store) {
  const events: StoreEvent[] = [];
  const tabs = testTabs();
  const s = store ?? (await freshStore()).store;
  const dispatch = testDispatcher(s, { tabs, onEvent: (event) => events.push(event) });
  return { dispatch, events, store: s, tabs };
}

describe('dispatcher', () => {
  it('rejects senders that are not this extension', async () => {
    const { dispatch } = await setup();
    for (const sender of [{ id: 'someone-else', url: PAGE.url }, {}, undefined as unknown as Sender]) {
      expect(await dispatch({ type: 'case/list' }, sender)).toEqual({ ok: false, error: 'request from outside this extension' });
    }
  });

  it('rejects malformed requests without throwing', async () => {
    const { dispatch, store } = await setup();
    const malformed: unknown[] = [
      null,
      'case/list',
      [],
      {},
      { type: 'case/unknown' },
      { type: 'toString' },
      { type: 'case/get' },
      { type: 'case/get', id: 42 },
      { type: 'case/list-items', ids: 'x' },
      { type: 'case/list-items', ids: [1] },
      { type: 'case/save', input: 'x' },
      { type: 'case/autosave', pageKey: KEY },
      { type: 'cases/import', data: {} },
      { type: 'cases/csv', lang: 'fr' },
      { type: 'mappings/set', pageKey: KEY, mappings: [] },
      { type: 'tab/case', tabId: -1 },
      { type: 'reminders/set-eligible', id: 'x', on: 'yes' },
      { type: 'reminders/set-eligible', on: true },
    ];
    for (const message of malformed) expect(await dispatch(message, PAGE)).toEqual({ ok: false, error: 'malformed request' });
    expect(await store.listCases()).toEqual([]);
  });

  it('answers well-formed requests whose content the store rejects with the store\'s reason', async () => {
    const { dispatch } = await setup();
    const reply = await dispatch({ type: 'case/save', input: { case: { schema: 'gongju-case/1', type: 'x' } } }, PAGE);
    expect(reply).toMatchObject({ ok: true, value: { ok: false, error: { path: 'case.type' } } });
  });

  it('turns a failing store into an error reply', async () => {
    const broken = { listCases: () => Promise.reject(new DOMException('connection lost', 'InvalidStateError')) } as unknown as Store;
    const { dispatch } = await setup(broken);
    expect(await dispatch({ type: 'case/list' }, PAGE)).toEqual({ ok: false, error: 'InvalidStateError: connection lost' });
  });

  it('lets content scripts only autosave, read and set mappings, and read settings', async () => {
    const { dispatch } = await setup();
    const tab = contentScript(7);
    for (const message of [
      { type: 'case/list' },
      { type: 'case/list-items' },
      { type: 'case/get', id: 'x' },
      { type: 'cases/export' },
      { type: 'cases/import', data: '{}' },
      { type: 'settings/set', patch: {} },
      { type: 'case/delete', id: 'x' },
      { type: 'reminders/eligible' },
      { type: 'reminders/set-eligible', id: 'x', on: true },
      // Unused by the content script, so not open to it.
      { type: 'status/get' },
      { type: 'tab/case' },
    ]) {
      expect(await dispatch(message, tab)).toMatchObject({ ok: false, error: expect.stringContaining('not available to content scripts') });
    }
    for (const message of [
      { type: 'mappings/get', pageKey: KEY },
      { type: 'mappings/set', pageKey: KEY, mappings: {} },
      { type: 'settings/get' },
      { type: 'case/autosave', pageKey: KEY, docNonce: 'doc-1', caseData: newCase() },
    ]) {
      expect(await dispatch(message, tab)).toMatchObject({ ok: true });
    }
  });

  it('answers content scripts on the portal over https only', async () => {
    const { dispatch, store } = await setup();
    for (const url of [
      'http://fw.bjrcgz.gov.cn/apply',
      'https://evil.bjrcgz.gov.cn/apply',
      'https://fw.bjrcgz.gov.cn.example.org/apply',
      'https://example.org/',
      'not a url',
      undefined,
    ]) {
      const sender = { ...contentScript(7), url };
      expect(await dispatch({ type: 'settings/get' }, sender)).toEqual({ ok: false, error: 'request from outside the portal' });
      expect(await dispatch({ type: 'case/autosave', pageKey: KEY, docNonce: 'doc-1', caseData: newCase() }, sender)).toMatchObject({ ok: false });
    }
    expect(await store.listCases()).toEqual([]);
    for (const host of ['fw.bjrcgz.gov.cn', 'www.bjrcgz.gov.cn', 'bjrcgz.gov.cn']) {
      expect(await dispatch({ type: 'settings/get' }, contentScript(7, `https://${host}/x`))).toMatchObject({ ok: true });
    }
  });

  it('answers a frame only inside a portal page', async () => {
    const { dispatch } = await setup();
    // A portal frame in the portal's own page: fine.
    expect(await dispatch({ type: 'settings/get' }, contentScript(7, `${PORTAL}/frame`, 3, `${PORTAL}/apply`))).toMatchObject({ ok: true });
    // A portal frame inside another site's page, or a tab whose address the background cannot see.
    for (const tab of [{ id: 7, url: 'https://example.org/' }, { id: 7 }]) {
      expect(await dispatch({ type: 'settings/get' }, { ...contentScript(7, `${PORTAL}/frame`, 3), tab })).toEqual({
        ok: false,
        error: 'request from a frame outside a portal page',
      });
    }
  });

  it('refuses a page key of another origin than the sender\'s', async () => {
    const { dispatch, store } = await setup();
    const tab = contentScript(7);
    for (const pageKey of ['https://www.bjrcgz.gov.cn/apply', 'http://fw.bjrcgz.gov.cn/apply', 'fw.bjrcgz.gov.cn/apply', 'https://fw.bjrcgz.gov.cn.evil/x', 'p']) {
      expect(await dispatch({ type: 'mappings/set', pageKey, mappings: { a: 'applicant.name' } }, tab)).toEqual({ ok: false, error: 'page key of another origin' });
      expect(await dispatch({ type: 'mappings/get', pageKey }, tab)).toEqual({ ok: false, error: 'page key of another origin' });
      expect(await dispatch({ type: 'case/autosave', pageKey, docNonce: 'doc-1', caseData: newCase() }, tab)).toEqual({ ok: false, error: 'page key of another origin' });
    }
    expect(await store.listCases()).toEqual([]);
  });

  it('keeps what each tab last saved and tells pages', async () => {
    const { dispatch, events } = await setup();
    const saved = await dispatch({ type: 'case/autosave', pageKey: KEY, docNonce: 'doc-1', caseData: renewalCase('2027-01-15'), unrecognised: 2 }, contentScript(7));
    expect(saved).toMatchObject({ ok: true, value: { stored: 'valid', created: true } });
    if (!saved.ok) return;
    const caseId = (saved.value as { caseId: string }).caseId;
    // The content script's reply names the case and carries no case data.
    expect(Object.keys(saved.value as object).sort()).toEqual(['caseId', 'created', 'stored']);
    expect(events).toEqual([
      { type: 'event/tab-changed', tabId: 7 },
      { type: 'event/cases-changed', ids: [caseId] },
    ]);

    const state = await dispatch({ type: 'tab/case', tabId: 7 }, PAGE);
    expect(state).toMatchObject({
      ok: true,
      value: {
        tabId: 7,
        pageKey: KEY,
        caseId,
        unrecognised: 2,
        summary: { caseId, type: 'renewal', status: 'draft', lastSafeSubmission: '2026-12-24' },
      },
    });
    expect(await dispatch({ type: 'tab/case', tabId: 8 }, PAGE)).toEqual({ ok: true, value: null });

    await dispatch({ type: 'case/delete', id: caseId }, PAGE);
    expect(await dispatch({ type: 'tab/case', tabId: 7 }, PAGE)).toEqual({ ok: true, value: null });
  });

  it('unbinds a tab from its case when it shows another page or another document (tab/attach)', async () => {
    const { dispatch, events } = await setup();
    const saved = await dispatch({ type: 'case/autosave', pageKey: KEY, docNonce: 'doc-1', caseData: renewalCase('2027-01-15') }, contentScript(7));
    const caseId = (saved as { value: { caseId: string } }).value.caseId;
    const caseOfTab = async () => ((await dispatch({ type: 'tab/case', tabId: 7 }, PAGE)) as { value: { caseId: string | null } | null }).value?.caseId;
    // The same page of the same document (the content script's start after the first autosave): still bound.
    await dispatch({ type: 'tab/attach', pageKey: KEY, docNonce: 'doc-1' }, contentScript(7));
    expect(await caseOfTab()).toBe(caseId);
    events.length = 0;
    // Another route of the app, then a reload (a new document): bound to nothing.
    await dispatch({ type: 'tab/attach', pageKey: `${PORTAL}/apply#/next`, docNonce: 'doc-1' }, contentScript(7));
    expect(await caseOfTab()).toBeNull();
    expect(events).toEqual([{ type: 'event/tab-changed', tabId: 7 }]);
    await dispatch({ type: 'case/autosave', pageKey: KEY, docNonce: 'doc-1', caseData: renewalCase('2027-01-15') }, contentScript(7));
    expect(await caseOfTab()).toBe(caseId);
    await dispatch({ type: 'tab/attach', pageKey: KEY, docNonce: 'doc-2' }, contentScript(7));
    expect(await caseOfTab()).toBeNull();
    expect(await dispatch({ type: 'tab/case', tabId: 7 }, PAGE)).toMatchObject({ ok: true, value: { pageKey: KEY, docNonce: 'doc-2', stored: 'none' } });
  });

  it('says a tab that went to another site shows no case', async () => {
    const { store, tabs } = await setup();
    let url: string | undefined = `${PORTAL}/apply#/basic`;
    const dispatch = testDispatcher(store, { tabs, tabUrl: async () => url });
    await dispatch({ type: 'case/autosave', pageKey: KEY, docNonce: 'doc-1', caseData: renewalCase('2027-01-15') }, contentScript(7));
    expect(await dispatch({ type: 'tab/case', tabId: 7 }, PAGE)).toMatchObject({ ok: true, value: { tabId: 7 } });
    // Without the tabs permission the browser tells a tab's address only on the portal.
    url = undefined;
    expect(await dispatch({ type: 'tab/case', tabId: 7 }, PAGE)).toEqual({ ok: true, value: null });
  });

  it('keeps the reminders of first days to apply, for stored cases only, and tells pages', async () => {
    const { dispatch, events } = await setup();
    const saved = await dispatch({ type: 'case/save', input: { case: newCase() } }, PAGE);
    const id = (saved as { value: { record: { id: string } } }).value.record.id;
    events.length = 0;
    expect(await dispatch({ type: 'reminders/set-eligible', id: 'gone', on: true }, PAGE)).toEqual({ ok: true, value: false });
    expect(events).toEqual([]);
    expect(await dispatch({ type: 'reminders/set-eligible', id, on: true }, PAGE)).toEqual({ ok: true, value: true });
    expect(events).toEqual([{ type: 'event/reminders-changed' }]);
    expect(await dispatch({ type: 'reminders/eligible' }, PAGE)).toEqual({ ok: true, value: [id] });
  });

  it('lists the cases\' items, all or those asked for', async () => {
    const { dispatch } = await setup();
    const first = await dispatch({ type: 'case/save', input: { case: newCase() } }, PAGE);
    const second = await dispatch({ type: 'case/save', input: { case: renewalCase('2027-01-15') } }, PAGE);
    const idOf = (reply: typeof first) => (reply as { value: { record: { id: string } } }).value.record.id;
    const all = await dispatch({ type: 'case/list-items' }, PAGE);
    expect(all).toMatchObject({
      ok: true,
      value: [
        { id: idOf(second), type: 'renewal', lastSafeSubmission: '2026-12-24' },
        { id: idOf(first), type: 'new' },
      ],
    });
    const some = await dispatch({ type: 'case/list-items', ids: [idOf(first), 'gone'] }, PAGE);
    expect((some as { value: Array<{ id: string }> }).value.map((item) => item.id)).toEqual([idOf(first)]);
  });

  it('binds a tab whose draft is merged to the case it went into, though the tab was bound before a restart', async () => {
    const { dispatch, store } = await setup();
    const id = '110105199003071239';
    const first = await dispatch({ type: 'case/autosave', pageKey: KEY, docNonce: 'doc-a', caseData: { ...newCase(), applicant: { idNumber: id } } }, contentScript(3));
    const other = `${PORTAL}/apply#/again`;
    const draft = await dispatch({ type: 'case/autosave', pageKey: other, docNonce: 'doc-b', caseData: { ...newCase(), applicant: { idNumber: id, name: '李四' } } }, contentScript(4, other));
    const caseIdOf = (reply: typeof first) => (reply as { value: { caseId: string } }).value.caseId;
    // The same applicant in another document: a draft of its own, waiting to be merged.
    expect((await store.getCase(caseIdOf(draft)))?.pendingMerge).toBe(caseIdOf(first));

    const events: StoreEvent[] = [];
    const restarted = testDispatcher(store, { onEvent: (event) => events.push(event) });
    expect(await restarted({ type: 'case/merge-pending', id: caseIdOf(draft) }, PAGE)).toMatchObject({ ok: true, value: { id: caseIdOf(first) } });
    expect(await restarted({ type: 'tab/case', tabId: 4 }, PAGE)).toMatchObject({ ok: true, value: { tabId: 4, caseId: caseIdOf(first) } });
    expect(events).toContainEqual({ type: 'event/tab-changed', tabId: 4 });
    expect(await restarted({ type: 'tab/case', tabId: 3 }, PAGE)).toMatchObject({ ok: true, value: { tabId: 3, caseId: caseIdOf(first) } });
  });

  it('keeps tab state in session storage across a restart of the background', async () => {
    const { dispatch, store } = await setup();
    await dispatch({ type: 'case/autosave', pageKey: KEY, docNonce: 'doc-1', caseData: newCase() }, contentScript(3));
    const restarted = testDispatcher(store);
    expect(await restarted({ type: 'tab/case', tabId: 3 }, PAGE)).toMatchObject({ ok: true, value: { tabId: 3, pageKey: KEY } });
  });

  it('exports CSV and imports files for pages', async () => {
    const { dispatch, events } = await setup();
    await dispatch({ type: 'case/save', input: { case: newCase() } }, PAGE);
    const csv = await dispatch({ type: 'cases/csv', lang: 'en' }, PAGE);
    expect(csv.ok && (csv.value as string).split('\r\n')).toHaveLength(3);
    const exported = await dispatch({ type: 'cases/export' }, PAGE);
    if (!exported.ok) throw new Error('export failed');
    const reply = await dispatch({ type: 'cases/import', data: JSON.stringify(exported.value) }, PAGE);
    expect(reply).toMatchObject({ ok: true, value: { ok: false, reason: 'duplicates' } });
    const settings = await dispatch({ type: 'settings/set', patch: { lang: 'en' } }, PAGE);
    expect(settings).toMatchObject({ ok: true, value: { ok: true, value: { lang: 'en' } } });
    expect(events.at(-1)).toEqual({ type: 'event/settings-changed' });
  });
});

describe('sendMessage', () => {
  it('returns the reply of the background', async () => {
    fakeBrowser.runtime.onMessage.addListener((_message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      sendResponse({ ok: true, value: { persistent: true, failure: null, quarantined: 0 } });
      return true;
    });
    expect(await sendMessage({ type: 'status/get' })).toEqual({ ok: true, value: { persistent: true, failure: null, quarantined: 0 } });
  });

  it('never throws when nobody answers', async () => {
    expect(await sendMessage({ type: 'status/get' })).toMatchObject({ ok: false });
  });

  it('passes store events to listeners in pages and ignores requests', async () => {
    const listener = vi.fn();
    const stop = onStoreEvent(listener);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'case/list' }, {}, () => undefined);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'event/settings-changed' }, {}, () => undefined);
    expect(listener).toHaveBeenCalledExactlyOnceWith({ type: 'event/settings-changed' });
    stop();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'event/settings-changed' }, {}, () => undefined);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('ignores an event a content script sends (security review I3)', async () => {
    const listener = vi.fn();
    const stop = onStoreEvent(listener);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'event/cases-changed', ids: [] }, { id: EXTENSION_ID, tab: { id: 7 } as never }, () => undefined);
    expect(listener).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'event/cases-changed', ids: [] }, { id: EXTENSION_ID }, () => undefined);
    expect(listener).toHaveBeenCalledOnce();
    stop();
  });
});
