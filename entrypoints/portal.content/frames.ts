// Forms inside frames: older unit-side systems put the business form in a content frame beside a
// menu. The content script runs in every frame of the portal's hosts; the one holding the form reads,
// marks and reviews it in its own document, and shows the tab's one chip in the top frame.
import type { Snapshot } from './session';

/** The top frame's document when this is a frame of the same origin (one we may draw in); else null. */
export function sameOriginTop(win: Window): Document | null {
  if (win.top === win || !win.top) return null;
  try {
    return win.top.location.origin === win.location.origin ? win.top.document : null;
  } catch {
    return null; // Another origin: its document is not ours to touch.
  }
}

/**
 * Whether a frame shows a form of an application, and so speaks for the tab in the top frame's chip:
 * fields read or something marked. Controls it cannot place (a search box, a captcha) are not enough,
 * and neither is the business alone (a shell's menu names it while its content frame holds the form).
 */
export function holdsForm(snapshot: Snapshot): boolean {
  return snapshot.read.fields.length > 0 || snapshot.markers.length > 0;
}
