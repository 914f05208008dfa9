// The background's side of the message protocol (../messages.ts): checks who is asking and what,
// runs the request against the store, and always answers with a Reply; it never throws.
import type { CaseError } from '../../rules/schema';
import { NO_COUNTS } from '../../rules/summary';
import { originOf, siteOf } from '../portal';
import { CONTENT_SCRIPT_REQUESTS, type AutosaveReply, type Reply, type Request, type RequestType, type StoreEvent } from '../messages';
import type { CheckDigest } from './assess';
import { digestFor, type CheckOptions } from './cache';
import { casesToCsv } from './csv';
import { casesToIcs } from './ics';
import type { Store } from './db';
import { DraftRate, LIMIT_ERRORS } from './limits';
import { isCount, MAX_ID_LENGTH } from './records';
import type { TabStates } from './tabs';
import { CASE_STATUSES, type CaseRecord, type CaseSummary, type Settings, type TabCaseState } from './types';
import { isPlainObject } from '../../rules/json';

/** The fields of runtime.MessageSender this looks at. */
export interface Sender {
  id?: string;
  url?: string;
  /** 0 for the top frame. */
  frameId?: number;
  /** `url` is known for portal tabs only (host permission). */
  tab?: { id?: number; url?: string };
}

export interface DispatcherOptions {
  store: Store;
  tabs: TabStates;
  /** runtime.id: only our own extension may ask. */
  extensionId: string;
  /** runtime.getURL('/'): senders under it are extension pages, others content scripts. */
  extensionOrigin: string;
  /** `scheme://host` of the portal pages content scripts may ask from (the manifest's content script matches; any port, as there). */
  portalOrigins: readonly string[];
  /** Counts new drafts per tab (limits.ts); a test passes its own clock. */
  draftRate?: DraftRate;
  /** The address a tab shows now, where the browser tells it (portal tabs); a tab elsewhere has no case. */
  tabUrl?: (tabId: number) => Promise<string | undefined>;
  today: () => string;
  /** Told of each change, to refresh the badge and the open pages. */
  onEvent?: (event: StoreEvent) => void;
}

export type Dispatch = (message: unknown, sender: Sender) => Promise<Reply<unknown>>;

type Fields = Record<string, unknown>;

const isId = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_LENGTH;
const isIdList = (v: unknown) => v === undefined || (Array.isArray(v) && v.every(isId));

/** The shape each request must have before it reaches the store (which validates the content). */
const SHAPES: Record<RequestType, (m: Fields) => boolean> = {
  'case/autosave': (m) => isId(m.pageKey) && isId(m.docNonce) && 'caseData' in m && (m.unrecognised === undefined || isCount(m.unrecognised)),
  'tab/attach': (m) => isId(m.pageKey) && isId(m.docNonce),
  'case/list': () => true,
  'case/list-items': (m) => isIdList(m.ids),
  'case/get': (m) => isId(m.id),
  'case/save': (m) => isPlainObject(m.input),
  'case/delete': (m) => isId(m.id),
  'case/merge-pending': (m) => isId(m.id),
  'case/keep-pending': (m) => isId(m.id),
  'case/restore-version': (m) => isId(m.id) && isCount(m.index),
  'case/restore': (m) => isPlainObject(m.record),
  'case/duplicate': (m) => isId(m.id),
  'cases/delete': (m) => Array.isArray(m.ids) && isIdList(m.ids),
  'cases/set-status': (m) => Array.isArray(m.ids) && isIdList(m.ids) && typeof m.status === 'string' && (CASE_STATUSES as readonly string[]).includes(m.status),
  'cases/restore': (m) => Array.isArray(m.records),
  'cases/export': (m) => isIdList(m.ids),
  'cases/import': (m) => typeof m.data === 'string' && (m.replaceDuplicates === undefined || typeof m.replaceDuplicates === 'boolean'),
  'cases/csv': (m) => isIdList(m.ids) && (m.lang === 'zh' || m.lang === 'en'),
  'cases/ics': (m) => isIdList(m.ids) && (m.lang === 'zh' || m.lang === 'en') && typeof m.names === 'boolean',
  'cases/import-roster': (m) => Array.isArray(m.cases),
  'cases/undo-roster': (m) => Array.isArray(m.created) && m.created.every(isId) && Array.isArray(m.previous),
  'employer/list': () => true,
  'employer/save': (m) => isPlainObject(m.input),
  'employer/delete': (m) => isId(m.id),
  'mappings/get': (m) => isId(m.pageKey),
  'mappings/set': (m) => isId(m.pageKey) && isPlainObject(m.mappings),
  'settings/get': () => true,
  'settings/set': (m) => isPlainObject(m.patch),
  'quarantine/list': () => true,
  'quarantine/discard': (m) => isId(m.id),
  'status/get': () => true,
  'reminders/eligible': () => true,
  'reminders/set-eligible': (m) => isId(m.id) && typeof m.on === 'boolean',
  'tab/case': (m) => m.tabId === undefined || isCount(m.tabId),
};

