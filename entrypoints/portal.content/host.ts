// The one element we add to the portal's page: <gongju-overlay> at the end of body, holding an
// open shadow root with our styles. If the page removes it, it is put back (a few times at most).
import overlayCss from './overlay/overlay.css?inline';

export const HOST_TAG = 'gongju-overlay';
const MAX_REATTACH = 20;

export interface OverlayHost {
  host: HTMLElement;
  container: HTMLElement;
  /** False once the page kept removing the host and we gave up putting it back. */
  healthy: () => boolean;
  dispose: () => void;
}

export function createOverlayHost(doc: Document): OverlayHost {
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = overlayCss;
  const container = doc.createElement('div');
  shadow.append(style, container);
  doc.body.append(host);

  let reattached = 0;
  const watcher = new MutationObserver(() => {
    if (host.isConnected || reattached >= MAX_REATTACH) return;
    reattached++;
    doc.body.append(host);
  });
  watcher.observe(doc.body, { childList: true });

  return {
    host,
    container,
    healthy: () => host.isConnected,
    dispose: () => {
      watcher.disconnect();
      host.remove();
    },
  };
}
