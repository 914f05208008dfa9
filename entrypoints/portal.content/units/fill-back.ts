// The popup or side panel asks what filling a stored case into the page would change, then to
// write the fields the user confirmed. Only our own extension pages may ask. A preview holds for
// one case in this document: an apply for another case, or made from a preview of an earlier
// document (a reload, the next page), is refused as stale.
import { browser } from 'wxt/browser';
import { isFillRequest, type FillApplyReply, type FillApplyRequest, type FillPreviewReply, type FillPreviewRequest } from '../../../utils/portal-messages';
import { applyFill, previewFill, type FillEnv } from '../fill';
import type { Unit } from './types';

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
