// The background owns the store: it answers the message protocol, keeps per-tab state, sets the
// badge and shows deadline reminders. Listeners are registered synchronously so that a Chrome
// service worker woken by a message or an alarm finds them.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { urlOf } from '../components/browserActions';
import { isStoreEvent, type StoreEvent } from '../utils/messages';
import { originsOfMatches } from '../utils/portal';
import { tellPortalTabs } from '../utils/portal-messages';
import { eligibleAlarmDays, sendReminders, updateBadge } from '../utils/store/alerts';
import { localToday } from '../rules/dates';
import { openStore } from '../utils/store/db';
import { createDispatcher, type Sender } from '../utils/store/dispatch';
import { TabStates, type SessionArea } from '../utils/store/tabs';

const REMINDER_ALARM = 'reminders';
/** One alarm per case whose first day to apply the user asked to be reminded of: `eligible:<case id>`. */
const ELIGIBLE_ALARM_PREFIX = 'eligible:';
/** The hour of the first day to apply at which its reminder shows, local time. */
const ELIGIBLE_ALARM_HOUR = 9;
const DAY_MINUTES = 24 * 60;
/** Many autosaves in a row cost one badge update. */
const BADGE_DELAY_MS = 1000;
const BADGE_COLOR = '#c62828';
/** The events after which the badge (and the alarms of first days to apply) are counted again. */
const BADGE_EVENTS: ReadonlySet<StoreEvent['type']> = new Set(['event/cases-changed', 'event/settings-changed', 'event/reminders-changed']);
/** Chrome refuses a basic notification without an icon; the path is WXT's icon convention. */
const NOTIFICATION_ICON = '/icon/128.png';

export default defineBackground(() => {
  const storeReady = openStore();
  const session = (browser.storage as { session?: SessionArea } | undefined)?.session;
  const tabs = new TabStates(session);
  // Firefox MV2 has browserAction, everything else action.
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;

  // The manifest says where the content script runs: https on the portal (http too in the test build).
  const portalOrigins = originsOfMatches(browser.runtime.getManifest().content_scripts?.flatMap((script) => script.matches ?? []) ?? []);

  // Without the alarms or notifications permission these APIs are absent: no reminders then.
  const alarms = browser.alarms as typeof browser.alarms | undefined;

  /** An alarm for each first day to apply still to come whose reminder is set; the others are cleared. */
  const syncEligibleAlarms = async () => {
    if (!alarms) return;
    const wanted = await eligibleAlarmDays(await storeReady, localToday());
    const names = new Set(wanted.map((w) => `${ELIGIBLE_ALARM_PREFIX}${w.caseId}`));
    for (const alarm of await alarms.getAll()) {
      if (alarm.name.startsWith(ELIGIBLE_ALARM_PREFIX) && !names.has(alarm.name)) await alarms.clear(alarm.name);
    }
    for (const { caseId, date } of wanted) {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      await alarms.create(`${ELIGIBLE_ALARM_PREFIX}${caseId}`, { when: new Date(y, m - 1, d, ELIGIBLE_ALARM_HOUR).getTime() });
    }
  };

  let badgeTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshBadge = () => {
    clearTimeout(badgeTimer);
    badgeTimer = setTimeout(() => {
      void storeReady
        .then((store) =>
          updateBadge(
            store,
            localToday(),
            async (text, title) => {
              await action?.setBadgeText({ text });
              await action?.setTitle({ title });
              if (text) await action?.setBadgeBackgroundColor({ color: BADGE_COLOR });
            },
            browser.i18n.getUILanguage(),
          ),
        )
        .catch(() => undefined);
      // A changed case can move its first day to apply.
      void syncEligibleAlarms().catch(() => undefined);
    }, BADGE_DELAY_MS);
  };

  // Events go out once the request that caused them has been answered (sending one takes about a
  // millisecond the reply would otherwise wait for), all of one turn together.
  const pending: StoreEvent[] = [];
  const sendPending = () => {
    const events = pending.splice(0);
    // No extension page may be open to hear them.
    for (const event of events) browser.runtime.sendMessage(event).catch(() => undefined);
    // Open portal pages check with the settings: they hear of a change too, once per turn.
    const settingsChanged = events.find((event) => event.type === 'event/settings-changed');
    if (settingsChanged) void tellPortalTabs(settingsChanged, portalOrigins).catch(() => undefined);
    if (events.some((event) => BADGE_EVENTS.has(event.type))) refreshBadge();
  };
  const broadcast = (event: StoreEvent) => {
    if (pending.length === 0) setTimeout(sendPending, 0);
    pending.push(event);
  };

  const dispatchReady = storeReady.then((store) =>
    createDispatcher({
      store,
      tabs,
      extensionId: browser.runtime.id,
      extensionOrigin: urlOf('/'),
      // A tab's address is known to us only while it shows the portal (host permission).
      tabUrl: (tabId) => browser.tabs.get(tabId).then((tab) => tab.url, () => undefined),
      portalOrigins,
      today: localToday,
      onEvent: broadcast,
    }),
  );

  browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => {
    if (isStoreEvent(message)) return undefined;
    dispatchReady
      .then((dispatch) => dispatch(message, sender))
      .then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
    return true;
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void tabs.remove(tabId);
  });

  const remind = async () => {
    const notifications = browser.notifications as typeof browser.notifications | undefined;
    if (!notifications) return;
    const store = await storeReady;
    await sendReminders(
      store,
      localToday(),
      async (id, text) => {
        await notifications.create(id, {
          type: 'basic',
          iconUrl: urlOf(NOTIFICATION_ICON),
          title: text.title,
          message: text.message,
        });
      },
      browser.i18n.getUILanguage(),
    );
  };

  const ensureAlarm = async () => {
    if (alarms && !(await alarms.get(REMINDER_ALARM))) {
      await alarms.create(REMINDER_ALARM, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
    }
  };

  alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name !== REMINDER_ALARM && !alarm.name.startsWith(ELIGIBLE_ALARM_PREFIX)) return;
    void remind().catch(() => undefined);
    refreshBadge();
  });
  const onBrowserStart = () => {
    void ensureAlarm().catch(() => undefined);
    void remind().catch(() => undefined);
  };
  browser.runtime.onInstalled.addListener(onBrowserStart);
  browser.runtime.onStartup.addListener(onBrowserStart);

  refreshBadge();
});
