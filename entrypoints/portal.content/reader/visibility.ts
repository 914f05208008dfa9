// Whether a control is shown. Hidden controls are skipped, with one exception: a control in an
// inactive tab pane or a collapsed panel is still part of the form the user is filling in.

const HIDDEN_MARK = '[hidden], [style*="display: none"], [style*="display:none"]';
const PANE = '.el-tab-pane, [role="tabpanel"], .el-collapse-item__wrap';

function isPane(element: Element): boolean {
  return element.matches(PANE);
}

/** The nearest ancestor-or-self hidden by an attribute or inline style, skipping tab panes. */
function hiddenByMarkup(element: Element): boolean {
  let hidden = element.closest(HIDDEN_MARK);
  while (hidden && isPane(hidden)) hidden = hidden.parentElement?.closest(HIDDEN_MARK) ?? null;
  return hidden !== null;
}

export type Visible = Element & { checkVisibility?: () => boolean };

/**
 * Hidden by markup (v-show, hidden attribute) or, where the engine can tell, by style sheets.
 * checkVisibility needs only a style pass, not a layout, and that pass is shared by every control
 * checked in the same read.
 */
export function isHidden(element: Element): boolean {
  const visible = element as Visible;
  if (typeof visible.checkVisibility !== 'function') return hiddenByMarkup(element);
  if (visible.checkVisibility()) return false;
  if (hiddenByMarkup(element)) return true;
  const pane = element.closest(PANE);
  if (!pane) return true;
  // Inside a pane: hidden only when what holds the panes is hidden too.
  const holder = pane.parentElement as Visible | null;
  return holder !== null && typeof holder.checkVisibility === 'function' && !holder.checkVisibility();
}

/** Whether the engine lays the page out (a browser) or not (a DOM without layout gives zero boxes). */
export function hasLayout(doc: Document): boolean {
  const box = doc.documentElement.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/**
 * On screen now, tab panes included (unlike isHidden): not hidden by style or markup and, where
 * the engine lays the page out, with a box wider and taller than `minSize` pixels.
 */
export function isOnScreen(element: Element, layout: boolean, minSize = 0): boolean {
  if ((element as Visible).checkVisibility?.() === false) return false;
  if (element.closest(`${HIDDEN_MARK}, [aria-hidden="true"]`)) return false;
  if (!layout) return true;
  const box = element.getBoundingClientRect();
  return box.width > minSize && box.height > minSize;
}
