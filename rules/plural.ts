// Plural forms in message templates, by Intl.PluralRules: "{n, plural, one {# error} other {# errors}}".
// One home for counted words, so a template never builds a plural by gluing strings together. The
// select syntax is the ICU MessageFormat one (only `plural`, `#` for the number); Chinese
// templates need none and simply write "{n} 个错误".
import type { Lang } from './types';

const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
const rules = new Map<Lang, Intl.PluralRules>();

/** The CLDR plural category of `n` in `lang` ('one', 'other', …). */
export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  let found = rules.get(lang);
  if (!found) rules.set(lang, (found = new Intl.PluralRules(LOCALES[lang])));
  return found.select(n);
}

// {name, plural, one {…} other {…}}: forms are brace-balanced one level deep (a form may hold {x}).
const PLURAL = /\{(\w+),\s*plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{(?:[^{}]|\{[^{}]*\})*\})+)\s*\}/g;
const FORM = /(=\d+|zero|one|two|few|many|other)\s*\{((?:[^{}]|\{[^{}]*\})*)\}/g;

/**
 * Replaces each plural select in `template` with the form for its parameter: an exact `=N` form
 * first, then the language's category, then `other`. `#` in the form stands for the number.
 * A select whose parameter is missing or not a number is left as written, or, with
 * `otherForUnknown` (a hidden value, "…"), given its `other` form.
 */
export function selectPlurals(
  lang: Lang,
  template: string,
  params: Readonly<Record<string, unknown>>,
  { otherForUnknown = false }: { otherForUnknown?: boolean } = {},
): string {
  if (!template.includes('plural')) return template;
  return template.replace(PLURAL, (whole, name: string, body: string) => {
    const value = params[name];
    const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    const counted = Number.isFinite(n);
    if (!counted && !(otherForUnknown && typeof value === 'string')) return whole;
    const forms = new Map<string, string>();
    for (const [, key, text] of body.matchAll(FORM)) forms.set(key!, text!);
    const form = counted ? (forms.get(`=${n}`) ?? forms.get(pluralCategory(lang, n)) ?? forms.get('other')) : forms.get('other');
    return form === undefined ? whole : form.replace(/#/g, String(value));
  });
}
