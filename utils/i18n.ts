// UI strings of the extension pages, Chinese first; the language follows the browser unless the
// user picks one in the options. The pages also speak the overlay's words (types, severities).
import zhPages from './locales/zh_CN.json';
import enPages from './locales/en.json';
import { OVERLAY_CATALOGS } from './i18n-overlay';
import type { Lang } from '../rules/types';
import { fillTemplate } from './lang';

export { resolveLang, type LangSetting } from './lang';
// The portal overlay marks provisional dates too: the words are the overlay's, for every view.
export { provisionalReason } from './i18n-overlay';

const zh = { ...OVERLAY_CATALOGS.zh, ...zhPages };
const en = { ...OVERLAY_CATALOGS.en, ...enPages };

export type MessageKey = keyof typeof zh;

const CATALOGS: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** A UI string with {param} placeholders filled in. */
export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  return fillTemplate(CATALOGS[lang][key] ?? CATALOGS.zh[key] ?? key, lang, params);
}

export const CATALOG_KEYS = Object.keys(zh) as MessageKey[];
export { CATALOGS };
