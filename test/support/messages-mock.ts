// utils/messages for page tests: sendMessage and onStoreEvent go to the test bus (./bus.ts), the
// rest is the real module. Imports nothing, so that a vi.mock factory may load it:
//   vi.mock('../../../utils/messages', async (importOriginal) =>
//     (await import('../../support/messages-mock')).messagesThroughTestBus(importOriginal));
export async function messagesThroughTestBus(importOriginal: <T>() => Promise<T>): Promise<object> {
  return {
    ...(await importOriginal<object>()),
    sendMessage: (message: unknown) => globalThis.gongjuTestBus!.send(message),
    onStoreEvent: (listener: never) => globalThis.gongjuTestBus!.listen(listener),
  };
}
