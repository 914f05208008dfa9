// A real store and dispatcher behind the pages' sendMessage / onStoreEvent, for the page tests.
// A test file mocks utils/messages with messagesThroughTestBus (./messages-mock.ts); the mock
// reaches this bus through a global, because the store's own modules import utils/messages too
// (an import would be circular).
import type { StoreEvent } from '../../utils/messages';
import type { Store } from '../../utils/store/db';
import type { Dispatch } from '../../utils/store/dispatch';
import type { TabStates } from '../../utils/store/tabs';
import { freshStore } from '../unit/store/helpers';
import { TEST_EXTENSION_ID as EXTENSION_ID, TEST_EXTENSION_ORIGIN as ORIGIN, testDispatcher, testTabs } from './dispatcher';

let dispatch: Dispatch | null = null;
const listeners = new Set<(event: StoreEvent) => void>();
/** Every request the pages sent, in order. */
export const sent: Array<{ type: string }> = [];

/** Replies that stand in for the background's, by request type (a store in private mode, say). */
export const overrides = new Map<string, unknown>();

export const bus = {
  async send(message: unknown): Promise<unknown> {
    sent.push(message as { type: string });
    const type = (message as { type?: string }).type ?? '';
    if (overrides.has(type)) return { ok: true, value: structuredClone(overrides.get(type)) };
    if (!dispatch) return { ok: false, error: 'no background' };
    // A structured clone, as the real message channel makes.
    return structuredClone(await dispatch(structuredClone(message), { id: EXTENSION_ID, url: `${ORIGIN}dashboard.html` }));
  },
  /** A request as the content script of a portal tab sends it. */
  async sendFromTab(tabId: number, message: unknown): Promise<unknown> {
    if (!dispatch) return { ok: false, error: 'no background' };
    return dispatch(structuredClone(message), { id: EXTENSION_ID, url: 'https://fw.bjrcgz.gov.cn/person', frameId: 0, tab: { id: tabId } });
  },
  listen(listener: (event: StoreEvent) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  emit(event: StoreEvent): void {
    for (const listener of [...listeners]) listener(event);
  },
};

declare global {
  var gongjuTestBus: typeof bus | undefined;
}
globalThis.gongjuTestBus = bus;

export async function startBackground(): Promise<{ store: Store; tabs: TabStates }> {
  const { store } = await freshStore();
  const tabs = testTabs();
  dispatch = testDispatcher(store, { tabs, onEvent: (event) => bus.emit(event) });
  sent.length = 0;
  overrides.clear();
  return { store, tabs };
}

export function stopBackground(): void {
  dispatch = null;
  overrides.clear();
  listeners.clear();
}
