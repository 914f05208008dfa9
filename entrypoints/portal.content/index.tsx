// The portal content script: reads the form, checks it, marks findings in our overlay, reviews at 提交.
import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { resolveLang } from '../../utils/lang';
import type { ApplicationType } from '../../rules/schema';
import { Session } from './session';
import { OverlayController } from './overlay/controller';
import { Overlay } from './overlay/Overlay';
import { createOverlayHost, HOST_TAG, type OverlayHost } from './host';
import { createBridge } from './bridge';
import { startUnits } from './units';
import { localToday } from '../../rules/dates';

const FORM_SCOPES = ['main', '.el-main', '[role="main"]', '#app', '.main-content', '.content'];

export default defineContentScript({
  matches: ['*://*.bjrcgz.gov.cn/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const bridge = createBridge();
    const pageKey = () => `${location.host}${location.pathname}${location.hash.split('?')[0]}`;
    const settings = await bridge.pageSettings(pageKey());
    if (ctx.isInvalid) return;

    const lang = resolveLang(settings.lang, navigator.language);
    let mappings = settings.mappings;
    let typeOverride: ApplicationType | null = null;
    let mappingsKey = pageKey();

    const session = new Session({
      lang,
      doc: document,
      today: localToday,
      mappings,
      typeOverride,
      location: () => ({ hash: location.hash, pathname: location.pathname, host: location.host }),
    });

    const overlay = new OverlayController(lang, {
      saveMapping: (controlKey, path) => {
        mappings = { ...mappings };
        if (path) mappings[controlKey] = path;
        else delete mappings[controlKey];
        session.update({ mappings });
        void bridge.saveMappings(pageKey(), mappings);
      },
      chooseType: (type) => {
        typeOverride = type;
        session.update({ typeOverride });
      },
    });

    let host: OverlayHost;
    try {
      // A page that keeps removing our overlay leaves nothing of ours to see: stop as on an update.
      host = createOverlayHost(document, { onLost: () => ctx.abort('the page removed the overlay') });
    } catch {
      // The page leaves no element to hold the overlay: check nothing rather than break the page.
      return;
    }
    render(<Overlay session={session} controller={overlay} />, host.container);

    // Hand mappings belong to a route: load them again when the single-page app navigates.
    const onRoute = async () => {
      const key = pageKey();
      if (key === mappingsKey) return;
      mappingsKey = key;
      const next = await bridge.pageSettings(key);
      if (ctx.isInvalid) return;
      mappings = next.mappings;
      session.update({ mappings });
    };
    ctx.addEventListener(window, 'hashchange', () => void onRoute());
    ctx.addEventListener(window, 'wxt:locationchange', () => void onRoute());

    startUnits({
      ctx,
      session,
      overlay,
      bridge,
      pageKey,
      scope: () => FORM_SCOPES.map((s) => document.querySelector(s)).find((e): e is Element => !!e) ?? document.body,
      isOwnNode: (node) => node === host.host || (node instanceof Element && node.localName === HOST_TAG),
      reviewShown: () => host.shows('[data-gongju-dialog="submit"]'),
    });
    session.runNow();

    ctx.onInvalidated(() => {
      // The extension was updated or disabled under a running page: leave the page as it was.
      session.dispose();
      render(null, host.container);
      host.dispose();
    });
  },
});
