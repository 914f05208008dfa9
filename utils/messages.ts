// The one message protocol between content script, extension pages and the background, which
// owns the store. Requests go to the background and always get a Reply; events go from the
// background to extension pages. What extension pages ask the portal page itself (reveal, fill
// back) is in portal-messages.ts. The dispatcher lives in utils/store/dispatch.ts so that this
// file (imported by the content script) pulls in no store code.
import { browser } from 'wxt/browser';
import type { CaseError } from '../rules/schema';
import type { IcsResult } from './store/ics';
import type { Lang } from '../rules/types';
import type {
  AutosaveResult,
  CaseInput,
  CaseListItem,
  CaseRecord,
  CaseStatus,
  EmployerInput,
  EmployerProfile,
  ExportFile,
  FieldMappings,
  ImportResult,
  QuarantineEntry,
  RosterImportResult,
  SaveResult,
  Settings,
  StoreStatus,
  TabCaseState,
} from './store/types';

export type Request =
  /** From the content script: what it read from a portal page (debounced, and when the page is hidden). */
  | { type: 'case/autosave'; pageKey: string; docNonce: string; caseData: unknown; unrecognised?: number }
  /**
   * From the content script, when it starts and when the page's route changes: the tab now shows
   * this page of this document (docNonce: random per document). Unless both are what the tab
   * showed, the tab is no longer bound to a case: a case is offered for it again only once the
   * page shows it.
   */
  | { type: 'tab/attach'; pageKey: string; docNonce: string }
  | { type: 'case/list' }
  /**
   * The case list's rows, newest first, checked for today: of every case, or of the cases with
   * these ids still stored (an id left out of the reply was deleted).
   */
  | { type: 'case/list-items'; ids?: string[] }
  | { type: 'case/get'; id: string }
  | { type: 'case/save'; input: CaseInput }
  /** Replies with the deleted record, to pass back to case/restore for undo. */
  | { type: 'case/delete'; id: string }
  | { type: 'case/restore'; record: CaseRecord }
  /** A draft a page made while it matched another case (pendingMerge): merge it into that case, or keep it apart. */
  | { type: 'case/merge-pending'; id: string }
  | { type: 'case/keep-pending'; id: string }
  /** Makes an earlier version of the case its content again (a new version itself). */
  | { type: 'case/restore-version'; id: string; index: number }
  | { type: 'case/duplicate'; id: string }
  /** Bulk work on the selected cases: each replies with the records as they were, for undo with cases/restore. */
  | { type: 'cases/delete'; ids: string[] }
  | { type: 'cases/set-status'; ids: string[]; status: CaseStatus }
  | { type: 'cases/restore'; records: unknown[] }
  /** All cases when `ids` is absent. */
  | { type: 'cases/export'; ids?: string[] }
  /** `data`: the text of the file. */
  | { type: 'cases/import'; data: string; replaceDuplicates?: boolean }
  | { type: 'cases/csv'; ids?: string[]; lang: Lang }
  /** The deadlines of these cases (all when `ids` is absent) as an .ics calendar; names only when `names`. */
  | { type: 'cases/ics'; ids?: string[]; lang: Lang; names: boolean }
  /** The cases of a roster's rows, imported in one transaction (Store.importRoster). */
  | { type: 'cases/import-roster'; cases: unknown[] }
  /** Undoes a roster import with what its reply gave. */
  | { type: 'cases/undo-roster'; created: string[]; previous: unknown[] }
  | { type: 'employer/list' }
  | { type: 'employer/save'; input: EmployerInput }
  | { type: 'employer/delete'; id: string }
  | { type: 'mappings/get'; pageKey: string }
  | { type: 'mappings/set'; pageKey: string; mappings: FieldMappings }
  | { type: 'settings/get' }
  | { type: 'settings/set'; patch: Partial<Settings> }
  | { type: 'quarantine/list' }
  | { type: 'quarantine/discard'; id: string }
  | { type: 'status/get' }
  /** Ids of the cases whose first day to apply the user asked to be reminded of. */
  | { type: 'reminders/eligible' }
  /** Sets or clears that reminder for a stored case; replies false when there is no such case. */
  | { type: 'reminders/set-eligible'; id: string; on: boolean }
  /** The case the content script of a tab last saved; content scripts may omit `tabId` (their own tab). */
  | { type: 'tab/case'; tabId?: number };

