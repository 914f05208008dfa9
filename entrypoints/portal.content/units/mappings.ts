// What the user tells us about a page (hand mappings, the application type) and route changes, in
// one place and in a known order: when the single-page app moves to another page, (1) the reader
// forgets what it learnt of the controls, (2) the new page's choices are loaded, (3) the page is
// checked once with them.
import { invalidateDescriptors, ROUTE_CHANGE_EVENTS } from '../reader';
import { saveAnchor } from '../overlay/anchorStore';
import type { Unit } from './types';

export const mappingsUnit: Unit = {
  id: 'mappings',
  start: ({ ctx, session, overlay, bridge, pageKey }) => {
    let key = pageKey();
    const save = () => void bridge.savePage(key, { mappings: session.options.mappings, chosenType: session.options.chosenType });
    overlay.provide({
      saveMapping: (controlKey, path) => {
        const mappings = { ...session.options.mappings };
        if (path) mappings[controlKey] = path;
        else delete mappings[controlKey];
        session.update({ mappings });
        save();
      },
      chooseType: (type) => {
        session.update({ chosenType: type });
        save();
      },
      saveAnchor: (anchor) => void saveAnchor(anchor),
    });

    let href = location.href;
    let loading = 0;
    const onRoute = async () => {
      // One navigation fires several of the events: handle it once.
      if (location.href === href || ctx.isInvalid) return;
      href = location.href;
      // A route change may reuse inputs under new labels; what was being mapped is gone.
      invalidateDescriptors();
      if (overlay.state.mapping) overlay.set({ mapping: false, mappingTarget: null });
      const next = pageKey();
      if (next === key) {
        session.schedule();
        return;
      }
      key = next;
      const token = ++loading;
      const settings = await bridge.pageSettings(next);
      // A later navigation won the race, or the extension went away meanwhile.
      if (token !== loading || ctx.isInvalid) return;
      session.update({ mappings: settings.mappings, chosenType: settings.chosenType });
    };
    for (const type of ROUTE_CHANGE_EVENTS) ctx.addEventListener(window, type, () => void onRoute());
  },
};