/** The request, when `message` is one of the protocol's with the right shape. */
export function asRequest(message: unknown): Request | null {
  if (!isPlainObject(message) || typeof message.type !== 'string' || !Object.hasOwn(SHAPES, message.type)) return null;
  return SHAPES[message.type as RequestType](message) ? (message as Request) : null;
}

export function summarize(record: CaseRecord, check: CheckDigest | null): CaseSummary {
  return {
    caseId: record.id,
    type: record.case.type,
    status: record.status,
    ...(check?.counts ?? NO_COUNTS),
    lastSafeSubmission: check?.lastSafeSubmission ?? null,
    approvalBy: check?.approvalBy ?? null,
  };
}

/**
 * Why a content script's request is refused, or null: it must come from a portal origin (over
 * https in production), from the top frame or from a frame inside a portal page, and may name only
 * pages of its own origin.
 */
export function refusedContentScript(request: Request, sender: Sender, portalOrigins: ReadonlySet<string>): string | null {
  const site = siteOf(sender.url);
  if (site === null || !portalOrigins.has(site)) return 'request from outside the portal';
  if (sender.frameId !== 0) {
    const top = siteOf(sender.tab?.url);
    if (top === null || !portalOrigins.has(top)) return 'request from a frame outside a portal page';
  }
  if ('pageKey' in request && !request.pageKey.startsWith(`${originOf(sender.url)}/`)) return 'page key of another origin';
  return null;
}

const isLimit = (error: CaseError) => Object.values(LIMIT_ERRORS).some((limit) => limit.path === error.path && limit.expected === error.expected);

/** A tab that shows this page and no case yet: nothing is offered to fill into it until the page shows a case. */
export function unboundTab(tabId: number, pageKey: string, docNonce: string | null): TabCaseState {
  return { tabId, pageKey, docNonce, caseId: null, summary: null, unrecognised: 0, stored: 'none', updatedAt: new Date().toISOString() };
}

