// Sends what the page shows to the background store: debounced while typing, at once when the tab is hidden.
import type { Snapshot } from '../session';
import type { Unit } from './types';

export const AUTOSAVE_DEBOUNCE_MS = 400;

/** Only pages that show something of a case are saved: an empty form makes no draft. */
export function hasCaseContent(snapshot: Snapshot): boolean {
  const data = snapshot.read.caseData as { applicant?: object; employer?: object; permit?: object; attachments?: unknown[] };
  return !!snapshot.type && [data.applicant, data.employer, data.permit].some((part) => part && Object.keys(part).length > 0);
}

export const autosaveUnit: Unit = {
  id: 'autosave',
  start: ({ ctx, session, bridge, pageKey }) => {
    let timer: number | undefined;
    let pending: Snapshot | null = null;
    const flush = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      const snapshot = pending;
      pending = null;
      if (snapshot && hasCaseContent(snapshot)) void bridge.autosave(pageKey(), snapshot);
    };
    session.subscribe((snapshot) => {
      pending = snapshot;
      if (timer !== undefined) clearTimeout(timer);
      timer = ctx.setTimeout(flush, AUTOSAVE_DEBOUNCE_MS);
    });
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
    ctx.addEventListener(window, 'pagehide', flush);
  },
};
