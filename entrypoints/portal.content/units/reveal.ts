// The side panel asks to show a finding on the page: scroll its field or attachment row into view.
import { browser } from 'wxt/browser';
import { isRevealRequest } from '../../../utils/portal-messages';
import type { Unit } from './types';

export const revealUnit: Unit = {
  id: 'reveal',
  start: ({ ctx, session }) => {
    const listener = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isRevealRequest(message)) return undefined;
      const { index } = session.snapshot ?? session.runNow();
      const target = message.material
        ? index.locateMaterial(message.material)
        : message.fields.map((f) => index.locate(f)).find((location) => location !== undefined);
      if (!target) return Promise.resolve({ ok: true, value: false });
      target.element.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return Promise.resolve({ ok: true, value: true });
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
};
