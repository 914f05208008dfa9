// Tells the background which page of which document the tab shows, when the content script starts
// and whenever the single-page app changes route: a tab bound to a case stays bound only while it
// shows the same page of the same document (or the page shows that case again).
import { ROUTE_CHANGE_EVENTS } from '../reader';
import type { Unit } from './types';

export const attachUnit: Unit = {
  id: 'attach',
  start: ({ ctx, bridge, pageKey }) => {
    let key = pageKey();
    void bridge.attach(key);
    const onRoute = () => {
      const next = pageKey();
      if (next === key || ctx.isInvalid) return;
      key = next;
      void bridge.attach(next);
    };
    for (const type of ROUTE_CHANGE_EVENTS) ctx.addEventListener(window, type, onRoute);
  },
};
