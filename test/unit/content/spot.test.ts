// Where the chip may sit: never over a control, as near as can be to where the user put it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorOf, anchoredAt, DEFAULT_ANCHOR, findSpot, overlaps, type Rect } from '../../../entrypoints/portal.content/overlay/spot';

const VIEWPORT = { width: 1000, height: 600 };
const PILL = { width: 120, height: 24 };

function clear(spot: { left: number; top: number } | null, obstacles: Rect[]): boolean {
  return !!spot && !obstacles.some((o) => overlaps({ ...spot, ...PILL }, o));
}

describe('findSpot', () => {
  it('takes the anchored spot when nothing is there', () => {
    const wanted = anchoredAt(DEFAULT_ANCHOR, PILL, VIEWPORT);
    expect(findSpot(PILL, wanted, [], VIEWPORT)).toEqual(wanted);
    expect(wanted).toEqual({ left: 1000 - 120 - 16, top: 600 - 24 - 16 });
  });

  it('moves off a button in the corner to the nearest free spot', () => {
    const button = { left: 820, top: 540, width: 160, height: 40 };
    const wanted = anchoredAt(DEFAULT_ANCHOR, PILL, VIEWPORT);
    const spot = findSpot(PILL, wanted, [button], VIEWPORT);
    expect(clear(spot, [button])).toBe(true);
    // Near: just above the button rather than across the screen.
    expect(Math.hypot(spot!.left - wanted.left, spot!.top - wanted.top)).toBeLessThan(60);
  });

  it('finds the one gap of a page full of controls, and says when there is none', () => {
    // Rows of inputs 40 px high with 30 px between them, all across.
    const rows: Rect[] = [];
    for (let top = 0; top < 600; top += 70) rows.push({ left: 0, top, width: 1000, height: 40 });
    // 30 px gaps, less the 4 px kept free on each side, leave no room for 24 px.
    expect(findSpot(PILL, { left: 500, top: 300 }, rows, VIEWPORT)).toBeNull();
    const wider: Rect[] = rows.map((r, i) => (i === 4 ? { ...r, height: 10 } : r));
    const found = findSpot(PILL, { left: 500, top: 300 }, wider, VIEWPORT);
    expect(clear(found, wider)).toBe(true);
  });

  it('on any page: a spot it gives is free by the gap it keeps, and the order of the controls does not change it', () => {
    const box = fc.record({ left: fc.integer({ min: -50, max: 1000 }), top: fc.integer({ min: -50, max: 600 }), width: fc.integer({ min: 1, max: 400 }), height: fc.integer({ min: 1, max: 80 }) });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 60 }), fc.record({ left: fc.integer({ min: 0, max: 1000 }), top: fc.integer({ min: 0, max: 600 }) }), (controls, wanted) => {
        const spot = findSpot(PILL, wanted, controls, VIEWPORT);
        if (spot) expect(controls.some((control) => overlaps({ ...spot, ...PILL }, control, 4))).toBe(false);
        expect(findSpot(PILL, wanted, [...controls].reverse(), VIEWPORT)).toEqual(spot);
      }),
      { numRuns: 300 },
    );
  });

  it('stays inside the viewport, and refuses a box bigger than it', () => {
    const spot = findSpot(PILL, { left: -50, top: 900 }, [], VIEWPORT)!;
    expect(spot.left).toBeGreaterThanOrEqual(0);
    expect(spot.top + PILL.height).toBeLessThanOrEqual(VIEWPORT.height);
    expect(findSpot({ width: 2000, height: 20 }, { left: 0, top: 0 }, [], VIEWPORT)).toBeNull();
  });
});

describe('anchors', () => {
  it('keeps the corner a box was dropped nearest to, and puts it back there', () => {
    const dropped = { left: 40, top: 500, width: 120, height: 24 };
    const anchor = anchorOf(dropped, VIEWPORT);
    expect(anchor).toEqual({ right: false, bottom: true, dx: 40, dy: 76 });
    expect(anchoredAt(anchor, PILL, VIEWPORT)).toEqual({ left: 40, top: 500 });
    // A wider window: still 40 px from the left, 76 px from the bottom.
    expect(anchoredAt(anchor, PILL, { width: 1400, height: 800 })).toEqual({ left: 40, top: 700 });
  });
});
