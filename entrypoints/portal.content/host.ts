// The one element we add to the portal's page: <gongju-overlay> at the end of body, holding a
// closed shadow root with our styles. Only the content script keeps the root: the page's scripts
// can neither read what the overlay says nor drive it. If the page removes the host, it is put
// back (a few times at most); after that the page has won, and whoever asked is told so they can stop.
import overlayCss from './overlay/overlay.css?inline';

export const HOST_TAG = 'gongju-overlay';
const MAX_REATTACH = 20;

export interface OverlayHost {
  host: HTMLElement;
  /** Where the overlay renders, inside the closed root: never handed to the page. */
  container: HTMLElement;
  /** False once the page kept removing the host and we gave up putting it back. */
  healthy: () => boolean;
  /**
   * Whether our element matching `selector` can be seen and reached: on screen, not hidden, and on
   * top at its centre (the page has not hidden, covered or removed the overlay).
   */
  shows: (selector: string) => boolean;
  dispose: () => void;
}

export interface OverlayHostOptions {
  /** Called once when the page removed the host more often than we put it back. */
  onLost?: () => void;
}

/** Thrown when the page leaves us no element to hold a shadow root (it owns our tag names). */
export class NoOverlayHostError extends Error {
  override name = 'NoOverlayHostError';
}

/**
 * Our tag, or a random one when the page defined `gongju-overlay` itself: its constructor may have
 * taken the shadow root already.
 */
function attachHost(doc: Document): { host: HTMLElement; shadow: ShadowRoot } {
  for (const tag of [HOST_TAG, `${HOST_TAG}-${Math.random().toString(36).slice(2, 10)}`]) {
    try {
      const host = doc.createElement(tag);
      return { host, shadow: host.attachShadow({ mode: 'closed' }) };
    } catch {
      // The page owns this tag name; try the next.
    }
  }
  throw new NoOverlayHostError('no element can hold the overlay');
}

export function createOverlayHost(doc: Document, options: OverlayHostOptions = {}): OverlayHost {
  const { host, shadow } = attachHost(doc);
  const style = doc.createElement('style');
  style.textContent = overlayCss;
  const container = doc.createElement('div');
  shadow.append(style, container);
  doc.body.append(host);

  let reattached = 0;
  let lost = false;
  const observe = () => {
    // The root too: a page may replace <body> as a whole.
    watcher.observe(doc.documentElement, { childList: true });
    watcher.observe(doc.body, { childList: true });
  };
  const watcher = new MutationObserver(() => {
    if (host.isConnected || lost) return;
    if (reattached >= MAX_REATTACH) {
      lost = true;
      watcher.disconnect();
      options.onLost?.();
      return;
    }
    reattached++;
    doc.body.append(host);
    observe();
  });
  observe();

  return {
    host,
    container,
    healthy: () => !lost && host.isConnected,
    shows: (selector) => {
      const element = shadow.querySelector(selector);
      if (!element || !host.isConnected) return false;
      if (typeof element.checkVisibility === 'function' && !element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const box = element.getBoundingClientRect();
      if (box.width <= 0 || box.height <= 0) return false;
      const view = doc.defaultView;
      const x = Math.min(Math.max(box.left + box.width / 2, 0), (view?.innerWidth ?? 1) - 1);
      const y = Math.min(Math.max(box.top + box.height / 2, 0), (view?.innerHeight ?? 1) - 1);
      // Seen from the document, anything inside our shadow root is the host.
      return doc.elementFromPoint(x, y) === host;
    },
    dispose: () => {
      watcher.disconnect();
      host.remove();
    },
  };
}