export function createDispatcher(options: DispatcherOptions): Dispatch {
  const { store, tabs, extensionId, extensionOrigin, today } = options;
  const portalOrigins = new Set(options.portalOrigins);
  const draftRate = options.draftRate ?? new DraftRate();
  const emit = (event: StoreEvent) => options.onEvent?.(event);
  const casesChanged = (...ids: (string | undefined)[]) =>
    emit({ type: 'event/cases-changed', ids: ids.filter((id): id is string => id !== undefined) });

  const checkOptions = (settings: Settings): CheckOptions => ({ today: today(), wageOverride: settings.wageOverride, calendars: settings.calendars });
  const summaryOf = (record: CaseRecord, settings: Settings) => summarize(record, digestFor(record, checkOptions(settings)));

  async function handle(request: Request, sender: Sender): Promise<unknown> {
    switch (request.type) {
      case 'case/autosave': {
        const tabId = sender.tab?.id;
        const tab = tabId === undefined ? null : await tabs.get(tabId);
        // Bound only in the document that made the binding: a reload or the next page starts unbound.
        const boundCaseId = tab && tab.docNonce === request.docNonce ? tab.caseId : null;
        const mayCreate = tabId === undefined || draftRate.allows(tabId);
        const result = await store.autosave({ pageKey: request.pageKey, caseData: request.caseData, docNonce: request.docNonce, boundCaseId, mayCreate });
        if (!result.ok) {
          // Refused by a limit: the tab says so (the page still shows what it has), and keeps its binding.
          if (tabId !== undefined) {
            await tabs.set({ ...(tab ?? unboundTab(tabId, request.pageKey, request.docNonce)), stored: 'rejected', refused: result.error, updatedAt: new Date().toISOString() });
            emit({ type: 'event/tab-changed', tabId });
          }
          return { stored: 'rejected', caseId: null, created: false, error: result.error } satisfies AutosaveReply;
        }
        if (result.created && tabId !== undefined) draftRate.record(tabId);
        if (tabId !== undefined) {
          const summary = result.record ? summaryOf(result.record, await store.getSettings()) : null;
          await tabs.set({
            tabId,
            pageKey: request.pageKey,
            docNonce: request.docNonce,
            caseId: result.record?.id ?? null,
            summary,
            unrecognised: request.unrecognised ?? 0,
            stored: result.stored,
            ...(result.stored === 'set-aside' && isLimit(result.error) && { refused: result.error }),
            updatedAt: new Date().toISOString(),
          });
          emit({ type: 'event/tab-changed', tabId });
        }
        if (result.record) casesChanged(result.record.id);
        const reply: AutosaveReply = { stored: result.stored, caseId: result.record?.id ?? null, created: result.created };
        if ('error' in result) reply.error = result.error;
        return reply;
      }
      case 'case/list':
        return store.listCases();
      case 'case/list-items':
        return store.listItems(checkOptions(await store.getSettings()), request.ids);
      case 'case/merge-pending': {
        const merged = await store.mergePending(request.id);
        if (merged) {
          // Tabs bound to the draft are bound to the case it went into.
          for (const tabId of await tabs.rebind(request.id, merged.id)) emit({ type: 'event/tab-changed', tabId });
          casesChanged(request.id, merged.id);
        }
        return merged;
      }
      case 'case/keep-pending': {
        const kept = await store.keepPending(request.id);
        if (kept) casesChanged(kept.id);
        return kept;
      }
      case 'case/restore-version': {
        const restored = await store.restoreVersion(request.id, request.index);
        if (restored) casesChanged(restored.id);
        return restored;
      }
      case 'case/get':
        return (await store.getCase(request.id)) ?? null;
      case 'case/save': {
        const result = await store.saveCase(request.input);
        if (result.ok) casesChanged(result.record.id);
        return result;
      }
      case 'case/delete': {
        const record = await store.deleteCase(request.id);
        if (record) casesChanged(record.id);
        return record ?? null;
      }
      case 'case/restore': {
        const result = await store.restoreCase(request.record);
        if (result.ok) casesChanged(result.record.id);
        return result;
      }
      case 'case/duplicate': {
        const result = await store.duplicateCase(request.id);
        if (result.ok) casesChanged(result.record.id);
        return result;
      }
      case 'cases/delete': {
        const deleted = await store.deleteCases(request.ids);
        casesChanged(...deleted.map((r) => r.id));
        return deleted;
      }
      case 'cases/set-status': {
        const previous = await store.setStatuses(request.ids, request.status);
        casesChanged(...previous.map((r) => r.id));
        return previous;
      }
      case 'cases/restore': {
        const result = await store.restoreCases(request.records);
        if (result.ok) casesChanged();
        return result;
      }
      case 'cases/export':
        return store.exportCases(request.ids);
      case 'cases/import': {
        const result = await store.importCases(request.data, { replaceDuplicates: request.replaceDuplicates ?? false });
        if (result.ok) casesChanged();
        return result;
      }
      case 'cases/csv': {
        const wanted = request.ids ? new Set(request.ids) : null;
        const records = (await store.listCases()).filter((r) => !wanted || wanted.has(r.id));
        const settings = await store.getSettings();
        return casesToCsv(records, { lang: request.lang, today: today(), wageOverride: settings.wageOverride, calendars: settings.calendars });
      }
      case 'cases/ics': {
        const wanted = request.ids ? new Set(request.ids) : null;
        const cases = (await store.checkedCases(checkOptions(await store.getSettings()))).filter(({ record }) => !wanted || wanted.has(record.id));
        return casesToIcs(cases, { lang: request.lang, names: request.names });
      }
      case 'cases/import-roster': {
        const result = await store.importRoster(request.cases);
        if (result.ok) casesChanged();
        return result;
      }
      case 'cases/undo-roster': {
        const result = await store.undoRosterImport(request.created, request.previous);
        if (result.ok) casesChanged();
        return result;
      }
      case 'employer/list':
        return store.listEmployers();
      case 'employer/save':
        return store.saveEmployer(request.input);
      case 'employer/delete':
        await store.deleteEmployer(request.id);
        return null;
      case 'mappings/get':
        return store.getMappings(request.pageKey);
      case 'mappings/set':
        return store.setMappings(request.pageKey, request.mappings);
      case 'settings/get':
        return store.getSettings();
      case 'settings/set': {
        const result = await store.setSettings(request.patch);
        if (result.ok) emit({ type: 'event/settings-changed' });
        return result;
      }
      case 'quarantine/list':
        return store.listQuarantine();
      case 'quarantine/discard':
        await store.discardQuarantined(request.id);
        return null;
      case 'status/get':
        return store.status();
      case 'reminders/eligible':
        return [...(await store.eligibleReminders())];
      case 'reminders/set-eligible': {
        const known = await store.setEligibleReminder(request.id, request.on);
        if (known) emit({ type: 'event/reminders-changed' });
        return known;
      }
      case 'tab/attach': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return null;
        const state = await tabs.get(tabId);
        if (state && state.pageKey === request.pageKey && state.docNonce === request.docNonce) return null;
        await tabs.set(unboundTab(tabId, request.pageKey, request.docNonce));
        emit({ type: 'event/tab-changed', tabId });
        return null;
      }
      case 'tab/case': {
        const tabId = request.tabId ?? sender.tab?.id;
        if (tabId === undefined) return null;
        if (options.tabUrl) {
          // The tab went to another site since its content script last spoke: it shows no case of ours.
          const site = siteOf(await options.tabUrl(tabId));
          if (site === null || !portalOrigins.has(site)) return null;
        }
        const state = await tabs.get(tabId);
        if (!state?.caseId) return state;
        const record = await store.getCase(state.caseId);
        if (!record) return null;
        return { ...state, summary: summaryOf(record, await store.getSettings()) };
      }
    }
  }

  return async (message, sender) => {
    try {
      if (!sender || sender.id !== extensionId) return { ok: false, error: 'request from outside this extension' };
      const request = asRequest(message);
      if (!request) return { ok: false, error: 'malformed request' };
      const fromPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
      if (!fromPage) {
        if (!CONTENT_SCRIPT_REQUESTS.has(request.type)) return { ok: false, error: `${request.type} is not available to content scripts` };
        const refused = refusedContentScript(request, sender, portalOrigins);
        if (refused) return { ok: false, error: refused };
      }
      return { ok: true, value: await handle(request, sender) };
    } catch (error) {
      // The message says what failed, never with case data: store errors carry none.
      return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : 'request failed' };
    }
  };
}
