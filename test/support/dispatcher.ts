// The background's dispatcher as the unit tests build it: a store, the tabs' states in a fake
// storage.session, our extension's id and origin, the manifest's portal origins and a fixed today.
// A test adds or replaces options (a clock for the draft rate, a tab's address, an event listener).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { originsOfMatches, PORTAL_MATCHES } from '../../utils/portal';
import type { Store } from '../../utils/store/db';
import { createDispatcher, type Dispatch, type DispatcherOptions } from '../../utils/store/dispatch';
import { TabStates, type SessionArea } from '../../utils/store/tabs';

export const TEST_EXTENSION_ID = 'gongju-test';
export const TEST_EXTENSION_ORIGIN = `chrome-extension://${TEST_EXTENSION_ID}/`;
export const TEST_TODAY = '2026-11-27';

/** The tabs' states as the background keeps them, in the fake storage.session. */
export function testTabs(): TabStates {
  return new TabStates(fakeBrowser.storage.session as unknown as SessionArea);
}

export function testDispatcher(store: Store, options: Partial<DispatcherOptions> = {}): Dispatch {
  return createDispatcher({
    store,
    tabs: options.tabs ?? testTabs(),
    extensionId: TEST_EXTENSION_ID,
    extensionOrigin: TEST_EXTENSION_ORIGIN,
    portalOrigins: originsOfMatches(PORTAL_MATCHES),
    today: () => TEST_TODAY,
    ...options,
  });
}
