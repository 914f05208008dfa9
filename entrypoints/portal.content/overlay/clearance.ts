// Keeps the chip clear of the portal: it is placed where no control of the page is, as near as can
// be to where the user put it, and placed again when the page scrolls, resizes or changes, when the
// user points at or focuses something it would stand over. Nothing of the page is changed: it is
// only read (boxes of its controls) and listened to (passive, capturing listeners).
import { anchoredAt, findSpot, overlaps, type Anchor, type Rect, type Size } from './spot';

/**
 * What a user clicks or types into: links, buttons, form controls and widgets that say what they
 * are (ARIA roles), labels (a click on one reaches its control), and anything in the tab order.
 */
export const INTERACTIVE = [
  'a[href]', 'button', 'input:not([type="hidden"])', 'select', 'textarea', 'label', 'summary', '[contenteditable=""]', '[contenteditable="true"]',
  '[role="button"]', '[role="link"]', '[role="tab"]', '[role="checkbox"]', '[role="radio"]', '[role="switch"]', '[role="combobox"]',
  '[role="option"]', '[role="menuitem"]', '[role="slider"]', '[role="textbox"]', '[tabindex]:not([tabindex="-1"])',
].join(', ');

/** Frames inside frames are looked into this deep. */
const MAX_FRAME_DEPTH = 3;
/** An element bigger than this share of the viewport is a container, not something one points at. */
const CONTAINER_SHARE = 0.25;

function viewportOf(doc: Document): { width: number; height: number } {
  const view = doc.defaultView;
  return { width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 };
}

function boxOf(element: Element): Rect | null {
  const rect = element.getBoundingClientRect();
  if (!(rect.width > 0 && rect.height > 0)) return null;
  return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
}

/**
 * The boxes of the page's controls that are on screen now, those in its same-origin frames (a form
 * in a content frame) included, in the viewport's coordinates.
 */
export function controlBoxes(doc: Document, isOwn: (element: Element) => boolean, offset = { left: 0, top: 0 }, depth = 0): Rect[] {
  const viewport = { left: 0, top: 0, ...viewportOf(doc) };
  const boxes: Rect[] = [];
  for (const element of doc.querySelectorAll(INTERACTIVE)) {
    if (isOwn(element)) continue;
    const box = boxOf(element);
    if (box && overlaps(box, viewport)) boxes.push({ ...box, left: box.left + offset.left, top: box.top + offset.top });
  }
  if (depth >= MAX_FRAME_DEPTH) return boxes;
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      // Another origin: nothing of it to read, and no content script of ours draws there.
    }
    const box = inner && boxOf(frame);
    if (!inner || !box) continue;
    const at = { left: offset.left + box.left + frame.clientLeft, top: offset.top + box.top + frame.clientTop };
    boxes.push(...controlBoxes(inner, isOwn, at, depth + 1));
  }
  return boxes;
}

export interface ClearanceOptions {
  doc: Document;
  /** Our own elements (the overlay's host), never obstacles. */
  isOwn: (element: Element) => boolean;
  /** The chip's element; its size is measured, its place set. */
  chip: () => HTMLElement | null;
  anchor: () => Anchor;
  /**
   * Smaller sizes the chip may take, largest first, when no spot is free for its own size (the
   * opened chip scrolls its content); none for the pill.
   */
  smaller?: (natural: Size) => Size[];
  /** Whether the user holds the chip (a drag): it stays under the pointer until let go. */
  held?: () => boolean;
}

/** The chip's place as last decided, and what it was decided for. */
interface Placement {
  natural: Size;
  anchor: Anchor;
  viewport: Size;
  /** The size it was given when its own did not fit anywhere; null when it was hidden. */
  size: Size | null;
  spot: { left: number; top: number } | null;
}

const sameSize = (a: Size, b: Size) => a.width === b.width && a.height === b.height;

/**
 * Places the chip now and whenever the page asks for it; `place()` may be called at any time and
 * runs once per frame at most, `pageChanged()` after a change of the page. The page's controls are
 * measured again only when the page may have moved (a change, a scroll, a resize, the user's
 * attention) or the chip's size or anchor changed: a re-check that only changes the counts keeps
 * the spot. Returns a handle to place again and to stop.
 */
