// Settings and reminders: the user's settings (kept in memory once read), the log of reminders
// shown and the cases whose first day to apply the user asked to be reminded of.
import { StoreConnection } from './connection';
import { normalizeSettings, validateSettingsPatch, type Checked } from './records';
import type { Tx } from './backend';
import type { Settings } from './types';

/** Entries of the reminder log kept; the oldest go first. */
const MAX_REMINDER_LOG = 1000;
const SETTINGS_KEY = 'settings';
const REMINDER_LOG_KEY = 'reminders-shown';
const ELIGIBLE_REMINDERS_KEY = 'eligible-reminders';

export class SettingsStore extends StoreConnection {
  private async readSettings(tx: Tx): Promise<Settings> {
    return normalizeSettings(await tx.get('settings', SETTINGS_KEY));
  }

  async getSettings(): Promise<Settings> {
    if (this.settings) return structuredClone(this.settings);
    const version = this.settingsVersion;
    const settings = await this.run(['settings'], 'readonly', (tx) => this.readSettings(tx));
    if (version === this.settingsVersion) this.settings = structuredClone(settings);
    return settings;
  }

  async setSettings(patch: unknown): Promise<Checked<Settings>> {
    const checked = validateSettingsPatch(patch);
    if (!checked.ok) return checked;
    const settings = await this.run(['settings'], 'readwrite', async (tx) => {
      const settings = { ...(await this.readSettings(tx)), ...checked.value };
      await tx.put('settings', settings, SETTINGS_KEY);
      return settings;
    });
    this.settingsVersion++;
    this.settings = structuredClone(settings);
    return { ok: true, value: settings };
  }

  /** Keys of the reminders already shown (see reminders.ts). */
  async remindersShown(): Promise<Set<string>> {
    const value = await this.run(['settings'], 'readonly', (tx) => tx.get('settings', REMINDER_LOG_KEY));
    return new Set(Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : []);
  }

  async markRemindersShown(keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.run(['settings'], 'readwrite', async (tx) => {
      const value = await tx.get('settings', REMINDER_LOG_KEY);
      const log = Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [];
      const next = [...new Set([...log, ...keys])].slice(-MAX_REMINDER_LOG);
      await tx.put('settings', next, REMINDER_LOG_KEY);
    });
  }

  /** Ids of the cases whose first day to apply the user asked to be reminded of. */
  async eligibleReminders(): Promise<Set<string>> {
    const value = await this.run(['settings'], 'readonly', (tx) => tx.get('settings', ELIGIBLE_REMINDERS_KEY));
    return new Set(Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : []);
  }

  /** Sets or clears the reminder of a stored case's first day to apply; false when there is no such case. */
  async setEligibleReminder(caseId: string, on: boolean): Promise<boolean> {
    return this.run(['cases', 'settings'], 'readwrite', async (tx) => {
      const value = await tx.get('settings', ELIGIBLE_REMINDERS_KEY);
      const chosen = new Set(Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : []);
      const exists = (await tx.get('cases', caseId)) !== undefined;
      if (on && exists) chosen.add(caseId);
      else chosen.delete(caseId);
      await tx.put('settings', [...chosen], ELIGIBLE_REMINDERS_KEY);
      return exists;
    });
  }
}
