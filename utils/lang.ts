// Which language the UI speaks: the user's choice in the options, else the browser's.
import { selectPlurals } from '../rules/plural';
import type { Lang } from '../rules/types';

export type LangSetting = 'auto' | Lang;

/** 'auto' follows the browser's UI language: Chinese for any zh locale, English otherwise. */
export function resolveLang(setting: LangSetting | undefined, browserLanguage: string | undefined): Lang {
  if (setting === 'zh' || setting === 'en') return setting;
  return browserLanguage?.toLowerCase().startsWith('zh') ? 'zh' : browserLanguage ? 'en' : 'zh';
}

/** Fills plural selects ({n, plural, one {…} other {…}}, rules/plural.ts), then {param} placeholders. */
export function fillTemplate(template: string, lang: Lang, params?: Record<string, string | number>): string {
  if (!params) return template;
  return selectPlurals(lang, template, params).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
