// A change of the options reaches a portal page already open: the background tells the portal's
// tabs, and the page is checked again with the settings as they are now, without a reload.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Bridge, CheckSettings } from '../../../entrypoints/portal.content/bridge';
import { OverlayController } from '../../../entrypoints/portal.content/overlay/controller';
import { Session } from '../../../entrypoints/portal.content/session';
import { sessionSettingsOf, settingsUnit } from '../../../entrypoints/portal.content/units/settings';
import type { UnitEnv } from '../../../entrypoints/portal.content/units/types';
import { tellPortalTabs } from '../../../utils/portal-messages';
import { originsOfMatches, PORTAL_MATCHES } from '../../../utils/portal';
import { stored2027 } from '../../support/notice-2027';
import { fakeContext, waitFor } from './helpers';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const SETTINGS_CHANGED = { type: 'event/settings-changed' } as const;

describe('the background', () => {
  it('tells every tab showing the portal of a change of the settings, and no other tab', async () => {
    const portal = await fakeBrowser.tabs.create({ url: 'https://fw.bjrcgz.gov.cn/person/#/xbsq' });
    const site = await fakeBrowser.tabs.create({ url: 'https://www.bjrcgz.gov.cn/' });
    await fakeBrowser.tabs.create({ url: 'https://example.org/fw.bjrcgz.gov.cn/' });
    await fakeBrowser.tabs.create({ url: 'http://fw.bjrcgz.gov.cn/person/' });
    const told: unknown[][] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (...args: unknown[]) => {
      told.push(args);
      // A tab whose page has no content script (opened before the extension) refuses; the others are still told.
      if (args[0] === portal.id) throw new Error('Could not establish connection. Receiving end does not exist.');
      return undefined;
    });
    expect(await tellPortalTabs(SETTINGS_CHANGED, originsOfMatches(PORTAL_MATCHES))).toEqual([portal.id, site.id]);
    expect(told).toEqual([
      [portal.id, SETTINGS_CHANGED],
      [site.id, SETTINGS_CHANGED],
    ]);
  });
});

/** A renewal page showing a permit that ends 2027-01-15, checked with `initial`, with the settings unit started. */
function openPage(initial: CheckSettings) {
  document.body.innerHTML = `<main><div class="el-form-item"><label class="el-form-item__label">证件有效期至</label>
    <div class="el-form-item__content"><input class="el-input__inner" value="2027-01-15"></div></div></main>`;
  let current: CheckSettings | null = initial;
  const start = sessionSettingsOf(initial, 'zh-CN');
  const session = new Session({
    ...start,
    doc: document,
    today: () => '2026-12-21',
    mappings: {},
    chosenType: 'renewal',
    location: () => ({ hash: '#/renewal', pathname: '/p/', host: 'fw.bjrcgz.gov.cn' }),
  });
  const overlay = new OverlayController(start.lang);
  const checkSettings = vi.fn(async () => current);
  const bridge = { checkSettings } as unknown as Bridge;
  const ctx = fakeContext();
  settingsUnit.start({ ctx, session, overlay, bridge } as unknown as UnitEnv);
  session.runNow();
  const rules = () => session.snapshot!.output!.findings.map((f) => f.rule);
  return { ctx, session, overlay, checkSettings, rules, settingsNow: (next: CheckSettings | null) => void (current = next) };
}

/** The event as the background sends it to the tab (tellPortalTabs): from the extension, from no tab. */
const fromBackground = (message: unknown = SETTINGS_CHANGED) => fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id }, () => undefined);

describe('an open portal page', () => {
  const DEFAULTS: CheckSettings = { lang: 'zh', wageOverride: null, calendars: [] };

  it('is checked again with the calendar, wage and language set in the options', async () => {
    const page = openPage(DEFAULTS);
    expect(page.rules()).toContain('calendar.provisional');
    expect(page.overlay.state.lang).toBe('zh');

    const wage = { monthly: 20000, dataYear: 2025 };
    page.settingsNow({ lang: 'en', wageOverride: wage, calendars: [stored2027()] });
    await fromBackground();
    await waitFor(() => page.overlay.state.lang === 'en');
    // 2027 now has its schedule: the last safe day rests on no provisional year.
    expect(page.rules()).not.toContain('calendar.provisional');
    expect(page.session.snapshot!.output!.dates.calendars).toEqual({ 2026: 'published', 2027: 'imported' });
    expect(page.session.snapshot!.output!.findings.find((f) => f.rule === 'renewal.deadline')!.message).toMatch(/^Fewer than 5 working days/);
    expect(page.session.options.wageOverride).toEqual(wage);

    // Removed again in the options: provisional again.
    page.settingsNow(DEFAULTS);
    await fromBackground();
    await waitFor(() => page.overlay.state.lang === 'zh');
    expect(page.rules()).toContain('calendar.provisional');
    expect(page.session.options.wageOverride).toBeNull();
  });

  it('keeps what it checks with when the background does not answer, and hears no other message', async () => {
    const page = openPage({ ...DEFAULTS, lang: 'en' });
    const before = page.session.snapshot;
    page.settingsNow(null);
    await fromBackground();
    await waitFor(() => page.checkSettings.mock.calls.length === 1);
    await Promise.resolve();
    expect(page.session.snapshot).toBe(before);
    expect(page.overlay.state.lang).toBe('en');

    await fromBackground({ type: 'event/cases-changed', ids: [] });
    // A content script of a portal tab (sender.tab set) cannot make the page fetch anything.
    await fakeBrowser.runtime.onMessage.trigger(SETTINGS_CHANGED, { id: fakeBrowser.runtime.id, tab: { id: 3 } as never }, () => undefined);
    expect(page.checkSettings).toHaveBeenCalledTimes(1);

    // Once the extension is gone the page no longer listens.
    page.ctx.invalidate();
    await fromBackground();
    expect(page.checkSettings).toHaveBeenCalledTimes(1);
  });
});
