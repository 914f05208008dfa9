// A change of the options (the language, the average wage, an imported holiday calendar) reaches a
// portal page already open: the background tells the portal's tabs (utils/portal-messages.ts), and
// the page is checked again with the settings as they are now, without a reload.
import { resolveLang } from '../../../utils/lang';
import { onStoreEvent } from '../../../utils/messages';
import { workCalendarOf } from '../../../utils/store/calendars';
import type { CheckSettings } from '../bridge';
import type { SessionOptions } from '../session';
import type { Unit } from './types';

/** What the session checks with, from the options' settings: the one translation the start and every change share. */
export function sessionSettingsOf(settings: CheckSettings, browserLanguage: string): Pick<SessionOptions, 'lang' | 'wageOverride' | 'calendar'> {
  return { lang: resolveLang(settings.lang, browserLanguage), wageOverride: settings.wageOverride, calendar: workCalendarOf(settings.calendars) };
}

export const settingsUnit: Unit = {
  id: 'settings',
  start: ({ ctx, session, overlay, bridge }) => {
    let asked = 0;
    const stop = onStoreEvent((event) => {
      if (event.type !== 'event/settings-changed' || ctx.isInvalid) return;
      const token = ++asked;
      void bridge.checkSettings().then((settings) => {
        // A later change won the race, the background did not answer, or the extension went away.
        if (!settings || token !== asked || ctx.isInvalid) return;
        const next = sessionSettingsOf(settings, navigator.language);
        if (next.lang !== overlay.state.lang) overlay.set({ lang: next.lang });
        session.update(next);
      });
    });
    ctx.onInvalidated(stop);
  },
};
