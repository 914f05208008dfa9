// At 提交 / 确认提交 / 提交申请: while errors exist, stop the click and show every finding at once.
// 仍然提交 clicks the same button again and lets the portal's own handler run untouched. A click is
// only held back when the review can be seen: never when the extension was updated under the page,
// nor when the page hid, covered or removed our overlay.
import type { Unit } from './types';

const SUBMIT_LABELS = new Set(['提交', '确认提交', '提交申请']);
const CLICKABLE = 'button, [role="button"], input[type="submit"], input[type="button"], a, .el-button';

export function submitButtonOf(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const button = target.closest<HTMLElement>(CLICKABLE);
  if (!button) return null;
  const text = (button instanceof HTMLInputElement ? button.value : button.textContent ?? '').replace(/\s+/g, '');
  return SUBMIT_LABELS.has(text) ? button : null;
}

export const submitReviewUnit: Unit = {
  id: 'submit-review',
  start: ({ ctx, session, overlay, reviewShown }) => {
    let passThrough = false;
    const onClick = (event: MouseEvent) => {
      if (passThrough) return;
      const button = submitButtonOf(event.target);
      // Reading isInvalid also runs the clean-up when the extension is gone.
      if (!button || ctx.isInvalid) return;
      // Judge on the page as it is now, not as it was at the last debounced check.
      const snapshot = session.runNow();
      if (snapshot.counts.errors === 0 && snapshot.counts.missingMaterials === 0) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const proceed = () => {
        passThrough = true;
        try {
          button.click();
        } finally {
          passThrough = false;
        }
      };
      overlay.openSubmit({ proceed });
      // The review renders before the next frame; if it is not to be seen then, the user would face a
      // 提交 that does nothing: the portal's own submit goes on instead.
      ctx.requestAnimationFrame(() => {
        if (overlay.state.submit === null || reviewShown()) return;
        overlay.set({ submit: null });
        proceed();
      });
    };
    // Capture on window runs before any handler of the page.
    ctx.addEventListener(window, 'click', onClick as EventListener, { capture: true });
  },
};
