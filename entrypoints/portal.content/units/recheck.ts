// Re-check on input, change, route change and DOM changes in the form area (debounced by the session).
import { invalidateDescriptors } from '../reader';
import type { Unit } from './types';

/** After this many DOM-change bursts in a second the observer pauses for a second: some pages animate forever. */
const MUTATION_BURSTS_PER_SECOND = 20;

export const recheckUnit: Unit = {
  id: 'recheck',
  start: ({ ctx, session, scope, isOwnNode }) => {
    // After an update under the page, the first input finds the extension gone and cleans up.
    const schedule = () => {
      if (!ctx.isInvalid) session.schedule();
    };
    ctx.addEventListener(document, 'input', schedule, { capture: true, passive: true });
    ctx.addEventListener(document, 'change', schedule, { capture: true, passive: true });
    // A route change may reuse inputs under new labels: forget what the reader learnt of them.
    const onRoute = () => {
      invalidateDescriptors();
      schedule();
    };
    ctx.addEventListener(window, 'hashchange', onRoute);
    ctx.addEventListener(window, 'popstate', onRoute);
    ctx.addEventListener(window, 'wxt:locationchange', onRoute);

    let bursts = 0;
    let windowStart = Date.now();
    let observed: Element | null = null;
    const observer = new MutationObserver((records) => {
      if (records.every((r) => isOwnNode(r.target) || [...r.addedNodes].every(isOwnNode))) return;
      const now = Date.now();
      if (now - windowStart > 1000) {
        windowStart = now;
        bursts = 0;
      }
      if (++bursts > MUTATION_BURSTS_PER_SECOND) {
        observer.disconnect();
        ctx.setTimeout(() => observe(), 1000);
        return;
      }
      // The form area can be replaced by a route change: follow the new one.
      if (observed && !observed.isConnected) observe();
      schedule();
    });
    const observe = () => {
      observed = scope();
      observer.observe(observed, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'value'] });
    };
    observe();
    ctx.onInvalidated(() => observer.disconnect());
  },
};
