// The popup or side panel asks what filling a stored case into the page would change, then to
// write the fields the user confirmed. Only our own extension pages may ask. A preview holds for
// one case in this document: an apply for another case, or made from a preview of an earlier
// document (a reload, the next page), is refused as stale.
import { browser } from 'wxt/browser';
import { applyFill, previewFill, type FillEnv, type FillOutcome, type FillPreviewItem } from '../fill';
import type { Unit } from './types';

export type { FillOutcome, FillPreviewItem, FillReason } from '../fill';

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

export const fillBackUnit: Unit = {
  id: 'fill-back',
  start: ({ ctx, session, docNonce }) => {
    const env: FillEnv = {
      doc: document,
      read: () => session.runNow().read,
      mappings: () => session.options.mappings,
    };
    let applying = false;
    /** The case of the latest preview in this document. */
    let previewed: string | null = null;

    const apply = async (request: FillApplyRequest): Promise<FillApplyReply> => {
      if (request.docNonce !== docNonce || request.caseId !== previewed) return { ok: false, error: 'stale' };
      if (applying) return { ok: false, error: 'busy' };
      applying = true;
      try {
        return { ok: true, value: await applyFill(env, request.case, request.paths) };
      } catch {
        return { ok: false, error: 'failed' };
      } finally {
        applying = false;
      }
    };

    const listener = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isFillRequest(message)) return undefined;
      if (message.type === 'portal/fill-apply') return apply(message);
      if (applying) return Promise.resolve<FillPreviewReply>({ ok: false, error: 'busy' });
      try {
        const items = previewFill(env, message.case);
        previewed = message.caseId;
        return Promise.resolve<FillPreviewReply>({ ok: true, value: { docNonce, caseId: message.caseId, items } });
      } catch {
        return Promise.resolve<FillPreviewReply>({ ok: false, error: 'failed' });
      }
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
};
