// The content script's side of the message protocol: settings and hand mappings in, drafts out.
// Every call degrades to a harmless default when the background cannot be reached (an extension
// update under a running page), so the page keeps working.
import { sendMessage } from '../../utils/messages';
import type { LangSetting } from '../../utils/lang';
import type { Snapshot } from './session';

export interface PageSettings {
  lang: LangSetting;
  mappings: Record<string, string>;
}

export interface Bridge {
  pageSettings: (pageKey: string) => Promise<PageSettings>;
  saveMappings: (pageKey: string, mappings: Record<string, string>) => Promise<boolean>;
  autosave: (pageKey: string, snapshot: Snapshot) => Promise<boolean>;
}

/** The page is checked with defaults rather than waiting on a background that does not answer. */
const SETTINGS_TIMEOUT_MS = 1500;

function withTimeout<T>(promise: Promise<T>, fallback: T): Promise<T> {
  return Promise.race([promise, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), SETTINGS_TIMEOUT_MS))]);
}

export function createBridge(): Bridge {
  return {
    pageSettings: async (pageKey) => {
      const noReply = { ok: false as const, error: 'timeout' };
      const [settings, mappings] = await Promise.all([
        withTimeout(sendMessage({ type: 'settings/get' }), noReply),
        withTimeout(sendMessage({ type: 'mappings/get', pageKey }), noReply),
      ]);
      return {
        lang: settings.ok ? settings.value.lang : 'auto',
        mappings: mappings.ok ? { ...mappings.value } : {},
      };
    },
    saveMappings: async (pageKey, mappings) => (await sendMessage({ type: 'mappings/set', pageKey, mappings })).ok,
    autosave: async (pageKey, snapshot) => {
      const caseData = { ...snapshot.read.caseData, schema: 'gongju-case/1', type: snapshot.type };
      const reply = await sendMessage({ type: 'case/autosave', pageKey, caseData, unrecognised: snapshot.read.unrecognised.length });
      return reply.ok;
    },
  };
}
