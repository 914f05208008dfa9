// UI strings of every page and of the overlay, Chinese first; the language follows the browser
// unless the user picks one in the options.
import zh from './locales/zh_CN.json';
import en from './locales/en.json';
import type { Lang } from '../rules/types';

export type MessageKey = keyof typeof zh;
export type LangSetting = 'auto' | Lang;

const CATALOGS: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** A UI string with {param} placeholders filled in. */
export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const template = CATALOGS[lang][key] ?? CATALOGS.zh[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** 'auto' follows the browser's UI language: Chinese for any zh locale, English otherwise. */
export function resolveLang(setting: LangSetting | undefined, uiLanguage: string | undefined): Lang {
  if (setting === 'zh' || setting === 'en') return setting;
  return uiLanguage?.toLowerCase().startsWith('zh') ? 'zh' : (uiLanguage ? 'en' : 'zh');
}

export const CATALOG_KEYS = Object.keys(zh) as MessageKey[];
export { CATALOGS };
