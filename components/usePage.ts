// What every extension page needs first: the settings (language, wage figure), the store's
// status, and the document's lang and title kept in step with them.
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { localToday } from '../rules/dates';
import type { Lang } from '../rules/types';
import { resolveLang, t, type MessageKey } from '../utils/i18n';
import { onStoreEvent, sendMessage } from '../utils/messages';
import { DEFAULT_SETTINGS, type Settings, type StoreStatus } from '../utils/store/types';

/** The browser's UI language; navigator.language where the extension API cannot say. */
export function uiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return typeof navigator === 'undefined' ? undefined : navigator.language;
  }
}

export interface PageContext {
  settings: Settings;
  lang: Lang;
  /** Null until the background has answered. */
  status: StoreStatus | null;
  /** The local date the checks are made for. */
  today: string;
  /** True once the settings have been read (or failed to be). */
  ready: boolean;
}

export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

export function usePage(titleKey: MessageKey): PageContext {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState<StoreStatus | null>(null);
  const [ready, setReady] = useState(false);

  // Asked for as soon as the page is built, not after its first paint (when Preact runs useEffect).
  useLayoutEffect(() => {
    let live = true;
    const load = async () => {
      const [reply, statusReply] = await Promise.all([sendMessage({ type: 'settings/get' }), sendMessage({ type: 'status/get' })]);
      if (!live) return;
      if (reply.ok) setSettings(reply.value);
      if (statusReply.ok) setStatus(statusReply.value);
      setReady(true);
    };
    void load();
    const stop = onStoreEvent((event) => {
      if (event.type === 'event/settings-changed') void load();
    });
    return () => {
      live = false;
      stop();
    };
  }, []);

  const lang = resolveLang(settings.lang, uiLanguage());
  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
    document.title = t(lang, titleKey);
  }, [lang, titleKey]);

  return { settings, lang, status, today: localToday(), ready };
}
