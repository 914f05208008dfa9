// The portal content script: reads the form, checks it, marks findings in our overlay, reviews at 提交.
import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { resolveLang } from '../../utils/lang';
import { Session } from './session';
import { OverlayController } from './overlay/controller';
import { Overlay } from './overlay/Overlay';
import { createOverlayHost, HOST_TAG, type OverlayHost } from './host';
import { createBridge } from './bridge';
import { workCalendarOf } from '../../utils/store/calendars';
import { loadAnchor } from './overlay/anchorStore';
import { startUnits } from './units';
import { invalidateDescriptors, pageKeyOf } from './reader';
import { localToday } from '../../rules/dates';
import { PORTAL_MATCHES } from '../../utils/portal';

export default defineContentScript({
  matches: [...PORTAL_MATCHES],
  runAt: 'document_idle',
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

    const lang = resolveLang(settings.lang, navigator.language);
    const session = new Session({
      lang,
      doc: document,
      today: localToday,
      mappings: settings.mappings,
      chosenType: settings.chosenType,
      wageOverride: settings.wageOverride,
      calendar: workCalendarOf(settings.calendars),
      location: () => ({ hash: location.hash, pathname: location.pathname, host: location.host }),
    });
    const overlay = new OverlayController(lang, anchor);

    let host: OverlayHost;
    try {
      // A page that keeps removing our overlay leaves nothing of ours to see: stop as on an update.
      host = createOverlayHost(document, { onLost: () => ctx.abort('the page removed the overlay') });
    } catch {
      // The page leaves no element to hold the overlay: check nothing rather than break the page.
      return;
    }
    const isOwn = (node: Node) => node === host.host || (node instanceof Element && node.localName === HOST_TAG);
    render(<Overlay session={session} controller={overlay} isOwn={isOwn} />, host.container);

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
      render(null, host.container);
      host.dispose();
    });
  },
});
