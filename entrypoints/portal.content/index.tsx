// The portal content script: reads the form, checks it, marks findings in our overlay, reviews at 提交.
// First of all: the bench's script start (see measure.ts) is taken before our other modules are evaluated.
import './overlay/measure';
import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Session } from './session';
import { OverlayController } from './overlay/controller';
import { Overlay } from './overlay/Overlay';
import { createOverlayHost, HOST_TAG, type OverlayHost } from './host';
import { createBridge } from './bridge';
import { loadAnchor } from './overlay/anchorStore';
import { startUnits } from './units';
import { sessionSettingsOf } from './units/settings';
import { invalidateDescriptors, pageKeyOf } from './reader';
import { localToday } from '../../rules/dates';
import { PORTAL_MATCHES } from '../../utils/portal';
import { holdsForm, sameOriginTop } from './frames';

export default defineContentScript({
  matches: [...PORTAL_MATCHES],
  runAt: 'document_idle',
  // Also in the frames of the portal's pages: older systems hold the form in a content frame.
  allFrames: true,
  // WXT would otherwise post a start-up message with our extension id to every script of the page.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // This document's own nonce: fill-back previews and the tab's binding to a case hold for it only.
    // (getRandomValues, not randomUUID: the latter exists only in secure contexts, and the test build runs on http.)
    const docNonce = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
    const bridge = createBridge(docNonce);
    const pageKey = () => pageKeyOf(location);
    const [settings, anchor] = await Promise.all([bridge.pageSettings(pageKey()), loadAnchor()]);
    if (ctx.isInvalid) return;

    const checkWith = sessionSettingsOf(settings, navigator.language);
    const session = new Session({
      ...checkWith,
      doc: document,
      today: localToday,
      mappings: settings.mappings,
      chosenType: settings.chosenType,
      location: () => ({ hash: location.hash, pathname: location.pathname, host: location.host }),
    });
    const overlay = new OverlayController(checkWith.lang, anchor);

    let host: OverlayHost;
    try {
      // A page that keeps removing our overlay leaves nothing of ours to see: stop as on an update.
      host = createOverlayHost(document, { onLost: () => ctx.abort('the page removed the overlay') });
    } catch {
      // The page leaves no element to hold the overlay: check nothing rather than break the page.
      return;
    }
    const isOwn = (node: Node) => node === host.host || (node instanceof Element && node.localName === HOST_TAG);
    const top = sameOriginTop(window);
    render(<Overlay session={session} controller={overlay} isOwn={isOwn} chip={top === null} />, host.container);
    const stopFrames = top ? chipInTop(top, session, overlay) : giveWayToFrames(document, host, overlay);

    const failed = startUnits({
      ctx,
      session,
      overlay,
      bridge,
      pageKey,
      docNonce,
      isOwnNode: isOwn,
      reviewShown: () => host.shows('[data-gongju-dialog="submit"]'),
    });
    // The rest works without them; say which, as refined-github's feature manager does.
    if (failed.length > 0) console.warn(`[Gongju Precheck] units that failed to start: ${failed.join(', ')}`);
    session.runNow();

    ctx.onInvalidated(() => {
      // The extension was updated or disabled under a running page: leave the page as it was.
      session.dispose();
      // Also stops the reader's hold on the page's one observer.
      invalidateDescriptors();
      stopFrames();
      render(null, host.container);
      host.dispose();
    });
  },
});

/** Our own host elements in a document, for a chip drawn there by a frame's content script. */
const isHost = (node: Node) => node instanceof Element && node.localName.startsWith(HOST_TAG);

/**
 * In a frame of the same origin: once this frame shows a form, the tab's chip is drawn in the top
 * frame's document, speaking for this frame. Returns the clean-up.
 */
function chipInTop(top: Document, session: Session, overlay: OverlayController): () => void {
  let chipHost: OverlayHost | null = null;
  const unsubscribe = session.subscribe((snapshot) => {
    if (chipHost || !holdsForm(snapshot)) return;
    try {
      chipHost = createOverlayHost(top);
    } catch {
      return; // The top page leaves no element for it: the frame's markers and review still work.
    }
    render(<Overlay session={session} controller={overlay} isOwn={isHost} page={false} chipDoc={top} />, chipHost.container);
  });
  return () => {
    unsubscribe();
    if (!chipHost) return;
    render(null, chipHost.container);
    chipHost.dispose();
  };
}

/** In the top frame: while a frame holding the form shows its chip here, this page's own gives way. */
function giveWayToFrames(doc: Document, host: OverlayHost, overlay: OverlayController): () => void {
  const update = () => {
    const elsewhere = [...doc.body.children].some((child) => child !== host.host && isHost(child));
    if (elsewhere !== overlay.state.chipElsewhere) overlay.set({ chipElsewhere: elsewhere });
  };
  const observer = new MutationObserver(update);
  observer.observe(doc.body, { childList: true });
  update();
  return () => observer.disconnect();
}
