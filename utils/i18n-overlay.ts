// The overlay's own strings (summary chip, markers, 提交 review, hand mapping): a small catalog so
// the content script does not carry every page's text.
import zh from './locales/overlay/zh_CN.json';
import en from './locales/overlay/en.json';
import { joinList } from '../rules/format';
import type { Lang } from '../rules/types';
import { fillTemplate } from './lang';

export type OverlayKey = keyof typeof zh;

export const OVERLAY_CATALOGS: Record<Lang, Record<OverlayKey, string>> = { zh, en };

export function t(lang: Lang, key: OverlayKey, params?: Record<string, string | number>): string {
  return fillTemplate(OVERLAY_CATALOGS[lang][key] ?? OVERLAY_CATALOGS.zh[key] ?? key, lang, params);
}

/**
 * Why a date is provisional and how to make it final: its years (dates.calendars) have no
 * schedule yet. For a mark's title, the portal overlay, the print view, the CSV and the reminders.
 */
export function provisionalReason(years: readonly string[], lang: Lang): string {
  return t(lang, 'dates.provisionalReason', { years: joinList(lang, years) });
}
