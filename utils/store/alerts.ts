// The background's periodic jobs over all stored cases: the badge count, deadline reminders and
// the reminders of the first day to apply.
import type { Lang } from '../../rules/types';
import { resolveLang } from '../i18n';
import type { Store } from './db';
import { workCalendarOf } from './calendars';
import { badgeText, badgeTitle, dueReminders, eligibleAlarms, reminderText, type Assessed, type Reminder } from './reminders';
import type { Settings } from './types';

async function assessAll(store: Store, today: string): Promise<{ assessed: Assessed[]; settings: Settings }> {
  const settings = await store.getSettings();
  // The store keeps each case's check until the case, the day or the wage figure changes.
  const assessed = await store.checkedCases({ today, wageOverride: settings.wageOverride, calendars: settings.calendars });
  return { assessed, settings };
}

/**
 * Sets the badge to the number of cases needing action (empty when none), and the button's title
 * to what that number counts, in the user's language; returns the text.
 */
export async function updateBadge(
  store: Store,
  today: string,
  setBadge: (text: string, title: string) => Promise<void>,
  uiLanguage: string,
): Promise<string> {
  const { assessed, settings } = await assessAll(store, today);
  const text = badgeText(assessed, today, await store.eligibleReminders(), workCalendarOf(settings.calendars));
  await setBadge(text, badgeTitle(text, resolveLang(settings.lang, uiLanguage)));
  return text;
}

export type Notify = (id: string, text: { title: string; message: string }) => Promise<void>;

/**
 * Shows the reminders due today, each once: a reminder is logged as shown only after `notify`
 * succeeded, so one that failed is tried again on the next run. Nothing when reminders are off.
 */
export async function sendReminders(store: Store, today: string, notify: Notify, uiLanguage: string): Promise<Reminder[]> {
  const { assessed, settings } = await assessAll(store, today);
  if (!settings.reminders) return [];
  const lang: Lang = resolveLang(settings.lang, uiLanguage);
  const shown = await store.remindersShown();
  const sent: Reminder[] = [];
  for (const reminder of dueReminders(assessed, today, shown, await store.eligibleReminders(), workCalendarOf(settings.calendars))) {
    const record = assessed.find((entry) => entry.record.id === reminder.caseId)!.record;
    try {
      await notify(`reminder:${reminder.caseId}:${reminder.kind}:${reminder.threshold}`, reminderText(reminder, record, lang));
    } catch {
      continue;
    }
    await store.markRemindersShown(reminder.keys);
    sent.push(reminder);
  }
  return sent;
}

/** The days to wake on for the reminders of a first day to apply, each case once (the background sets an alarm per case). */
export async function eligibleAlarmDays(store: Store, today: string): Promise<{ caseId: string; date: string }[]> {
  const { assessed } = await assessAll(store, today);
  return eligibleAlarms(assessed, today, await store.eligibleReminders());
}
