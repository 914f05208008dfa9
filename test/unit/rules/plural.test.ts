import { describe, expect, it } from 'vitest';
import { pluralCategory, selectPlurals } from '../../../rules/plural';
import { CATALOGS, t } from '../../../utils/i18n';
import { OVERLAY_CATALOGS } from '../../../utils/i18n-overlay';

describe('plural forms', () => {
  const errors = '{n, plural, one {# error} other {# errors}}';

  it('picks the English form by Intl.PluralRules', () => {
    expect(selectPlurals('en', errors, { n: 1 })).toBe('1 error');
    expect(selectPlurals('en', errors, { n: 2 })).toBe('2 errors');
    expect(selectPlurals('en', errors, { n: 0 })).toBe('0 errors');
    expect(pluralCategory('en', 1)).toBe('one');
    expect(pluralCategory('zh', 1)).toBe('other');
  });

  it('prefers an exact =N form, keeps other text and placeholders inside a form', () => {
    const template = 'Found {n, plural, =0 {nothing} one {one {what}} other {# {what}s}} today';
    expect(selectPlurals('en', template, { n: 0, what: 'case' })).toBe('Found nothing today');
    expect(selectPlurals('en', template, { n: 1, what: 'case' })).toBe('Found one {what} today');
    expect(selectPlurals('en', template, { n: 3, what: 'case' })).toBe('Found 3 {what}s today');
  });

  it('leaves a select whose number is missing as written', () => {
    expect(selectPlurals('en', errors, {})).toBe(errors);
    expect(selectPlurals('en', errors, { n: 'many' })).toBe(errors);
  });

  it('is what t() uses: "1 error", "2 errors", in one template', () => {
    expect(t('en', 'case.count.errors', { n: 1 })).toBe('1 error');
    expect(t('en', 'case.count.errors', { n: 2 })).toBe('2 errors');
    expect(t('en', 'dashboard.count', { n: 1 })).toBe('1 case');
    expect(t('en', 'dashboard.import.done', { n: 1, replaced: 0 })).toBe('Imported 1 case (0 replaced).');
    expect(t('zh', 'case.count.errors', { n: 1 })).not.toMatch(/plural/);
  });

  it('leaves no English count glued to a plural noun outside a select', () => {
    // "{n} errors" reads "1 errors"; every counted noun goes through a plural select.
    for (const catalog of [CATALOGS.en, OVERLAY_CATALOGS.en]) {
      for (const [key, value] of Object.entries(catalog)) {
        const outside = value.replace(/\{\w+,\s*plural,(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}/g, '');
        expect(outside, key).not.toMatch(/\{(?:n|count|total|replaced)\} (?:\w+ )?\w+s\b|\(s\)/);
      }
    }
  });
});
