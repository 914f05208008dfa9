// The popup or side panel asks what filling a stored case into the page would change, then to
// write the fields the user confirmed. Only our own extension pages may ask.
import { browser } from 'wxt/browser';
import { applyFill, previewFill, type FillEnv, type FillOutcome, type FillPreviewItem } from '../fill';
import type { Unit } from './types';

export type { FillOutcome, FillPreviewItem, FillReason } from '../fill';

export interface FillPreviewRequest {
  type: 'portal/fill-preview';
  case: unknown;
}

export interface FillApplyRequest {
  type: 'portal/fill-apply';
  case: unknown;
  /** The case paths the user confirmed; no other field is touched. */
  paths: string[];
}

export type FillRequest = FillPreviewRequest | FillApplyRequest;

export type FillReply<T> = { ok: true; value: T } | { ok: false; error: 'busy' | 'failed' };
export type FillPreviewReply = FillReply<FillPreviewItem[]>;
export type FillApplyReply = FillReply<FillOutcome>;

const isCase = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

export function isFillRequest(message: unknown): message is FillRequest {
  const m = message as { type?: unknown; case?: unknown; paths?: unknown } | null;
  if (!m || !isCase(m.case)) return false;
  if (m.type === 'portal/fill-preview') return true;
  return m.type === 'portal/fill-apply' && Array.isArray(m.paths) && m.paths.every((path) => typeof path === 'string');
}

export const fillBackUnit: Unit = {
  id: 'fill-back',
  start: ({ ctx, session }) => {
    const env: FillEnv = {
      doc: document,
      read: () => session.runNow().read,
      mappings: () => session.options.mappings,
    };
    let applying = false;

    const apply = async (request: FillApplyRequest): Promise<FillApplyReply> => {
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
        return Promise.resolve<FillPreviewReply>({ ok: true, value: previewFill(env, message.case) });
      } catch {
        return Promise.resolve<FillPreviewReply>({ ok: false, error: 'failed' });
      }
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
};
