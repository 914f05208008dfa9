// Which language the UI speaks: the user's choice in the options, else the browser's.
import type { Lang } from '../rules/types';

export type LangSetting = 'auto' | Lang;

/** 'auto' follows the browser's UI language: Chinese for any zh locale, English otherwise. */
export function resolveLang(setting: LangSetting | undefined, browserLanguage: string | undefined): Lang {
  if (setting === 'zh' || setting === 'en') return setting;
  return browserLanguage?.toLowerCase().startsWith('zh') ? 'zh' : browserLanguage ? 'en' : 'zh';
}

/** Fills {param} placeholders. */
export function fillTemplate(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