export type RequestType = Request['type'];

/** What the content script learns from an autosave: where its data went, no case data. */
export type AutosaveReply =
  | { stored: AutosaveResult['stored']; caseId: string | null; created: boolean; error?: CaseError }
  | { stored: 'rejected'; caseId: null; created: false; error: CaseError };

export type Validated<T> = { ok: true; value: T } | { ok: false; error: CaseError };

export interface Responses {
  'case/autosave': AutosaveReply;
  'case/list': CaseRecord[];
  'case/list-items': CaseListItem[];
  'case/get': CaseRecord | null;
  'case/save': SaveResult;
  'case/delete': CaseRecord | null;
  'case/restore': SaveResult;
  'case/merge-pending': CaseRecord | null;
  'case/keep-pending': CaseRecord | null;
  'case/restore-version': CaseRecord | null;
  'case/duplicate': SaveResult;
  'cases/delete': CaseRecord[];
  'cases/set-status': CaseRecord[];
  'cases/restore': { ok: true } | { ok: false; error: CaseError };
  'cases/export': ExportFile;
  'cases/import': ImportResult;
  'cases/csv': string;
  'cases/ics': IcsResult;
  'cases/import-roster': RosterImportResult;
  'cases/undo-roster': { ok: true } | { ok: false; error: CaseError };
  'employer/list': EmployerProfile[];
  'employer/save': Validated<EmployerProfile>;
  'employer/delete': null;
  'mappings/get': FieldMappings;
  'mappings/set': Validated<FieldMappings>;
  'settings/get': Settings;
  'settings/set': Validated<Settings>;
  'quarantine/list': QuarantineEntry[];
  'quarantine/discard': null;
  'status/get': StoreStatus;
  'reminders/eligible': string[];
  'reminders/set-eligible': boolean;
  'tab/case': TabCaseState | null;
  'tab/attach': null;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
export type ResponseTo<M extends Request> = Responses[M['type']];

/** Requests a content script may make; everything else needs an extension page. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set(['case/autosave', 'tab/attach', 'mappings/get', 'mappings/set', 'settings/get']);

/** Sends a request to the background. Never throws: a lost connection is an `ok: false` reply. */
export async function sendMessage<M extends Request>(message: M): Promise<Reply<ResponseTo<M>>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(message);
    if (typeof reply === 'object' && reply !== null && 'ok' in reply) return reply as Reply<ResponseTo<M>>;
    return { ok: false, error: 'no reply from the background' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Broadcast by the background to extension pages after a change, so open pages can refresh; a
 * change of the settings also to the portal's tabs (tellPortalTabs), whose checks use them.
 */
export type StoreEvent =
  | { type: 'event/cases-changed'; ids: string[] }
  | { type: 'event/settings-changed' }
  | { type: 'event/reminders-changed' }
  | { type: 'event/tab-changed'; tabId: number };

export function isStoreEvent(message: unknown): message is StoreEvent {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    (message as { type: string }).type.startsWith('event/')
  );
}

/**
 * Listens for store events in an extension page or a portal page's content script; returns the
 * function that stops listening. The listener never answers, so requests other pages send still
 * reach the background.
 */
export function onStoreEvent(listener: (event: StoreEvent) => void): () => void {
  // Only the background sends events; one from a content script (sender.tab set) is ignored.
  const handler = (message: unknown, sender?: { tab?: unknown }) => {
    if (isStoreEvent(message) && sender?.tab === undefined) listener(message);
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
