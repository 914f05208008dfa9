// Where the user put the chip, kept in the extension's own storage.local (never the portal's
// storage): one place for every portal page, as a corner and the distances from it.
import { browser } from 'wxt/browser';
import { DEFAULT_ANCHOR, type Anchor } from './spot';

const KEY = 'overlay.anchor';
/** Farther from a corner than this is not a place anyone dragged the chip to: ignored. */
const MAX_OFFSET = 10_000;

function isAnchor(value: unknown): value is Anchor {
  const a = value as Partial<Anchor> | null;
  const offset = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= MAX_OFFSET;
  return !!a && typeof a.right === 'boolean' && typeof a.bottom === 'boolean' && offset(a.dx) && offset(a.dy);
}

export async function loadAnchor(): Promise<Anchor> {
  try {
    const stored = (await browser.storage.local.get(KEY))[KEY];
    return isAnchor(stored) ? stored : DEFAULT_ANCHOR;
  } catch {
    return DEFAULT_ANCHOR; // The extension went away under the page: the default corner.
  }
}

export async function saveAnchor(anchor: Anchor): Promise<void> {
  try {
    await browser.storage.local.set({ [KEY]: anchor });
  } catch {
    // Only the place is lost; the chip stays where it was dropped for this page.
  }
}
