// Labels by position, when no DOM relation gives one (after Bitwarden's label-left / label-top):
// the nearest visible text to the left on the same line, else directly above, a short distance
// away, with no other control in between. Needs a layout engine; without one (boxes all zero) it
// finds nothing.

import { CONTROL_SELECTOR } from './dom';
import { squash } from './text';

/** How far a label may sit from its control, in CSS pixels. */
const MAX_LEFT = 160;
const MAX_ABOVE = 40;
const MAX_LABEL = 30;
/** Texts looked at per control, and levels of ancestors: a label is near. */
const MAX_TEXTS = 200;
const MAX_DEPTH = 7;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'OPTION', 'SELECT', 'TEXTAREA', 'BUTTON', 'TEMPLATE', 'NOSCRIPT']);

function textBox(node: Text): Box | null {
  const range = node.ownerDocument.createRange();
  range.selectNodeContents(node);
  const box = range.getBoundingClientRect();
  return box.width > 0 && box.height > 0 ? box : null;
}

function sameLine(a: Box, b: Box): boolean {
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return overlap >= 0.5 * Math.min(a.bottom - a.top, b.bottom - b.top);
}

function overlapsColumn(label: Box, target: Box): boolean {
  return label.left < target.right && label.right > target.left;
}

interface Seen {
  texts: Array<{ text: string; box: Box }>;
  controls: Box[];
}

/** The texts and the other controls under `node`, in document order, up to the limit. */
function collect(node: Node, target: Element, seen: Seen): void {
  if (seen.texts.length >= MAX_TEXTS) return;
  if (node.nodeType === 3) {
    const text = squash(node.nodeValue ?? '');
    const box = text !== '' && text.length <= MAX_LABEL ? textBox(node as Text) : null;
    if (box) seen.texts.push({ text, box });
    return;
  }
  if (node.nodeType !== 1) return;
  const element = node as Element;
  if (element === target || SKIPPED.has(element.tagName) || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return;
  if (element.matches(CONTROL_SELECTOR)) {
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.height > 0) seen.controls.push(box);
    return;
  }
  for (let child = element.firstChild; child; child = child.nextSibling) collect(child, target, seen);
}

/** A control stands between a text and the target: the text labels that control, not this one. */
function blocked(from: Box, to: Box, controls: readonly Box[], horizontal: boolean): boolean {
  return controls.some((box) =>
    horizontal ? sameLine(box, to) && box.left >= from.right - 1 && box.right <= to.left + 1 : overlapsColumn(box, to) && box.top >= from.bottom - 1 && box.bottom <= to.top + 1,
  );
}

/** The text to the left of `target` on its line, else right above it; null when none is near. */
export function nearbyLabel(target: Element): { source: 'label-left' | 'label-top'; text: string } | null {
  const own = target.getBoundingClientRect();
  if (own.width === 0 && own.height === 0) return null;
  const seen: Seen = { texts: [], controls: [] };
  let inner: Element = target;
  // Each level adds what its other children show: the nearest containers are looked at first.
  for (let depth = 0, scope = target.parentElement; scope && depth < MAX_DEPTH; depth++, inner = scope, scope = scope.parentElement) {
    for (let child = scope.firstChild; child; child = child.nextSibling) if (child !== inner) collect(child, target, seen);
    let left: { text: string; distance: number } | null = null;
    let above: { text: string; distance: number } | null = null;
    for (const { text, box } of seen.texts) {
      if (box.right <= own.left + 2 && sameLine(box, own)) {
        const distance = own.left - box.right;
        if (distance <= MAX_LEFT && (!left || distance < left.distance) && !blocked(box, own, seen.controls, true)) left = { text, distance };
      } else if (box.bottom <= own.top + 2 && overlapsColumn(box, own)) {
        const distance = own.top - box.bottom;
        if (distance <= MAX_ABOVE && (!above || distance < above.distance) && !blocked(box, own, seen.controls, false)) above = { text, distance };
      }
    }
    if (left) return { source: 'label-left', text: left.text };
    if (above) return { source: 'label-top', text: above.text };
    if (scope.tagName === 'BODY' || seen.texts.length >= MAX_TEXTS) break;
  }
  return null;
}
