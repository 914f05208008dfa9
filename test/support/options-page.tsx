// The options page's tests: each starts with a fresh test background (./bus.ts) and the page in
// Chinese, and ends with the page unmounted and the background stopped. The test file itself mocks
// utils/messages through the bus (vi.mock is hoisted within the file that calls it).
import { afterEach, beforeEach } from 'vitest';
import { Options } from '../../entrypoints/options/Options';
import type { Store } from '../../utils/store/db';
import { mount, unmountAll, waitFor } from '../unit/ui/helpers';
import { startBackground, stopBackground } from './bus';

export interface OptionsPage {
  /** The running test's store. */
  readonly store: Store;
  /** Mounts the page and waits until `ready` holds of it. */
  open: () => Promise<HTMLElement>;
}

/** Call at the top of a test file; `ready` says when the part the file tests has loaded. */
export function optionsPageTests(ready: (root: HTMLElement) => boolean): OptionsPage {
  let store: Store | null = null;
  beforeEach(async () => {
    ({ store } = await startBackground());
    await store.setSettings({ lang: 'zh' });
  });
  afterEach(() => {
    unmountAll();
    stopBackground();
  });
  return {
    get store() {
      if (!store) throw new Error('the options page tests have no store outside a test');
      return store;
    },
    async open() {
      const root = mount(<Options />);
      await waitFor(() => ready(root));
      return root;
    },
  };
}
