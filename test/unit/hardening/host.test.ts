// The overlay host against a page that fights it: removed again and again, its body replaced, its
// tag name taken by the page's own custom element.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOverlayHost, HOST_TAG } from '../../../entrypoints/portal.content/host';

/** MutationObserver callbacks run as microtasks. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.replaceChildren();
});

describe('overlay host under a hostile page', () => {
  it('puts the host back twenty times, then gives up once, says so, and stays away', async () => {
    const onLost = vi.fn();
    const overlay = createOverlayHost(document, { onLost });
    for (let i = 0; i < 20; i++) {
      overlay.host.remove();
      await settle();
      expect(overlay.host.isConnected).toBe(true);
    }
    expect(onLost).not.toHaveBeenCalled();
    expect(overlay.healthy()).toBe(true);

    overlay.host.remove();
    await settle();
    expect(overlay.host.isConnected).toBe(false);
    expect(overlay.healthy()).toBe(false);
    expect(onLost).toHaveBeenCalledTimes(1);

    // The page goes on changing the body: no more attempts, no second call.
    document.body.append(document.createElement('div'));
    await settle();
    expect(overlay.host.isConnected).toBe(false);
    expect(onLost).toHaveBeenCalledTimes(1);
    overlay.dispose();
  });

  it('follows a page that replaces its body', async () => {
    const overlay = createOverlayHost(document);
    const fresh = document.createElement('body');
    fresh.append(document.createElement('main'));
    document.documentElement.replaceChild(fresh, document.body);
    await settle();
    expect(overlay.host.parentElement).toBe(fresh);
    // And keeps watching the new body.
    overlay.host.remove();
    await settle();
    expect(overlay.host.parentElement).toBe(fresh);
    overlay.dispose();
  });

  it('uses another tag name when the page owns ours and took its shadow root', () => {
    if (!customElements.get(HOST_TAG)) {
      customElements.define(
        HOST_TAG,
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'closed' });
          }
        },
      );
    }
    const overlay = createOverlayHost(document);
    expect(overlay.host.localName).not.toBe(HOST_TAG);
    expect(overlay.host.localName.startsWith(`${HOST_TAG}-`)).toBe(true);
    expect(overlay.host.shadowRoot).toBeNull();
    expect((overlay.container.getRootNode() as ShadowRoot).querySelector('style')?.textContent).toContain(':host');
    expect(overlay.container.isConnected).toBe(true);
    overlay.dispose();
    expect(overlay.host.isConnected).toBe(false);
  });
});
