// Re-check on input, change and every change of the page that is not ours (the document's one
// watch, reader/watch.ts); the session debounces. Route changes are the mappings unit's.
import { PageWatch } from '../reader/watch';
import type { Unit } from './types';

export const recheckUnit: Unit = {
  id: 'recheck',
  start: ({ ctx, session, isOwnNode }) => {
    // After an update under the page, the first input finds the extension gone and cleans up.
    const schedule = () => {
      if (!ctx.isInvalid) session.schedule();
    };
    ctx.addEventListener(document, 'input', schedule, { capture: true, passive: true });
    ctx.addEventListener(document, 'change', schedule, { capture: true, passive: true });
    const watch = PageWatch.of(document);
    const stopIgnoring = watch.ignore(isOwnNode);
    const stopListening = watch.onChange(schedule);
    ctx.onInvalidated(() => {
      stopListening();
      stopIgnoring();
    });
  },
};
