// A layout for the happy-dom document, which has none (every box is empty): elements carrying
// data-box="left top width height" get that box, other elements the union of their children's
// boxes, a text its element's box, the document a 1366 × 900 screen. For the reader's position
// rules (labels to the left or above, natives squeezed behind a widget), which need a layout.
import { onTestFinished } from 'vitest';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
  x: number;
  y: number;
}

const EMPTY: Box = { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0, x: 0, y: 0 };

function box(left: number, top: number, width: number, height: number): Box {
  return { left, top, right: left + width, bottom: top + height, width, height, x: left, y: top };
}

function boxOf(element: Element): Box {
  if (element === element.ownerDocument.documentElement) return box(0, 0, 1366, 900);
  const given = element.getAttribute('data-box');
  if (given) {
    const [left, top, width, height] = given.split(/\s+/).map(Number) as [number, number, number, number];
    return box(left, top, width, height);
  }
  const boxes = Array.from(element.children).map(boxOf).filter((child) => child.width > 0 || child.height > 0);
  if (boxes.length === 0) return EMPTY;
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  return box(left, top, Math.max(...boxes.map((b) => b.right)) - left, Math.max(...boxes.map((b) => b.bottom)) - top);
}

/** Replaces a method where the DOM defines it (happy-dom puts some on subclasses), until the test ends. */
function replace(prototype: object, name: string, method: unknown): void {
  let owner: object | null = prototype;
  while (owner && !Object.prototype.hasOwnProperty.call(owner, name)) owner = Object.getPrototypeOf(owner);
  const target = owner ?? prototype;
  const before = Object.getOwnPropertyDescriptor(target, name);
  Object.defineProperty(target, name, { value: method, configurable: true, writable: true });
  onTestFinished(() => {
    if (before) Object.defineProperty(target, name, before);
    else delete (target as Record<string, unknown>)[name];
  });
}

/** Lays the document out by its data-box attributes until the end of the current test. */
export function layOut(): void {
  replace(HTMLElement.prototype, 'getBoundingClientRect', function (this: Element) {
    return boxOf(this) as DOMRect;
  });
  replace(Range.prototype, 'getBoundingClientRect', function (this: Range) {
    const node = this.startContainer;
    const holder = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return (holder ? boxOf(holder) : EMPTY) as DOMRect;
  });
}
