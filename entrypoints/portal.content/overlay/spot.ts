// Where the chip may sit: a spot of its size in the viewport that overlaps none of the page's
// controls, as near as can be to where the user wants it. Pure geometry; clearance.ts measures.

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/**
 * Where the user wants the chip: a corner of the viewport and the distances from it, so the chip
 * keeps its corner when the window is resized. The default is bottom right.
 */
export interface Anchor {
  right: boolean;
  bottom: boolean;
  dx: number;
  dy: number;
}

export const DEFAULT_ANCHOR: Anchor = { right: true, bottom: true, dx: 16, dy: 16 };

/** Distance kept from the viewport's edges and from each control. */
const EDGE = 8;
const GAP = 4;
/** Candidate spots lie on a grid of this pitch, plus the anchored spot itself. */
const PITCH = 8;

export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return a.left < b.left + b.width + gap && b.left < a.left + a.width + gap && a.top < b.top + b.height + gap && b.top < a.top + a.height + gap;
}

/** The top-left corner the anchor asks for, kept inside the viewport. */
export function anchoredAt(anchor: Anchor, size: Size, viewport: Size): { left: number; top: number } {
  const left = anchor.right ? viewport.width - size.width - anchor.dx : anchor.dx;
  const top = anchor.bottom ? viewport.height - size.height - anchor.dy : anchor.dy;
  return {
    left: clamp(left, EDGE, viewport.width - size.width - EDGE),
    top: clamp(top, EDGE, viewport.height - size.height - EDGE),
  };
}

/** The anchor of a box dropped at `box`: its nearest corner and the distances from that corner. */
export function anchorOf(box: Rect, viewport: Size): Anchor {
  const right = box.left + box.width / 2 > viewport.width / 2;
  const bottom = box.top + box.height / 2 > viewport.height / 2;
  return {
    right,
    bottom,
    dx: Math.max(0, Math.round(right ? viewport.width - box.left - box.width : box.left)),
    dy: Math.max(0, Math.round(bottom ? viewport.height - box.top - box.height : box.top)),
  };
}

/**
 * The free spot nearest to `wanted` for a box of `size`: none of `obstacles` (inflated by a small
 * gap) is under it and it lies inside the viewport. Null when the viewport has no such spot.
 */
export function findSpot(size: Size, wanted: { left: number; top: number }, obstacles: readonly Rect[], viewport: Size): { left: number; top: number } | null {
  const maxLeft = viewport.width - size.width - EDGE;
  const maxTop = viewport.height - size.height - EDGE;
  if (maxLeft < EDGE || maxTop < EDGE) return null;
  // Neighbouring spots are mostly covered by the same control: the one that covered the last spot
  // is asked first.
  let lastCover: Rect | undefined;
  const free = (left: number, top: number) => {
    const box = { left, top, width: size.width, height: size.height };
    if (lastCover && overlaps(box, lastCover, GAP)) return false;
    lastCover = obstacles.find((obstacle) => overlaps(box, obstacle, GAP));
    return lastCover === undefined;
  };
  const start = { left: clamp(wanted.left, EDGE, maxLeft), top: clamp(wanted.top, EDGE, maxTop) };
  if (free(start.left, start.top)) return start;

  // Rings of grid spots around the wanted one, nearest ring first; in a ring, the nearest free spot.
  const rings = Math.ceil(Math.max(maxLeft - EDGE, maxTop - EDGE) / PITCH) + 1;
  for (let ring = 1; ring <= rings; ring++) {
    let best: { left: number; top: number; distance: number } | null = null;
    const d = ring * PITCH;
    for (let i = -ring; i <= ring; i++) {
      const offsets = Math.abs(i) === ring ? range(-ring, ring).map((j) => [i, j] as const) : ([[i, -ring], [i, ring]] as const);
      for (const [dx, dy] of offsets) {
        const left = clamp(start.left + dx * PITCH, EDGE, maxLeft);
        const top = clamp(start.top + dy * PITCH, EDGE, maxTop);
        const distance = (left - start.left) ** 2 + (top - start.top) ** 2;
        if (best && distance >= best.distance) continue;
        if (free(left, top)) best = { left, top, distance };
      }
    }
    if (best) return { left: best.left, top: best.top };
    if (d > Math.max(start.left, maxLeft - start.left, start.top, maxTop - start.top)) break;
  }
  return null;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v++) out.push(v);
  return out;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}
