// The overlay host: one element at the end of body, a closed shadow root, put back if the page removes it.
import { afterEach, describe, expect, it } from 'vitest';
import { createOverlayHost, HOST_TAG } from '../../../entrypoints/portal.content/host';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('overlay host', () => {
  it('appends one host with a closed shadow root holding our styles', () => {
    document.body.innerHTML = '<div id="app"><form></form></div>';
    const host = createOverlayHost(document);
    expect(document.body.lastElementChild).toBe(host.host);
    expect(host.host.localName).toBe(HOST_TAG);
    // The page sees the host but not into it; only the content script holds the root.
    expect(host.host.shadowRoot).toBeNull();
    const root = host.container.getRootNode() as ShadowRoot;
    expect(root.mode).toBe('closed');
    expect(root.host).toBe(host.host);
    expect(root.querySelector('style')?.textContent).toContain('.marker');
    expect(document.querySelector('#app')!.innerHTML).toBe('<form></form>');
    host.dispose();
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  it('puts the host back when the page removes it', async () => {
    const host = createOverlayHost(document);
    host.host.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(host.host.isConnected).toBe(true);
    expect(host.healthy()).toBe(true);
    host.dispose();
  });
});