export function keepClear(options: ClearanceOptions): { place: () => void; pageChanged: () => void; stop: () => void } {
  const { doc, isOwn } = options;
  const view = doc.defaultView!;
  /** Boxes the chip must also leave: what the user points at or has focused. */
  let attention: Rect | null = null;
  let frame = 0;
  let last: Placement | null = null;
  /** The page may have moved since the last placement. */
  let moved = true;

  const show = (chip: HTMLElement, placement: Placement) => {
    const { natural, size, spot } = placement;
    if (!size || !spot) {
      // Never over a control: out of sight until the page leaves room (a scroll, a resize).
      chip.style.visibility = 'hidden';
      return;
    }
    if (!sameSize(size, natural)) {
      chip.style.width = `${size.width}px`;
      chip.style.height = `${size.height}px`;
    }
    chip.style.left = `${spot.left}px`;
    chip.style.top = `${spot.top}px`;
    chip.style.visibility = 'visible';
  };
  const decide = (natural: Size, anchor: Anchor, viewport: Size): Placement => {
    const obstacles = controlBoxes(doc, isOwn);
    if (attention) obstacles.push(attention);
    for (const size of [natural, ...(options.smaller?.(natural) ?? [])]) {
      const spot = findSpot(size, anchoredAt(anchor, size, viewport), obstacles, viewport);
      if (spot) return { natural, anchor, viewport, size, spot };
    }
    return { natural, anchor, viewport, size: null, spot: null };
  };
  const placeNow = () => {
    frame = 0;
    const chip = options.chip();
    // Placed again once let go: the drop sets a new anchor.
    if (!chip || options.held?.()) return;
    // Its own size, without what an earlier lack of room imposed.
    chip.style.width = '';
    chip.style.height = '';
    const rect = chip.getBoundingClientRect();
    const natural = { width: Math.ceil(rect.width), height: Math.ceil(rect.height) };
    if (natural.width === 0 || natural.height === 0) return;
    const viewport = viewportOf(doc);
    const anchor = options.anchor();
    const same = last !== null && !moved && sameSize(last.natural, natural) && sameSize(last.viewport, viewport) && last.anchor === anchor;
    if (!same) {
      last = decide(natural, anchor, viewport);
      moved = false;
    }
    show(chip, last!);
  };
  const place = () => {
    if (!frame) frame = view.requestAnimationFrame(placeNow);
  };
  const placeAfterMove = () => {
    moved = true;
    place();
  };

  const chipBox = (): Rect | null => {
    const chip = options.chip();
    return chip ? boxOf(chip) : null;
  };
  /** The page element at a point, or its control: what the user is pointing at there. */
  const pointedAt = (x: number, y: number): Rect | null => {
    const element = doc.elementFromPoint(x, y);
    if (!element || isOwn(element)) return null;
    const target = element.closest(INTERACTIVE) ?? element;
    const box = boxOf(target);
    const viewport = viewportOf(doc);
    if (!box || box.width * box.height > viewport.width * viewport.height * CONTAINER_SHARE) return null;
    return box;
  };
  const attend = (box: Rect | null) => {
    const chip = chipBox();
    if (!box || !chip || !overlaps(box, chip)) return;
    attention = box;
    placeAfterMove();
  };

  const onPointer = (event: PointerEvent) => attend(pointedAt(event.clientX, event.clientY));
  const onFocus = (event: FocusEvent) => {
    const target = event.target;
    if (target instanceof Element && !isOwn(target)) attend(boxOf(target));
  };
  const onScroll = () => {
    // What the user pointed at has moved with the page.
    attention = null;
    placeAfterMove();
  };
  const listen = { capture: true, passive: true } as const;
  doc.addEventListener('pointermove', onPointer, listen);
  doc.addEventListener('focusin', onFocus, listen);
  view.addEventListener('scroll', onScroll, listen);
  view.addEventListener('resize', placeAfterMove, { passive: true });
  place();

  return {
    place,
    pageChanged: placeAfterMove,
    stop: () => {
      if (frame) view.cancelAnimationFrame(frame);
      doc.removeEventListener('pointermove', onPointer, listen);
      doc.removeEventListener('focusin', onFocus, listen);
      view.removeEventListener('scroll', onScroll, listen);
      view.removeEventListener('resize', placeAfterMove);
    },
  };
}
