// Test doubles for the content script: a context that can be invalidated, and a wait that polls.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface FakeContext extends ContentScriptContext {
  /** Runs the clean-ups, as an extension update under the page would. */
  invalidate: () => void;
}

/** The parts of WXT's ContentScriptContext the units use, with listeners removed on invalidate. */
export function fakeContext(): FakeContext {
  const cleanups: Array<() => void> = [];
  let invalid = false;
  const ctx = {
    get isInvalid() {
      return invalid;
    },
    get isValid() {
      return !invalid;
    },
    onInvalidated: (fn: () => void) => {
      cleanups.push(fn);
      return () => undefined;
    },
    addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) => {
      target.addEventListener(type, handler, options);
      cleanups.push(() => target.removeEventListener(type, handler, options));
    },
    setTimeout: (fn: () => void, ms: number) => {
      const id = setTimeout(fn, ms);
      cleanups.push(() => clearTimeout(id));
      return id;
    },
    setInterval: (fn: () => void, ms: number) => {
      const id = setInterval(fn, ms);
      cleanups.push(() => clearInterval(id));
      return id;
    },
    requestAnimationFrame: (fn: FrameRequestCallback) => {
      const id = requestAnimationFrame(fn);
      cleanups.push(() => cancelAnimationFrame(id));
      return id;
    },
    abort: () => ctx.invalidate(),
    invalidate: () => {
      invalid = true;
      for (const cleanup of cleanups.splice(0)) cleanup();
    },
  };
  return ctx as unknown as FakeContext;
}

/** Polls `condition` until it holds, failing after `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
