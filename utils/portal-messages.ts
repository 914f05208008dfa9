// The messages the extension pages send to the portal page's content script (browser.tabs.sendMessage),
// beside the protocol with the background in messages.ts: show a finding on the page, and fill a
// stored case back into it. The requests, their replies and the guards the content script checks
// them with have this one home; the popup, the side panel and the content script all import it.
import { browser } from 'wxt/browser';
import type { Text } from '../rules/types';
import type { StoreEvent } from './messages';
import { siteOf } from './portal';

/** Asks the page to scroll to a finding's fields (or a material's upload). */
export interface RevealRequest {
  type: 'portal/reveal';
  fields: string[];
  material?: string;
}

export function isRevealRequest(message: unknown): message is RevealRequest {
  const m = message as Partial<RevealRequest> | null;
  return !!m && m.type === 'portal/reveal' && Array.isArray(m.fields) && m.fields.every((f) => typeof f === 'string') && (m.material === undefined || typeof m.material === 'string');
}

/** Why a field was not (or cannot be) written. */
export type FillReason = 'not-on-page' | 'read-only' | 'no-option' | 'not-taken' | 'unsupported' | 'no-value';

/** One row of the preview: the field, what the page shows, what it will show. */
export interface FillPreviewItem {
  path: string;
  label: Text;
  /** The field's label as the page shows it. */
  pageLabel: string;
  /** The control's kind as the reader names it (its ControlKind). */
  kind: string;
  from: string;
  to: string;
  /** Set when the page's control cannot take the value (read-only, no such option …). */
  blocked?: FillReason;
  /** Set when the page already shows another ID number, name or credit code: maybe another applicant's page. */
  identity?: true;
}

export interface FillOutcome {
  written: Array<{ path: string; to: string }>;
  failed: Array<{ path: string; reason: FillReason }>;
}

export interface FillPreviewRequest {
  type: 'portal/fill-preview';
  caseId: string;
  case: unknown;
}

/** The preview, with what the apply must name: this document and the case previewed. */
export interface FillPreview {
  docNonce: string;
  caseId: string;
  items: FillPreviewItem[];
}

export interface FillApplyRequest {
  type: 'portal/fill-apply';
  caseId: string;
  docNonce: string;
  case: unknown;
  /** The case paths the user confirmed; no other field is touched. */
  paths: string[];
}

export type FillRequest = FillPreviewRequest | FillApplyRequest;

export type FillReply<T> = { ok: true; value: T } | { ok: false; error: 'busy' | 'failed' | 'stale' };
export type FillPreviewReply = FillReply<FillPreview>;
export type FillApplyReply = FillReply<FillOutcome>;

const isCase = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

export function isFillRequest(message: unknown): message is FillRequest {
  const m = message as { type?: unknown; case?: unknown; caseId?: unknown; docNonce?: unknown; paths?: unknown } | null;
  if (!m || !isCase(m.case) || typeof m.caseId !== 'string') return false;
  if (m.type === 'portal/fill-preview') return true;
  return m.type === 'portal/fill-apply' && typeof m.docNonce === 'string' && Array.isArray(m.paths) && m.paths.every((path) => typeof path === 'string');
}

export type PortalRequest = RevealRequest | FillRequest;

/** The reply to each request: whether the finding was found on the page, the preview, what was written. */
export interface PortalReplies {
  'portal/reveal': { ok: true; value: boolean };
  'portal/fill-preview': FillPreviewReply;
  'portal/fill-apply': FillApplyReply;
}

/** Sends a request to the tab's content script; null when none answers (the tab left the portal, or was opened before the extension). */
export async function askPage<R extends PortalRequest>(tabId: number, request: R): Promise<PortalReplies[R['type']] | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, request)) as PortalReplies[R['type']] | undefined) ?? null;
  } catch {
    return null;
  }
}

/**
 * Tells the content scripts of every tab showing the portal (`portalSites`: scheme and host, as
 * siteOf gives them) of a store event, all frames included: a change of the settings is checked
 * with on pages already open. Only portal tabs show their address to us (host permission).
 * Returns the ids of the tabs told; a tab whose page has no content script is skipped.
 */
export async function tellPortalTabs(event: StoreEvent, portalSites: readonly string[]): Promise<number[]> {
  const tabs = await browser.tabs.query({});
  const told: number[] = [];
  for (const tab of tabs) {
    const site = siteOf(tab.url);
    if (tab.id === undefined || site === null || !portalSites.includes(site)) continue;
    // The page's listener never answers an event: a closed port is not a failure.
    await browser.tabs.sendMessage(tab.id, event).catch(() => undefined);
    told.push(tab.id);
  }
  return told;
}
